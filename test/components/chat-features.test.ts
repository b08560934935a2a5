import { expect, fixture, html } from '@open-wc/testing';
import '../../components/chat/chat.js';
import type { RtcChat } from '../../components/index.js';
import { safeFileName } from '../../src/data/file-safety.js';
import type { Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { memorySessions } from '../helpers/sessions.js';
import { XSS_CORPUS } from '../helpers/xss-corpus.js';

const all = (el: RtcChat, part: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`),
];
const one = (el: RtcChat, part: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('<rtc-chat> features', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
    delete (window as { __pwned?: number }).__pwned;
  });

  async function pair(): Promise<[Session, Session, RtcChat, RtcChat]> {
    sessions = memorySessions(2, { video: false, audio: false }).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    await until(() => alice.participants.size === 1 && bob.participants.size === 1, 'the two to meet');
    const aliceChat = await fixture<RtcChat>(html`<rtc-chat .session=${alice}></rtc-chat>`);
    const bobChat = await fixture<RtcChat>(html`<rtc-chat .session=${bob}></rtc-chat>`);
    return [alice, bob, aliceChat, bobChat];
  }

  it('renders a corpus of hostile messages and file names as inert text', async () => {
    const [alice, bob, aliceChat] = await pair();
    for (const text of XSS_CORPUS) bob.chat.send(text);
    for (const name of XSS_CORPUS) bob.files.send(new Blob(['x']), { name });
    await until(
      () =>
        alice.chat.messages.length === XSS_CORPUS.length &&
        alice.files.transfers.length === XSS_CORPUS.length,
      'every message and offer',
    );
    await aliceChat.updateComplete;
    expect(all(aliceChat, 'message-text').map((el) => el.textContent)).to.deep.equal([...XSS_CORPUS]);
    expect(all(aliceChat, 'file-name').map((el) => el.textContent)).to.deep.equal(
      XSS_CORPUS.map(safeFileName),
    );
    const root = aliceChat.shadowRoot!;
    expect(
      root.querySelectorAll(
        'script, iframe, object, embed, svg, style, link, meta, base, img, math, form:not([part=form])',
      ),
    ).to.have.length(0);
    const handlers = [...root.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((n) => n.startsWith('on')),
    );
    expect(handlers).to.deep.equal([]);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')) {
      expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
    }
    // Give anything that could run a chance to: a frame later, nothing has.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('makes only http and https links clickable, and opens them safely', async () => {
    const [alice, bob, aliceChat] = await pair();
    const arrived = nextEvent(alice, 'chatMessageAdded');
    bob.chat.send(
      'docs at https://example.com/a?b=1. not javascript:alert(1) or data:text/html,x; see http://example.org',
    );
    await arrived;
    await aliceChat.updateComplete;
    const links = all(aliceChat, 'link') as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.href, a.target, a.rel])).to.deep.equal([
      ['https://example.com/a?b=1', 'https://example.com/a?b=1', '_blank', 'noopener noreferrer'],
      ['http://example.org', 'http://example.org/', '_blank', 'noopener noreferrer'],
    ]);
    expect(one(aliceChat, 'message-text').textContent).to.contain('javascript:alert(1)');
  });

  it('offers a file with accept and decline, shows progress, and a download and preview once it arrives', async () => {
    const [alice, bob, aliceChat, bobChat] = await pair();
    const offered = nextEvent(alice, 'fileTransferAdded');
    bob.files.send(new File([png], 'dot.png', { type: 'text/html' }));
    await offered;
    await aliceChat.updateComplete;
    expect(one(aliceChat, 'file-title').textContent).to.equal('User 2 sends you a file');
    expect(one(aliceChat, 'file-decline')).to.exist;
    one(aliceChat, 'file-accept').click();
    await until(
      () => Boolean(aliceChat.shadowRoot!.querySelector('[part~="file-download"]')),
      'the download link',
    );
    const link = one(aliceChat, 'file-download') as HTMLAnchorElement;
    expect([link.download, link.href.startsWith('blob:')]).to.deep.equal(['dot.png', true]);
    expect((one(aliceChat, 'file-progress') as HTMLProgressElement).value).to.equal(1);
    expect((one(aliceChat, 'file-preview') as HTMLImageElement).alt).to.equal('Preview of dot.png');
    await until(() => one(bobChat, 'file-status')?.textContent === 'Done', 'the sender to see it done');
    await expect(aliceChat).to.be.accessible();
  });

  it('keeps following a transfer and its download after being moved in the page', async () => {
    const [alice, bob, aliceChat] = await pair();
    const offered = nextEvent(alice, 'fileTransferAdded');
    bob.files.send(new File([png], 'dot.png'));
    await offered;
    const elsewhere = await fixture(html`<section><div></div></section>`);
    elsewhere.append(aliceChat);
    await aliceChat.updateComplete;
    one(aliceChat, 'file-accept').click();
    await until(
      () => Boolean(aliceChat.shadowRoot!.querySelector('[part~="file-download"]')),
      'the download link after the move',
    );
    elsewhere.firstElementChild!.append(aliceChat);
    await aliceChat.updateComplete;
    const link = one(aliceChat, 'file-download') as HTMLAnchorElement;
    const saved = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect([...saved]).to.deep.equal([...png]);
  });

  it('sends files dropped on it, and says why when one is too large', async () => {
    const [alice, bob, , bobChat] = await pair();
    const offered = nextEvent(alice, 'fileTransferAdded');
    const dropped = new DataTransfer();
    dropped.items.add(new File(['hello'], 'dropped.txt'));
    one(bobChat, 'base').dispatchEvent(
      new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }),
    );
    expect((await offered).transfer.name).to.equal('dropped.txt');
    const tooBig = new DataTransfer();
    tooBig.items.add(new File([new Uint8Array(bob.files.maxFileBytes + 1)], 'huge.bin'));
    one(bobChat, 'base').dispatchEvent(
      new DragEvent('drop', { dataTransfer: tooBig, bubbles: true, cancelable: true }),
    );
    await bobChat.updateComplete;
    expect(one(bobChat, 'error').textContent).to.contain('larger than the limit');
  });

  it('shows who is typing, reactions, and private messages on both sides', async () => {
    const [, bob, aliceChat, bobChat] = await pair();
    const input = one(aliceChat, 'input') as HTMLInputElement;
    input.value = 'hel';
    input.dispatchEvent(new InputEvent('input'));
    await until(() => one(bobChat, 'typing').textContent === 'User 1 is typing…', 'the typing line');

    const recipient = one(aliceChat, 'recipient') as HTMLSelectElement;
    recipient.value = bob.localParticipant.id;
    recipient.dispatchEvent(new Event('change'));
    input.value = 'just us';
    (one(aliceChat, 'send-button') as HTMLButtonElement).click();
    await until(() => bob.chat.messages.length === 1, 'the private message');
    await bobChat.updateComplete;
    expect(one(bobChat, 'message').getAttribute('part')).to.equal('message private-message');
    expect(one(bobChat, 'message-tag').textContent).to.equal('(private, to you)');
    expect(one(bobChat, 'typing').textContent).to.equal('');

    one(bobChat, 'react-button').click();
    await bobChat.updateComplete;
    const choices = all(bobChat, 'reaction-choice');
    expect(choices.map((b) => b.textContent!.trim())).to.deep.equal(['👍', '❤️', '😂', '🎉', '😮', '👏']);
    choices[3]!.click();
    await until(() => all(aliceChat, 'reaction').length === 1, 'the reaction at alice');
    const chip = one(aliceChat, 'reaction');
    expect([chip.textContent!.trim(), chip.getAttribute('aria-pressed')]).to.deep.equal(['🎉 1', 'false']);
    await expect(bobChat).to.be.accessible();
  });
});
