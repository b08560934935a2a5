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
import { SESSION_EVENT_CLASSES, SESSION_EVENT_NAMES, RtcErrorEvent } from '../events/events.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { strings } from '../internal/strings.js';
import { styles } from './room.styles.js';

/**
 * A call. Give it a room and a signaling service and it joins, shows everyone's video and
 * the chat; or give it children and it hands its session to them instead.
 *
 * With `room` and `signaling` set, the element makes its own `Session`, joins when it is
 * added to the page and leaves when it is removed; moving it within the page keeps the call.
 * A session made in code can be passed in through the `session` property instead; the
 * element then neither joins nor leaves it.
 *
 * @tag rtc-room
 * @summary A whole call from one tag.
 *
 * @slot - Your own call layout. When anything is slotted, the default layout is hidden and the
 *   slotted `rtc-…` elements get the session from this room.
 *
 * @csspart base - The default call layout.
 * @csspart notices - The list of problems to tell the person about.
 * @csspart notice - One problem, in words.
 * @csspart connection-status - "Reconnecting to the call server…", while signaling is down mid-call.
 * @csspart stage - The video tiles.
 * @csspart status - "Joining…" / "Waiting for others to join".
 * @csspart local-video - Your own `<rtc-video>` tile.
 * @csspart remote-video - Each other participant's `<rtc-video>` tile.
 * @csspart chat - The `<rtc-chat>` panel.
 *
 * @cssproperty [--rtc-room-background=Canvas] - Background (falls back to `--rtc-color-background`).
 * @cssproperty [--rtc-room-chat-width=18rem] - Width of the chat column on wide screens.
 * @cssproperty [--rtc-room-min-height=24rem] - Smallest height of the default layout.
 *
 * @fires {RtcStateChangedEvent} rtc-state-changed - The session's state changed (`joining`, `joined`, `left`, …).
 * @fires {RtcSignalingStateChangedEvent} rtc-signaling-state-changed - The signaling connection opened or closed.
 * @fires {RtcParticipantJoinedEvent} rtc-participant-joined - Someone joined.
 * @fires {RtcParticipantLeftEvent} rtc-participant-left - Someone left.
 * @fires {RtcParticipantUpdatedEvent} rtc-participant-updated - Someone changed their name or muted state.
 * @fires {RtcConnectionStateChangedEvent} rtc-connection-state-changed - The media path to someone changed state.
 * @fires {RtcTrackAddedEvent} rtc-track-added - A track from someone arrived.
 * @fires {RtcChatMessageAddedEvent} rtc-chat-message-added - A chat message was sent or received.
 * @fires {RtcChatMessageUpdatedEvent} rtc-chat-message-updated - A chat message's reactions changed.
 * @fires {RtcTypingChangedEvent} rtc-typing-changed - Someone started or stopped typing.
 * @fires {RtcUnreadCountChangedEvent} rtc-unread-count-changed - The number of unread chat messages changed.
 * @fires {RtcFileTransferAddedEvent} rtc-file-transfer-added - A file was offered to you, or you offered one.
 * @fires {RtcErrorEvent} rtc-error - Something went wrong: a device, the connection, or joining itself.
 */
export class RtcRoom extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly sessionEvents = new EmitterController(this, SESSION_EVENT_NAMES, (name, payload) =>
    this.handleSessionEvent(name as keyof SessionEvents, payload),
  );
  /** The session this element made from its attributes, which it joins and leaves. */
  private ownSession: Session | undefined;
  /** The attributes `ownSession` was made from. */
  private ownConfig = '';

  /** The session the room and its children use. */
  @provide({ context: sessionContext })
  @state()
  private activeSession?: Session;
  /** Problems to show, newest last. */
  @state() private notices: RtcError[] = [];
  /** Whether a page put its own layout inside the room. */
  @state() private hasContent = false;

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

  /** The session in use: the `session` property, or the one made from the attributes. */
  get currentSession(): Session | undefined {
    return this.activeSession;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasContent = this.children.length > 0;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = ['session', 'room', 'signaling', 'name', 'token', 'relayOnly'] as const;
    if (this.isConnected && config.some((key) => changed.has(key))) {
      this.updateSession();
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
    const EventClass = SESSION_EVENT_CLASSES[name] as new (detail: unknown) => Event;
    this.dispatchEvent(new EventClass(payload));
  }

  private report(error: RtcError): void {
    this.notices = [...this.notices, error];
    this.dispatchEvent(new RtcErrorEvent({ error }));
  }

  private handleSlotChange(event: Event): void {
    this.hasContent = (event.target as HTMLSlotElement)
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  override render() {
    const session = this.activeSession;
    const remote = [...(session?.participants.values() ?? [])];
    return html`
      <div part="base" ?hidden=${this.hasContent}>
        <p part="connection-status" role="status" ?hidden=${!this.signalingDown()}>
          ${strings.signalingReconnecting}
        </p>
        <div part="notices" role="status" ?hidden=${this.notices.length === 0}>
          ${this.notices.map((error) => html`<p part="notice">${strings.error(error)}</p>`)}
        </div>
        <div part="stage">
          ${
            session
              ? html`<rtc-video part="local-video" .participant=${session.localParticipant}></rtc-video>`
              : ''
          }
          ${repeat(
            remote,
            (participant) => participant.id,
            (participant) => html`<rtc-video part="remote-video" .participant=${participant}></rtc-video>`,
          )}
          <p part="status" ?hidden=${remote.length > 0 && session?.state === 'joined'}>
            ${this.statusText()}
          </p>
        </div>
        <rtc-chat part="chat"></rtc-chat>
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

function createSignaling(signaling: string, token: string): SignalingAdapter {
  if (signaling === 'broadcast') return createBroadcastChannelSignaling();
  return createWebSocketSignaling({ url: signaling, ...(token ? { token } : {}) });
}

function toRtcError(error: unknown): RtcError {
  return error instanceof RtcError ? error : new RtcError('invalid-options', String(error), { cause: error });
}
