import { provide } from '@lit/context';
import { html, type PropertyValues } from 'lit';
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
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { stringsContext, type StringsContextValue } from '../internal/strings-context.js';
import { StringsController } from '../internal/strings-controller.js';
import { LAYOUT_PARTS, type LayoutMode } from '../layout/layout.component.js';
import type { RtcStringsOverride } from '../strings/strings.js';
import { Announcer } from './announcer.js';
import { styles } from './room.styles.js';

const LAYOUT_EXPORT_PARTS = LAYOUT_PARTS.join(', ');
const CHAT_EXPORT_PARTS = CHAT_PARTS.map((name) => `${name}: chat__${name}`).join(', ');

/**
 * A call. Give it a room and a signaling service and it joins, shows everyone's video and
 * the chat; or give it children and it hands its session to them instead.
 *
 * With `room` and `signaling` set, the element makes its own `Session`, joins when it is
 * added to the page and leaves when it is removed; moving it within the page keeps the call.
 * A session made in code can be passed in through the `session` property instead; the
 * element then neither joins nor leaves it.
 *
 * Its text follows the `lang` attribute (on the element or the nearest ancestor, else the
 * document's); `setStrings()` and the `strings` property replace any of it. Joins, leaves and
 * microphone and camera changes are announced to screen readers, politely.
 *
 * @tag rtc-room
 * @summary A whole call from one tag.
 * @attribute lang - The language of its text (`en`, `de`, …); else the nearest ancestor's, else the page's.
 *
 * @slot - Your own call layout. When anything is slotted, the default layout is hidden and the
 *   slotted `rtc-…` elements get the session from this room through a context, e.g.
 *   `<rtc-room room="standup" signaling="wss://…"><rtc-chat></rtc-chat></rtc-room>`.
 * @slot controls - Buttons or anything else of yours, in a row under the videos.
 *
 * @csspart base - The default call layout.
 * @csspart notices - The list of problems to tell the person about.
 * @csspart notice - One problem, in words.
 * @csspart connection-status - "Reconnecting to the call server…", while signaling is down mid-call.
 * @csspart stage - The videos and the status line.
 * @csspart layout - The `<rtc-layout>` with the tiles; its parts are exported under the same
 *   names: `tiles`, `tile`, `focused-tile`, `local-video`, `remote-video`, `screen-video`,
 *   `pin-button`, `video__base`, `video__video`, `video__placeholder`, `video__name-tag`,
 *   `video__muted-indicator`, `video__connection-status`.
 * @csspart status - "Joining…" / "Waiting for others to join".
 * @csspart controls - The row that holds the `controls` slot (hidden while it is empty).
 * @csspart chat - The `<rtc-chat>` panel; its parts are exported as `chat__<part>`
 *   (`chat__send-button`, `chat__message`, …).
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
  /** The attributes `ownSession` was made from. */
  private ownConfig = '';

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

  /** The room to join. */
  @property({ reflect: true }) room = '';
  /** Where to meet: a `ws://` or `wss://` URL of an rtc-elements server, or `broadcast` (tabs of this browser). */
  @property({ reflect: true }) signaling = '';
  /** Your display name. */
  @property({ reflect: true }) name = '';
  /** An access token for a server that requires one (from the server's `createToken`). Not reflected. */
  @property() token = '';
  /** Send all media through the TURN server, hiding IP addresses from the others (attribute `relay-only`). */
  @property({ type: Boolean, reflect: true, attribute: 'relay-only' }) relayOnly = false;
  /** A session made in code, used instead of the attributes. The element does not join or leave it. */
  @property({ attribute: false }) session?: Session;
  /** `grid` (default): everyone the same size; `speaker`: one large tile and a strip of the others. */
  @property({ reflect: true }) layout: LayoutMode = 'grid';
  /** `off` leaves the chat out. */
  @property({ reflect: true }) chat: 'on' | 'off' = 'on';
  /** Just the videos: no chat and no status lines; problems are still shown. */
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
    const config = ['session', 'room', 'signaling', 'name', 'token', 'relayOnly'] as const;
    if (this.isConnected && config.some((key) => changed.has(key))) {
      this.updateSession();
    }
    const lang = this.getAttribute('lang') ?? undefined;
    if (this.stringsForChildren.strings !== this.strings || this.stringsForChildren.lang !== lang) {
      this.stringsForChildren = { strings: this.strings, lang };
    }
  }

  /** Follows the `session` property, or makes (and joins) a session when the attributes change. */
  private updateSession(): void {
    let failure: RtcError | undefined;
    if (this.session) {
      this.dropOwnSession();
    } else {
      const config =
        this.room && this.signaling
          ? JSON.stringify([this.room, this.signaling, this.name, this.token, this.relayOnly])
          : '';
      if (config !== this.ownConfig) {
        this.dropOwnSession();
        this.ownConfig = config;
        try {
          if (config) {
            this.ownSession = new Session({
              room: this.room,
              name: this.name,
              signaling: createSignaling(this.signaling, this.token),
              iceTransportPolicy: this.relayOnly ? 'relay' : 'all',
              // Not opened at all (no camera light), and still `setCamera(true)` later.
              video: this.video !== 'off',
              audio: this.audio !== 'off',
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
        wanted.join().catch((error: unknown) => this.report(toRtcError(error)));
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

  override render() {
    const strings = this.text.strings;
    const session = this.activeSession;
    const alone = !session || session.participants.size === 0 || session.state !== 'joined';
    const showChat = this.chat !== 'off' && !this.minimal;
    return html`
      <div part="base" ?hidden=${this.hasContent}>
        <div class="top">
          <p part="connection-status" role="status" ?hidden=${this.minimal || !this.signalingDown()}>
            ${strings.signalingReconnecting}
          </p>
          <div part="notices" role="status" ?hidden=${this.notices.length === 0}>
            ${this.notices.map((error) => html`<p part="notice">${strings.error(error)}</p>`)}
          </div>
        </div>
        <div part="stage">
          <rtc-layout part="layout" exportparts=${LAYOUT_EXPORT_PARTS} layout=${this.layout}></rtc-layout>
          <p part="status" ?hidden=${this.minimal || !alone}>${this.statusText()}</p>
        </div>
        <div part="controls" ?hidden=${!this.hasControls}>
          <slot name="controls" @slotchange=${this.handleControlsSlotChange}></slot>
        </div>
        ${showChat ? html`<rtc-chat part="chat" exportparts=${CHAT_EXPORT_PARTS}></rtc-chat>` : ''}
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
