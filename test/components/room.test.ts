import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/define.js';
import type { RtcChat, RtcRoom, RtcVideo } from '../../components/index.js';
import { Session, createMemorySignaling, MemorySignalingHub } from '../../src/index.js';
import { blockedFrame } from '../helpers/blocked-frame.js';
import { nextEvent, until } from '../helpers/events.js';
import { framesArrive } from '../helpers/media.js';
import { uniqueRoom } from '../helpers/sessions.js';

const part = <T extends Element = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const parts = <T extends Element = HTMLElement>(el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];
/** The room's tiles of one kind (`local-video`, `remote-video`), inside its `<rtc-layout>`. */
const tiles = <T extends Element = RtcVideo>(room: Element, name: string) =>
  parts<T>(part(room, 'layout'), name);

/** Two rooms in one page that meet over broadcast-channel signaling. */
async function twoRooms(): Promise<[RtcRoom, RtcRoom]> {
  const room = uniqueRoom('pair');
  const wrapper = await fixture(html`
    <div>
      <rtc-room room=${room} signaling="broadcast" prejoin="off" name="Alice"></rtc-room>
      <rtc-room room=${room} signaling="broadcast" prejoin="off" name="Bob"></rtc-room>
    </div>
  `);
  return [...wrapper.querySelectorAll('rtc-room')] as [RtcRoom, RtcRoom];
}

async function remoteTile(room: RtcRoom): Promise<RtcVideo> {
  await until(() => tiles(room, 'remote-video').length === 1, 'a remote tile');
  return tiles(room, 'remote-video')[0]!;
}

