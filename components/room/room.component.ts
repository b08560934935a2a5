import { provide } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  RtcError,
  Session,
  createBroadcastChannelSignaling,
  createWebSocketSignaling,
  type SessionEvents,
  type SignalingAdapter,
} from '../../src/index.js';
import { CHAT_PARTS } from '../chat/chat.component.js';
import { SESSION_EVENT_CLASSES, SESSION_EVENT_NAMES, RtcErrorEvent } from '../events/events.js';
import type { RtcPanelToggleEvent } from '../events/panel-toggle.js';
import type { PrejoinSessionOptions, RtcPrejoinJoinEvent } from '../events/prejoin-join.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { stringsContext, type StringsContextValue } from '../internal/strings-context.js';
import { StringsController } from '../internal/strings-controller.js';
import { LAYOUT_PARTS, type LayoutMode } from '../layout/layout.component.js';
import { CONTROLS_PARTS } from '../controls/controls.component.js';
import { PARTICIPANTS_PARTS } from '../participants/participants.component.js';
import { PREJOIN_PARTS, RtcPrejoin } from '../prejoin/prejoin.component.js';
import type { RtcStringsOverride } from '../strings/strings.js';
import { Announcer } from './announcer.js';
import { styles } from './room.styles.js';

const LAYOUT_EXPORT_PARTS = LAYOUT_PARTS.join(', ');
/** `base: chat__base, …`: a child's parts, exported from the room under the child's prefix. */
const exported = (prefix: string, parts: readonly string[]) =>
  parts.map((name) => `${name}: ${prefix}__${name}`).join(', ');
const CHAT_EXPORT_PARTS = exported('chat', CHAT_PARTS);
const PREJOIN_EXPORT_PARTS = exported('prejoin', PREJOIN_PARTS);
const CONTROLS_EXPORT_PARTS = exported('controls', CONTROLS_PARTS);
const PARTICIPANTS_EXPORT_PARTS = exported('participants', PARTICIPANTS_PARTS);

/** The side panel that is open: the chat, the participant list, or none. */
export type RoomPanel = 'chat' | 'people' | 'none';

