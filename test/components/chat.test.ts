import { expect, fixture, html } from '@open-wc/testing';
import '../../components/chat/chat.js';
import type { RtcChat } from '../../components/index.js';
import type { Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { memorySessions } from '../helpers/sessions.js';

const part = (el: RtcChat, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('<rtc-chat>', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  it('upgrades with its parts and stays disabled until the session has joined', async () => {
    sessions = memorySessions(1).sessions;
    const el = await fixture<RtcChat>(html`<rtc-chat .session=${sessions[0]}></rtc-chat>`);
    expect(part(el, 'messages').getAttribute('role')).to.equal('log');
    expect(part(el, 'empty').textContent).to.equal('No messages yet');
    expect((part(el, 'input') as HTMLInputElement).disabled).to.equal(true);
    expect((part(el, 'send-button') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sends what is typed and shows the other side’s message, markup as text', async () => {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    const aliceChat = await fixture<RtcChat>(html`<rtc-chat .session=${alice}></rtc-chat>`);
    const bobChat = await fixture<RtcChat>(html`<rtc-chat .session=${bob}></rtc-chat>`);
    const input = part(aliceChat, 'input') as HTMLInputElement;
    await until(() => !input.disabled, 'the input to be enabled');
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    input.value = hostile;
    const arrived = nextEvent(bob, 'chatMessageAdded');
    (part(aliceChat, 'send-button') as HTMLButtonElement).click();
    await arrived;
    await bobChat.updateComplete;
    const message = bobChat.shadowRoot!.querySelector('[part~="message"]')!;
    expect(message.querySelector('[part~="message-name"]')!.textContent).to.equal('User 1');
    expect(message.querySelector('[part~="message-text"]')!.textContent).to.equal(hostile);
    expect(message.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(input.value).to.equal('');
    await aliceChat.updateComplete;
    expect(aliceChat.shadowRoot!.querySelector('[part~="message-name"]')!.textContent).to.equal('You');
    await expect(bobChat).to.be.accessible();
  });
});