describe('<rtc-room>', () => {
  it('upgrades with its parts and asks for configuration when it has none', async () => {
    const el = await fixture<RtcRoom>(html`<rtc-room></rtc-room>`);
    for (const name of ['base', 'notices', 'stage', 'layout', 'status', 'chat'])
      expect(part(el, name), name).to.exist;
    expect(part(el, 'status').textContent!.trim()).to.equal(
      'Set the room and signaling attributes to start a call',
    );
    expect(el.currentSession).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('pairs two rooms in one page: each shows the other’s video with frames', async () => {
    const [alice, bob] = await twoRooms();
    const [bobAtAlice, aliceAtBob] = [await remoteTile(alice), await remoteTile(bob)];
    await Promise.all([framesArrive(part(bobAtAlice, 'video')), framesArrive(part(aliceAtBob, 'video'))]);
    expect(part(bobAtAlice, 'name-tag').textContent!.trim()).to.equal('Bob');
    expect(tiles(alice, 'local-video')[0]!.participant).to.equal(alice.currentSession!.localParticipant);
    expect(part(alice, 'status').hidden).to.equal(true);
    await expect(alice).to.be.accessible();
  });

  it('carries chat between the rooms, showing markup as text', async () => {
    const [alice, bob] = await twoRooms();
    await remoteTile(alice);
    const chat = part<RtcChat>(alice, 'chat');
    const input = part<HTMLInputElement>(chat, 'input');
    await until(() => !input.disabled, 'the chat input to be enabled');
    input.value = '<script>window.__pwned = 1</script>hello';
    const received = oneEvent(bob, 'rtc-chat-message-added');
    part<HTMLButtonElement>(chat, 'send-button').click();
    expect((await received).detail.message.text).to.equal('<script>window.__pwned = 1</script>hello');
    const bobChat = part<RtcChat>(bob, 'chat');
    await bobChat.updateComplete;
    expect(part(bobChat, 'message-text').textContent).to.equal('<script>window.__pwned = 1</script>hello');
    expect(bobChat.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('removes the tile of someone who leaves, and leaves when removed from the page', async () => {
    const [alice, bob] = await twoRooms();
    await remoteTile(alice);
    const session = bob.currentSession!;
    const left = oneEvent(alice, 'rtc-participant-left');
    bob.remove();
    await left;
    expect(session.state).to.equal('left');
    await until(() => tiles(alice, 'remote-video').length === 0, 'the tile to go');
    expect(part(alice, 'status').textContent!.trim()).to.equal('Waiting for others to join');
  });

  it('keeps the call when moved within the page, and leaves once it stays out', async () => {
    const [alice, bob] = await twoRooms();
    await remoteTile(alice);
    const session = bob.currentSession!;
    const left: Event[] = [];
    alice.addEventListener('rtc-participant-left', (event) => left.push(event));
    const elsewhere = await fixture(html`<section></section>`);
    // A move, then a remove and re-add in one task (as a framework re-rendering might do).
    elsewhere.append(bob);
    bob.remove();
    elsewhere.append(bob);
    // The moved room's tiles show frames again, from the same session.
    await framesArrive(part(await remoteTile(bob), 'video'));
    expect([bob.currentSession === session, session.state]).to.deep.equal([true, 'joined']);
    expect(alice.currentSession!.participants.size).to.equal(1);
    expect(left).to.deep.equal([]);
    const gone = oneEvent(alice, 'rtc-participant-left');
    bob.remove();
    await gone;
    expect([session.state, bob.currentSession]).to.deep.equal(['left', undefined]);
  });

  describe('events', () => {
    it('re-dispatches the session’s events as bubbling, composed rtc-… DOM events', async () => {
      const room = uniqueRoom('events');
      const host = await fixture(html`<div></div>`);
      const seen: Record<string, Event> = {};
      const names = [
        'rtc-state-changed',
        'rtc-signaling-state-changed',
        'rtc-participant-joined',
        'rtc-connection-state-changed',
        'rtc-track-added',
        'rtc-participant-updated',
        'rtc-chat-message-added',
      ] as const;
      for (const name of names) host.addEventListener(name, (event) => (seen[name] ??= event));
      host.innerHTML = `<rtc-room room="${room}" signaling="broadcast" name="A" prejoin="off"></rtc-room>`;
      const alice = host.firstElementChild as RtcRoom;
      const bob = Object.assign(document.createElement('rtc-room'), {
        room,
        signaling: 'broadcast',
        name: 'B',
        prejoin: 'off',
      });
      document.body.append(bob);
      try {
        await until(
          () => Boolean(seen['rtc-track-added'] && seen['rtc-connection-state-changed']),
          'track and connection events',
        );
        await bob.currentSession!.localParticipant.setMicrophone(false);
        bob.currentSession!.chat.send('hi');
        await until(() => names.every((name) => seen[name]), `all of ${names.join(', ')}`);
        for (const name of names) {
          expect(seen[name]!.bubbles && seen[name]!.composed, name).to.equal(true);
          expect((seen[name] as Event & { detail: object }).detail, name).to.be.an('object');
        }
        const joined = seen['rtc-participant-joined'] as HTMLElementEventMap['rtc-participant-joined'];
        expect(joined.detail.participant.name).to.equal('B');
        expect(alice.currentSession!.participants.size).to.equal(1);
      } finally {
        bob.remove();
      }
    });

    it('fires rtc-participant-left when someone leaves', async () => {
      const [alice, bob] = await twoRooms();
      await remoteTile(alice);
      const left = oneEvent(alice, 'rtc-participant-left');
      await bob.currentSession!.leave();
      expect((await left).detail.participant.name).to.equal('Bob');
    });
  });

  describe('problems, in words', () => {
    it('fires rtc-error and says so when the signaling server cannot be reached', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      const el = document.createElement('rtc-room');
      const error = oneEvent(el, 'rtc-error');
      el.setAttribute('room', uniqueRoom());
      el.setAttribute('signaling', 'ws://127.0.0.1:9/');
      el.setAttribute('prejoin', 'off');
      document.body.append(el);
      try {
        expect((await error).detail.error.code).to.equal('signaling-unreachable');
        await el.updateComplete;
        expect(part(el, 'notice').textContent).to.contain('Could not connect to the call');
        await expect(el).to.be.accessible();
        expect(unhandled).to.deep.equal([]);
      } finally {
        el.remove();
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });

    it('says in words that the camera and microphone were blocked, and still joins', async () => {
      const { frame, load } = await blockedFrame("camera 'none'; microphone 'none'");
      try {
        await load('/components/define.ts');
        const doc = frame.contentDocument!;
        const el = doc.createElement('rtc-room') as RtcRoom;
        el.setAttribute('room', uniqueRoom('blocked'));
        el.setAttribute('signaling', 'broadcast');
        el.setAttribute('prejoin', 'off');
        doc.body.append(el);
        await until(() => parts(el, 'notice').length === 2, 'two notices');
        const text = parts(el, 'notice').map((n) => n.textContent);
        expect(text).to.have.members([
          'Access to your microphone was blocked. You joined without it; allow it in your browser to be seen or heard.',
          'Access to your camera was blocked. You joined without it; allow it in your browser to be seen or heard.',
        ]);
        expect(el.currentSession!.state).to.equal('joined');
      } finally {
        frame.remove();
      }
    });

    it('explains a signaling value it cannot use', async () => {
      const el = await fixture<RtcRoom>(html`<rtc-room room="x" signaling="http://example.com"></rtc-room>`);
      await el.updateComplete;
      expect(part(el, 'notice').textContent).to.contain('must start with ws:// or wss://');
      expect(el.currentSession).to.equal(undefined);
    });
  });

  describe('with a session made in code', () => {
    it('hands it to its children and hides the default layout', async () => {
      const hub = new MemorySignalingHub();
      const room = uniqueRoom();
      const make = (name: string) =>
        new Session({ room, name, logLevel: 'error', signaling: createMemorySignaling({ hub }) });
      const [alice, bob] = [make('Alice'), make('Bob')];
      try {
        const el = await fixture<RtcRoom>(html`<rtc-room .session=${alice}><rtc-chat></rtc-chat></rtc-room>`);
        expect(part(el, 'base').hidden).to.equal(true);
        expect(el.currentSession).to.equal(alice);
        expect(alice.state).to.equal('idle');
        await Promise.all([alice.join(), bob.join()]);
        const added = nextEvent(alice, 'chatMessageAdded');
        bob.chat.send('from code');
        await added;
        const chat = el.querySelector('rtc-chat')!;
        await chat.updateComplete;
        expect(part(chat, 'message-text').textContent).to.equal('from code');
        el.remove();
        expect(alice.state).to.equal('joined');
      } finally {
        alice.dispose();
        bob.dispose();
      }
    });
  });
});