/**
 * A call. Give it a room and a signaling service and it is a whole call: a pre-join screen
 * (camera preview, devices, name), then everyone's video, a toolbar (microphone, camera,
 * screen share, hand, reactions, chat, people, leave) and a side panel with the chat or the
 * participant list. Or give it children and it hands its session to them instead.
 *
 * With `room` and `signaling` set, the element makes its own `Session`: it shows the pre-join
 * screen, joins when Join is pressed (at once with `prejoin="off"`), and leaves when it is
 * removed (moving it within the page keeps the call). After the person leaves, "Join again" starts a new session with the same choices.
 * A session made in code can be passed in through the `session` property instead; the element
 * then neither joins nor leaves it, and shows no pre-join screen.
 *
 * Its text follows the `lang` attribute (on the element or the nearest ancestor, else the
 * document's); `setStrings()` and the `strings` property replace any of it. Joins, leaves,
 * microphone and camera changes and raised hands are announced to screen readers, politely.
 *
 * @tag rtc-room
 * @summary A whole call from one tag.
 * @attribute lang - The language of its text (`en`, `de`, …); else the nearest ancestor's, else the page's.
 *
 * @slot - Your own call layout. When anything is slotted, the default layout is hidden and the
 *   slotted `rtc-…` elements get the session from this room through a context, e.g.
 *   `<rtc-room room="standup" signaling="wss://…"><rtc-chat></rtc-chat></rtc-room>`.
 * @slot controls - Buttons of yours, in the toolbar before the leave button (with
 *   `controls="off"`, in a row of their own under the videos).
 *
 * @csspart base - The default call layout.
 * @csspart notices - The list of problems to tell the person about.
 * @csspart notice - One problem, in words.
 * @csspart connection-status - "Reconnecting to the call server…", while signaling is down mid-call.
 * @csspart stage - The videos and the status line (or the pre-join screen).
 * @csspart prejoin - The `<rtc-prejoin>` shown before joining; its parts are exported as
 *   `prejoin__<part>` (`prejoin__join-button`, `prejoin__video`, …).
 * @csspart layout - The `<rtc-layout>` with the tiles; its parts are exported under the same
 *   names: `tiles`, `tile`, `focused-tile`, `local-video`, `remote-video`, `screen-video`,
 *   `pin-button`, `video__base`, `video__video`, `video__placeholder`, `video__name-tag`,
 *   `video__muted-indicator`, `video__connection-status`.
 * @csspart status - "Joining…" / "Waiting for others to join" / "You left the call".
 * @csspart rejoin-button - "Join again", after leaving.
 * @csspart controls - The row under the videos that holds the toolbar.
 * @csspart toolbar - The `<rtc-controls>`; its parts are exported as `controls__<part>`
 *   (`controls__microphone`, `controls__leave`, …).
 * @csspart chat - The `<rtc-chat>` panel; its parts are exported as `chat__<part>`
 *   (`chat__send-button`, `chat__message`, …).
 * @csspart participants - The `<rtc-participants>` panel; its parts are exported as
 *   `participants__<part>`.
 *
 * @cssproperty [--rtc-room-background=light-dark(#f3f4f6, #0f1115)] - Background (falls back to `--rtc-color-background`).
 * @cssproperty [--rtc-room-chat-width=18rem] - Width of the chat column on wide screens.
 * @cssproperty [--rtc-room-min-height=24rem] - Smallest height of the default layout.
 * @cssproperty [--rtc-color-scheme=light dark] - `light dark` follows the person's preference; `light` or `dark` forces one (so does the `theme` attribute).
 * @cssproperty --rtc-color-background - Shared token: behind the call.
 * @cssproperty --rtc-color-surface - Shared token: panels.
 * @cssproperty --rtc-color-media - Shared token: behind a picture.
 * @cssproperty --rtc-color-on-media - Shared token: text on a picture.
 * @cssproperty --rtc-color-scrim - Shared token: behind text laid over a picture.
 * @cssproperty --rtc-color-text - Shared token: text.
 * @cssproperty --rtc-color-text-muted - Shared token: secondary text.
 * @cssproperty --rtc-color-border - Shared token: borders of inputs.
 * @cssproperty --rtc-color-accent - Shared token: buttons, pressed states.
 * @cssproperty --rtc-color-on-accent - Shared token: text on the accent.
 * @cssproperty --rtc-color-notice - Shared token: behind notices.
 * @cssproperty --rtc-color-danger - Shared token: errors.
 * @cssproperty --rtc-color-link - Shared token: links.
 * @cssproperty --rtc-color-focus - Shared token: the keyboard focus ring.
 * @cssproperty --rtc-radius-s - Shared token: small corners (4px).
 * @cssproperty --rtc-radius-m - Shared token: tiles and panels (8px).
 * @cssproperty --rtc-radius-l - Shared token: large corners (12px).
 * @cssproperty --rtc-space-xs - Shared token: 4px.
 * @cssproperty --rtc-space-s - Shared token: 8px.
 * @cssproperty --rtc-space-m - Shared token: 12px.
 * @cssproperty --rtc-space-l - Shared token: 16px.
 * @cssproperty --rtc-font-family - Shared token: `system-ui, sans-serif`.
 * @cssproperty --rtc-font-size-s - Shared token: 0.875rem.
 * @cssproperty --rtc-font-size-m - Shared token: 1rem.
 *
 * @fires {RtcStateChangedEvent} rtc-state-changed - The session's state changed (`joining`, `joined`, `left`, …).
 * @fires {RtcSignalingStateChangedEvent} rtc-signaling-state-changed - The signaling connection opened or closed.
 * @fires {RtcParticipantJoinedEvent} rtc-participant-joined - Someone joined.
 * @fires {RtcParticipantLeftEvent} rtc-participant-left - Someone left.
 * @fires {RtcParticipantUpdatedEvent} rtc-participant-updated - Someone changed their name or muted state.
 * @fires {RtcConnectionStateChangedEvent} rtc-connection-state-changed - The media path to someone changed state.
 * @fires {RtcTrackAddedEvent} rtc-track-added - A track from someone arrived (a screen share started).
 * @fires {RtcTrackRemovedEvent} rtc-track-removed - A track from someone went away (a screen share stopped).
 * @fires {RtcActiveSpeakerChangedEvent} rtc-active-speaker-changed - Another participant became the active speaker.
 * @fires {RtcReactionEvent} rtc-reaction - Someone sent an emoji to the whole call.
 * @fires {RtcDevicesChangedEvent} rtc-devices-changed - A camera, microphone or speaker was plugged in or out.
 * @fires {RtcSpeakerChangedEvent} rtc-speaker-changed - Call audio now plays through another speaker.
 * @fires {RtcChatMessageAddedEvent} rtc-chat-message-added - A chat message was sent or received.
 * @fires {RtcChatMessageUpdatedEvent} rtc-chat-message-updated - A chat message's reactions changed.
 * @fires {RtcTypingChangedEvent} rtc-typing-changed - Someone started or stopped typing.
 * @fires {RtcUnreadCountChangedEvent} rtc-unread-count-changed - The number of unread chat messages changed.
 * @fires {RtcFileTransferAddedEvent} rtc-file-transfer-added - A file was offered to you, or you offered one.
 * @fires {RtcErrorEvent} rtc-error - Something went wrong: a device, the connection, or joining itself.
 * @fires {RtcPrejoinJoinEvent} rtc-prejoin-join - From the pre-join screen inside: Join was pressed, with the name and camera and microphone choices in `detail`.
 * @fires {RtcRequestLeaveEvent} rtc-request-leave - From the toolbar inside: Leave was pressed; cancelable (`preventDefault()` keeps the person in the call, e.g. to ask first).
 * @fires {RtcPanelToggleEvent} rtc-panel-toggle - From the toolbar inside: the chat or people panel is opening or closing.
 * @fires {RtcPinnedChangedEvent} rtc-pinned-changed - From the layout inside: the person pinned or unpinned a tile.
 */
