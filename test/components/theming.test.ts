import { expect, fixture, html } from '@open-wc/testing';
import { canEmulateColorScheme, useColorScheme } from '../helpers/color-scheme.js';
import '../../components/define.js';
import {
  resetStrings,
  setStrings,
  type RtcChat,
  type RtcRoom,
  type RtcVideo,
} from '../../components/index.js';
import { de } from '../../components/strings/de.js';
import type { Session } from '../../src/index.js';
import { until } from '../helpers/events.js';
import { partOf, tilesOf, twoPersonCall } from '../helpers/rooms.js';
import { memorySessions } from '../helpers/sessions.js';

const style = (el: Element) => getComputedStyle(el);

describe('theming', () => {
  const cleanups: Array<() => void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    await useColorScheme('no-preference');
  });

  /** Adds a page style sheet for this test only. */
  function pageStyle(css: string): void {
    const sheet = document.createElement('style');
    sheet.textContent = css;
    document.head.append(sheet);
    cleanups.push(() => sheet.remove());
  }

  describe('custom properties and parts', () => {
    it('takes colours, radii and fonts from custom properties set on :root', async () => {
      const { ada } = await twoPersonCall();
      const chat = partOf<RtcChat>(ada, 'chat');
      const send = partOf(chat, 'send-button');
      const tile = tilesOf(ada, 'remote-video')[0]!;
      expect(style(send).backgroundColor).to.not.equal('rgb(255, 0, 0)');
      pageStyle(`:root {
        --rtc-color-accent: rgb(255, 0, 0);
        --rtc-radius-m: 3px;
        --rtc-font-family: monospace;
        --rtc-room-background: rgb(1, 2, 3);
      }`);
      expect(style(send).backgroundColor).to.equal('rgb(255, 0, 0)');
      expect(style(partOf(tile, 'base')).borderTopLeftRadius).to.equal('3px');
      expect(style(partOf(chat, 'base')).fontFamily).to.equal('monospace');
      expect(style(partOf(ada, 'base')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('lets a page style any piece with ::part, through the room', async () => {
      const { ada } = await twoPersonCall();
      pageStyle(`
        rtc-room::part(video__name-tag) { background-color: rgb(0, 128, 0); }
        rtc-room::part(chat__send-button) { border-radius: 0px; }
        rtc-room::part(status) { color: rgb(0, 0, 255); }
      `);
      const tile = tilesOf(ada, 'remote-video')[0]!;
      expect(style(partOf(tile, 'name-tag')).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(style(partOf(partOf(ada, 'chat'), 'send-button')).borderTopLeftRadius).to.equal('0px');
      expect(style(partOf(ada, 'status')).color).to.equal('rgb(0, 0, 255)');
    });
  });

  describe('light and dark', () => {
    const background = (room: RtcRoom) => style(partOf(room, 'base')).backgroundColor;

    it(`follows prefers-color-scheme with no configuration${
      canEmulateColorScheme
        ? ''
        : ' (Firefox: the scheme cannot be emulated over BiDi; forced through --rtc-color-scheme)'
    }`, async () => {
      const room = await fixture<RtcRoom>(html`<rtc-room></rtc-room>`);
      await useColorScheme('light');
      const light = background(room);
      await useColorScheme('dark');
      expect(background(room)).to.not.equal(light);
      if (canEmulateColorScheme) expect(style(partOf(room, 'base')).colorScheme).to.equal('light dark');
    });

    it('theme="dark" and theme="light" force a scheme on the room and the elements inside it', async () => {
      await useColorScheme('light');
      const { ada } = await twoPersonCall();
      const light = background(ada);
      const chat = partOf<RtcChat>(ada, 'chat');
      const lightChat = style(partOf(chat, 'base')).backgroundColor;
      ada.theme = 'dark';
      await ada.updateComplete;
      expect(background(ada)).to.not.equal(light);
      expect(style(partOf(chat, 'base')).backgroundColor).to.not.equal(lightChat);
      expect(style(partOf(chat, 'base')).colorScheme).to.equal('dark');
      await useColorScheme('dark');
      ada.theme = 'light';
      await ada.updateComplete;
      expect(background(ada)).to.equal(light);
    });

    it('lets a page force the scheme of every element from :root', async () => {
      // (Where it cannot be emulated, the scheme is forced by an inline --rtc-color-scheme,
      // which would win over the page's rule: leave it unset there.)
      if (canEmulateColorScheme) await useColorScheme('light');
      const room = await fixture<RtcRoom>(html`<rtc-room></rtc-room>`);
      const light = background(room);
      pageStyle(':root { --rtc-color-scheme: dark; }');
      expect(background(room)).to.not.equal(light);
    });
  });
});

describe('strings', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    resetStrings();
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  /** Ada's own tile (no camera, no microphone) inside a `<div lang=…>`. */
  async function adaTileIn(lang: string): Promise<{ wrapper: HTMLElement; tile: RtcVideo }> {
    sessions = memorySessions(1, { name: 'Ada', video: false, audio: false }).sessions;
    const wrapper = await fixture<HTMLElement>(html`
      <div lang=${lang}><rtc-video .participant=${sessions[0]!.localParticipant}></rtc-video></div>
    `);
    return { wrapper, tile: wrapper.querySelector<RtcVideo>('rtc-video')! };
  }

  it('setStrings changes the text of every element on the page at once', async () => {
    const room = await fixture<RtcRoom>(html`<rtc-room></rtc-room>`);
    setStrings({ notConfigured: 'Nothing to see here', send: 'Go' });
    await room.updateComplete;
    expect(partOf(room, 'status').textContent!.trim()).to.equal('Nothing to see here');
    const chat = partOf<RtcChat>(room, 'chat');
    await chat.updateComplete;
    expect(partOf(chat, 'send-button').textContent!.trim()).to.equal('Go');
  });

  it('the strings property changes one room’s text, over setStrings', async () => {
    const [a, b] = [
      await fixture<RtcRoom>(html`<rtc-room></rtc-room>`),
      await fixture<RtcRoom>(html`<rtc-room></rtc-room>`),
    ];
    setStrings({ send: 'Page-wide' });
    a.strings = { send: 'Just here', fileState: { failed: 'Oh no' } };
    await a.updateComplete;
    const sendOf = async (room: RtcRoom) => {
      const chat = partOf<RtcChat>(room, 'chat');
      await chat.updateComplete;
      return partOf(chat, 'send-button').textContent!.trim();
    };
    expect(await sendOf(a)).to.equal('Just here');
    expect(await sendOf(b)).to.equal('Page-wide');
  });

  it('speaks English until the page adds the German table, then German where lang says so', async () => {
    const { tile } = await adaTileIn('de');
    expect(partOf(tile, 'muted-indicator').textContent).to.equal('(microphone off)');
    setStrings(de, 'de');
    await tile.updateComplete;
    expect(partOf(tile, 'muted-indicator').textContent).to.equal('(Mikrofon aus)');
  });

  it('picks the language from the nearest lang, across shadow roots, region falling back to language', async () => {
    setStrings(de, 'de');
    const { wrapper, tile } = await adaTileIn('de-AT');
    expect(partOf(tile, 'name-tag').textContent).to.contain('Du');
    expect(partOf(tile, 'muted-indicator').textContent).to.equal('(Mikrofon aus)');
    setStrings({ microphoneOff: 'stumm' }, 'de-AT');
    await tile.updateComplete;
    expect(partOf(tile, 'muted-indicator').textContent).to.equal('(stumm)');
    wrapper.setAttribute('lang', 'fr');
    setStrings({ you: 'Vous' }, 'fr'); // a language that is not built in, over English
    await tile.updateComplete;
    expect(partOf(tile, 'name-tag').textContent).to.contain('Vous');
    expect(partOf(tile, 'muted-indicator').textContent).to.equal('(microphone off)');
  });

  it('follows the document’s language when nothing nearer says', async () => {
    setStrings(de, 'de');
    sessions = memorySessions(1, { video: false, audio: false }).sessions;
    const tile = await fixture<RtcVideo>(
      html`<rtc-video .participant=${sessions[0]!.localParticipant}></rtc-video>`,
    );
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'de');
      await until(() => partOf(tile, 'name-tag').textContent!.includes('Du'), 'the German name tag');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });
});

describe('right to left', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  it('puts a tile’s name tag at the inline-start corner: the right, in dir="rtl"', async () => {
    sessions = memorySessions(1, { name: 'Ada', video: false, audio: false }).sessions;
    const participant = sessions[0]!.localParticipant;
    const wrapper = await fixture(html`
      <div style="width: 400px">
        <rtc-video .participant=${participant}></rtc-video>
        <rtc-video dir="rtl" .participant=${participant}></rtc-video>
      </div>
    `);
    const [ltr, rtl] = [...wrapper.querySelectorAll('rtc-video')] as [RtcVideo, RtcVideo];
    const gap = (tile: RtcVideo) => {
      const base = partOf(tile, 'base').getBoundingClientRect();
      const tag = partOf(tile, 'name-tag').getBoundingClientRect();
      return { left: tag.left - base.left, right: base.right - tag.right };
    };
    expect(gap(ltr).left).to.be.below(gap(ltr).right);
    expect(gap(rtl).right).to.be.below(gap(rtl).left);
    expect(gap(rtl).right).to.be.closeTo(gap(ltr).left, 0.5);
  });

  it('mirrors the chat: in dir="rtl" the send button sits left of the input', async () => {
    sessions = memorySessions(1, { video: false, audio: false }).sessions;
    await sessions[0]!.join();
    const wrapper = await fixture(html`
      <div style="width: 900px">
        <rtc-chat .session=${sessions[0]}></rtc-chat>
        <rtc-chat dir="rtl" .session=${sessions[0]}></rtc-chat>
      </div>
    `);
    const [ltr, rtl] = [...wrapper.querySelectorAll('rtc-chat')] as [RtcChat, RtcChat];
    const box = (chat: RtcChat, name: string) => partOf(chat, name).getBoundingClientRect();
    expect(box(ltr, 'send-button').left).to.be.above(box(ltr, 'input').right);
    expect(box(rtl, 'send-button').right).to.be.below(box(rtl, 'input').left);
  });
});