export class RtcRoom extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  static override get observedAttributes(): string[] {
    // `lang` is the platform's attribute: watched here rather than redeclared as a property.
    return [...super.observedAttributes, 'lang'];
  }

  private readonly sessionEvents = new EmitterController(this, SESSION_EVENT_NAMES, (name, payload) =>
    this.handleSessionEvent(name as keyof SessionEvents, payload),
  );
  private readonly text = new StringsController(this, () => this.strings);
  private readonly announcer = new Announcer(this, () => this.text.strings);
  /** The session this element made from its attributes, which it joins and leaves. */
  private ownSession: Session | undefined;
  /** The attributes (and the join) `ownSession` was made from. */
  private ownConfig = '';
  /** Counts "Join again" presses: each one makes a new session. */
  private joins = 0;
  /** The join of the session this element made last, while it may still be under way. */
  private joining: Promise<void> | undefined;

  /** The session the room and its children use. */
  @provide({ context: sessionContext })
  @state()
  private activeSession?: Session;
  /** The room's strings and language, for the elements inside it. */
  @provide({ context: stringsContext })
  @state()
  private stringsForChildren: StringsContextValue = {};
  /** Problems to show, newest last. */
  @state() private notices: RtcError[] = [];
  /** Whether a page put its own layout inside the room. */
  @state() private hasContent = false;
  /** Whether a page put something in the `controls` slot. */
  @state() private hasControls = false;
  /** What the person chose in the pre-join screen, once they pressed Join. */
  @state() private choice: PrejoinSessionOptions | undefined;

  /** The room to join. */
  @property({ reflect: true }) room = '';
  /** Where to meet: a `ws://` or `wss://` URL of an rtc-elements server, or `broadcast` (tabs of this browser). */
  @property({ reflect: true }) signaling = '';
  /** Your display name (the pre-join screen starts with it). */
  @property({ reflect: true }) name = '';
  /** An access token for a server that requires one (from the server's `createToken`). Not reflected. */
  @property() token = '';
  /** Send all media through the TURN server, hiding IP addresses from the others (attribute `relay-only`). */
  @property({ type: Boolean, reflect: true, attribute: 'relay-only' }) relayOnly = false;
  /** A session made in code, used instead of the attributes. The element does not join or leave it. */
  @property({ attribute: false }) session?: Session;
  /** `off` joins at once, without the pre-join screen (camera preview, devices, name, Join). */
  @property({ reflect: true }) prejoin: 'on' | 'off' = 'on';
  /** Joins at once, without the pre-join screen: the same as `prejoin="off"`. */
  @property({ type: Boolean, reflect: true }) autojoin = false;
  /** `grid` (default): everyone the same size; `speaker`: one large tile and a strip of the others. */
  @property({ reflect: true }) layout: LayoutMode = 'grid';
  /** `off` leaves the toolbar out (your `controls` slot still shows). */
  @property({ reflect: true }) controls: 'on' | 'off' = 'on';
  /** `off` leaves the chat out. */
  @property({ reflect: true }) chat: 'on' | 'off' = 'on';
  /** `off` leaves the participant list and its button out. */
  @property({ reflect: true }) people: 'on' | 'off' = 'on';
  /** `off` leaves the screen-share button out. */
  @property({ reflect: true }) screenshare: 'on' | 'off' = 'on';
  /** The side panel that is open: `chat` (default), `people` or `none`. The toolbar's buttons change it. */
  @property({ reflect: true }) panel: RoomPanel = 'chat';
  /** Just the videos: no pre-join screen, toolbar, panels or status lines; problems are still shown. */
  @property({ type: Boolean, reflect: true }) minimal = false;
  /** `off` joins with the camera off (it can be turned on later). Read when the session is made. */
  @property({ reflect: true }) video: 'on' | 'off' = 'on';
  /** `off` joins with the microphone off (it can be turned on later). Read when the session is made. */
  @property({ reflect: true }) audio: 'on' | 'off' = 'on';
  /** `light` or `dark` forces a colour scheme on the room and everything in it; unset follows the person's preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Texts to replace, for this room only (over `setStrings()`); see `RtcStrings`. */
  @property({ attribute: false }) strings?: RtcStringsOverride;

  /** The session in use: the `session` property, or the one made from the attributes. */
  get currentSession(): Session | undefined {
    return this.activeSession;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasContent = [...this.children].some((child) => !child.slot);
    this.updateSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move (re-parenting, a framework reordering its children) disconnects and reconnects
    // the element within one task: the call goes on then. Only an element that is still out
    // of the document once the task's microtasks run leaves.
    queueMicrotask(() => {
      if (!this.isConnected) this.release();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = [
      'session',
      'room',
      'signaling',
      'name',
      'token',
      'relayOnly',
      'prejoin',
      'autojoin',
      'minimal',
    ] as const;
    // Children of its own can arrive after it connected (the parser connects an element that is
    // already defined before it reads the children): a room still waiting at the pre-join then
    // hands a session to them instead. Children going later never end a call.
    const contentArrived =
      (changed as Map<PropertyKey, unknown>).has('hasContent') && this.hasContent && !this.activeSession;
    if (this.isConnected && (contentArrived || config.some((key) => changed.has(key)))) {
      this.updateSession();
    }
    const lang = this.getAttribute('lang') ?? undefined;
    if (this.stringsForChildren.strings !== this.strings || this.stringsForChildren.lang !== lang) {
      this.stringsForChildren = { strings: this.strings, lang };
    }
  }

  /**
   * Whether the room shows the pre-join screen before it joins: only for a session it makes
   * itself, in its own layout, and not when `prejoin="off"`, `autojoin` or `minimal`.
   */
  private get usesPrejoin(): boolean {
    return !this.session && !this.hasContent && !this.minimal && this.prejoin !== 'off' && !this.autojoin;
  }

  /** Waiting for the person to press Join in the pre-join screen. */
  private get inPrejoin(): boolean {
    return Boolean(this.room && this.signaling) && this.usesPrejoin && !this.choice;
  }

  /** Follows the `session` property, or makes (and joins) a session when the attributes change. */
  private updateSession(): void {
    let failure: RtcError | undefined;
    if (this.session) {
      this.dropOwnSession();
    } else {
      const prejoin = this.inPrejoin;
      const config =
        this.room && this.signaling
          ? JSON.stringify([
              prejoin,
              this.room,
              this.signaling,
              this.name,
              this.token,
              this.relayOnly,
              this.joins,
            ])
          : '';
      if (config !== this.ownConfig) {
        this.dropOwnSession();
        this.ownConfig = config;
        try {
          if (config && prejoin) {
            // Nothing to join yet; but a signaling value that cannot work is said now, not after Join.
            if (this.signaling !== 'broadcast') createSignaling(this.signaling, this.token);
          } else if (config) {
            this.ownSession = new Session({
              room: this.room,
              name: this.name,
              signaling: createSignaling(this.signaling, this.token),
              iceTransportPolicy: this.relayOnly ? 'relay' : 'all',
              // Not opened at all (no camera light), and still `setCamera(true)` later.
              video: this.video !== 'off',
              audio: this.audio !== 'off',
              // The pre-join choices, when there were any: name, devices, on or off.
              ...(this.choice && this.usesPrejoin ? withName(this.choice, this.name) : {}),
            });
          }
        } catch (error) {
          failure = toRtcError(error);
        }
      }
    }
    const wanted = this.session ?? this.ownSession;
    if (wanted !== this.activeSession) {
      this.notices = [];
      this.activeSession = wanted;
      this.sessionEvents.watch(wanted);
      this.announcer.watch(wanted);
      // Joined after watch(), so the element hears every event of the join.
      if (wanted && wanted === this.ownSession) {
        this.joining = wanted.join();
        this.joining.catch((error: unknown) => this.report(toRtcError(error)));
      }
    }
    if (failure) this.report(failure);
  }

  /** Leaves the session this element made, and lets go of any session it was given. */
  private release(): void {
    this.dropOwnSession();
    this.activeSession = undefined;
    this.sessionEvents.watch(undefined);
  }

  private dropOwnSession(): void {
    this.ownSession?.dispose();
    this.ownSession = undefined;
    this.ownConfig = '';
  }

  private handleSessionEvent(name: keyof SessionEvents, payload: unknown): void {
    if (name === 'error') this.notices = [...this.notices, (payload as { error: RtcError }).error];
    this.announcer.handle(name, payload);
    const EventClass = SESSION_EVENT_CLASSES[name] as new (detail: unknown) => Event;
    /** @ignore for the manifest, which cannot read a generic dispatch: these are the @fires above. */
    this.dispatchEvent(new EventClass(payload));
  }

  private report(error: RtcError): void {
    this.notices = [...this.notices, error];
    /** @ignore for the manifest: documented as @fires rtc-error above. */
    this.dispatchEvent(new RtcErrorEvent({ error }));
  }

  private handleSlotChange(event: Event): void {
    this.hasContent = hasAssigned(event.target as HTMLSlotElement);
  }

  private handleControlsSlotChange(event: Event): void {
    this.hasControls = hasAssigned(event.target as HTMLSlotElement);
  }

  private handlePrejoinJoin(event: RtcPrejoinJoinEvent): void {
    this.choice = RtcPrejoin.sessionOptions(event.detail);
    this.joining = undefined;
    this.updateSession();
    // The preview's devices stay open until the session has opened its own.
    if (this.joining) event.waitUntil(this.joining);
  }

  private handlePanelToggle(event: RtcPanelToggleEvent): void {
    const panel = event.detail.panel === 'chat' ? 'chat' : 'people';
    this.panel = event.detail.open ? panel : 'none';
  }

  /** "Join again", after leaving: a new session with the same choices. */
  private handleRejoin(): void {
    this.joins += 1;
    this.updateSession();
  }

  /** The side panel to show now, if any: one that is open and not turned off. */
  private get openPanel(): RoomPanel {
    if (this.minimal || this.inPrejoin) return 'none';
    if (this.panel === 'chat' && this.chat !== 'off') return 'chat';
    if (this.panel === 'people' && this.people !== 'off') return 'people';
    return 'none';
  }

  override render() {
    const prejoin = this.inPrejoin;
    const panel = this.openPanel;
    return html`
      <div part="base" class=${panel === 'none' ? '' : 'with-panel'} ?hidden=${this.hasContent}>
        ${this.renderTop()}
        ${
          prejoin
            ? html`<div part="stage">
                <rtc-prejoin
                  part="prejoin"
                  exportparts=${PREJOIN_EXPORT_PARTS}
                  name=${this.name}
                  video=${this.video}
                  audio=${this.audio}
                  @rtc-prejoin-join=${this.handlePrejoinJoin}
                ></rtc-prejoin>
              </div>`
            : this.renderCall()
        }
        ${this.renderToolbar(prejoin)}
        ${panel === 'chat' ? html`<rtc-chat part="chat" exportparts=${CHAT_EXPORT_PARTS}></rtc-chat>` : ''}
        ${
          panel === 'people'
            ? html`<rtc-participants
                part="participants"
                exportparts=${PARTICIPANTS_EXPORT_PARTS}
              ></rtc-participants>`
            : ''
        }
      </div>
      <div class="visually-hidden" role="log" aria-live="polite">
        ${repeat(
          this.announcer.messages,
          (message) => message.id,
          (message) => html`<p>${message.text}</p>`,
        )}
      </div>
      <slot @slotchange=${this.handleSlotChange}></slot>
    `;
  }

  private renderTop() {
    const strings = this.text.strings;
    return html`<div class="top">
      <p part="connection-status" role="status" ?hidden=${this.minimal || !this.signalingDown()}>
        ${strings.signalingReconnecting}
      </p>
      <div part="notices" role="status" ?hidden=${this.notices.length === 0}>
        ${this.notices.map((error) => html`<p part="notice">${strings.error(error)}</p>`)}
      </div>
    </div>`;
  }

  private renderCall() {
    const session = this.activeSession;
    const alone = !session || session.participants.size === 0 || session.state !== 'joined';
    const canRejoin = Boolean(this.ownSession) && (session?.state === 'left' || session?.state === 'leaving');
    return html`<div part="stage">
      <rtc-layout
        part="layout"
        exportparts=${LAYOUT_EXPORT_PARTS}
        layout=${this.layout}
        .activeSpeaker=${session?.activeSpeaker?.id}
      ></rtc-layout>
      <p part="status" ?hidden=${this.minimal || !alone}>
        ${this.statusText()}${
          canRejoin
            ? html` <button part="rejoin-button" type="button" @click=${this.handleRejoin}>
                ${this.text.strings.rejoin}
              </button>`
            : ''
        }
      </p>
    </div>`;
  }

  /**
   * The toolbar row: `<rtc-controls>` with the page's `controls` slot inside it, or the slot
   * alone when the toolbar is off. No toolbar while the pre-join screen shows, when minimal, or
   * with no call to control (the attributes not set yet).
   */
  private renderToolbar(prejoin: boolean) {
    const slot = html`<slot name="controls" @slotchange=${this.handleControlsSlotChange}></slot>`;
    const toolbar = this.controls !== 'off' && !this.minimal && !prejoin && Boolean(this.activeSession);
    const panel = this.openPanel;
    return html`<div part="controls" ?hidden=${!toolbar && !this.hasControls}>
      ${
        toolbar
          ? html`<rtc-controls
              part="toolbar"
              exportparts=${CONTROLS_EXPORT_PARTS}
              screenshare=${this.screenshare === 'off' ? 'off' : nothing}
              chat=${this.chat === 'off' ? 'off' : nothing}
              people=${this.people === 'off' ? 'off' : nothing}
              ?chat-open=${panel === 'chat'}
              ?people-open=${panel === 'people'}
              @rtc-panel-toggle=${this.handlePanelToggle}
              >${slot}</rtc-controls
            >`
          : slot
      }
    </div>`;
  }

  /** In the call, but the signaling connection is down (reconnecting). */
  private signalingDown(): boolean {
    const session = this.activeSession;
    return session?.state === 'joined' && session.signalingState !== 'open';
  }

  private statusText(): string {
    const strings = this.text.strings;
    switch (this.activeSession?.state) {
      case undefined:
        return strings.notConfigured;
      case 'idle':
      case 'joining':
        return strings.joining;
      case 'left':
      case 'leaving':
        return strings.left;
      default:
        return strings.waiting;
    }
  }
}

/** The pre-join choices, with the room's `name` where the person typed none. */
function withName(choice: PrejoinSessionOptions, name: string): PrejoinSessionOptions {
  return { ...choice, name: choice.name || name };
}

function hasAssigned(slot: HTMLSlotElement): boolean {
  return slot.assignedNodes().some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
}

function createSignaling(signaling: string, token: string): SignalingAdapter {
  if (signaling === 'broadcast') return createBroadcastChannelSignaling();
  return createWebSocketSignaling({ url: signaling, ...(token ? { token } : {}) });
}

function toRtcError(error: unknown): RtcError {
  return error instanceof RtcError ? error : new RtcError('invalid-options', String(error), { cause: error });
}
