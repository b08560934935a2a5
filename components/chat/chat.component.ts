import { consume } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  MAX_CHAT_LENGTH,
  RtcError,
  type ChatMessage,
  type FileTransfer,
  type Session,
} from '../../src/index.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { ObjectUrls } from '../internal/object-urls.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { StringsController } from '../internal/strings-controller.js';
import { renderMessage } from './chat-message.js';
import { styles } from './chat.styles.js';
import { renderFileItem } from './file-item.js';

/** The parts of this element, for a container to export (`exportparts`) under a prefix. */
export const CHAT_PARTS = [
  'base',
  'messages',
  'message',
  'private-message',
  'message-name',
  'message-tag',
  'message-text',
  'link',
  'reactions',
  'reaction',
  'react-button',
  'reaction-palette',
  'reaction-choice',
  'file',
  'file-offered',
  'file-transferring',
  'file-completed',
  'file-declined',
  'file-cancelled',
  'file-failed',
  'file-title',
  'file-name',
  'file-size',
  'file-progress',
  'file-status',
  'file-accept',
  'file-decline',
  'file-cancel',
  'file-download',
  'file-preview',
  'empty',
  'typing',
  'error',
  'form',
  'recipient',
  'input',
  'attach-button',
  'send-button',
] as const;

const SESSION_EVENTS = [
  'chatMessageAdded',
  'chatMessageUpdated',
  'typingChanged',
  'fileTransferAdded',
  'participantJoined',
  'participantLeft',
  'stateChanged',
];

/**
 * The chat of a call: messages (with reactions, private messages and the history the others
 * hand you when you join), who is typing, and files sent directly between participants —
 * attach button or drag and drop, a progress bar per transfer, accept, decline, cancel,
 * download.
 *
 * Everything a participant sends is shown as text: only `http` and `https` links are
 * clickable (opened in a new tab with `rel="noopener noreferrer"`), nothing received is
 * opened by itself, and a received image is previewed only when its bytes are a PNG, JPEG,
 * GIF or WebP. Inside an `<rtc-room>` it uses the room's session; alone, set its `session`
 * property. It marks messages read while it is visible.
 *
 * @tag rtc-chat
 * @summary Chat messages, files and an input.
 *
 * @csspart base - The chat panel (a `section`).
 * @csspart messages - The message list (`role="log"`).
 * @csspart message - One message.
 * @csspart private-message - A private message (together with `message`).
 * @csspart message-name - The sender's name in a message.
 * @csspart message-tag - "(private…)" or "(earlier)" after the name.
 * @csspart message-text - The text of a message.
 * @csspart link - An http or https link inside a message.
 * @csspart reactions - The reactions row of a message.
 * @csspart reaction - One reaction chip (press to add or remove yours).
 * @csspart react-button - Opens the reaction palette.
 * @csspart reaction-palette - The emoji to react with.
 * @csspart reaction-choice - One emoji in the palette.
 * @csspart file - One file transfer (together with `file-<state>`, one of the six below).
 * @csspart file-offered - A transfer waiting for the recipient's answer.
 * @csspart file-transferring - A transfer under way.
 * @csspart file-completed - A transfer that finished.
 * @csspart file-declined - A transfer the recipient declined.
 * @csspart file-cancelled - A transfer either side cancelled.
 * @csspart file-failed - A transfer that failed (the status says why).
 * @csspart file-title - Who sends the file.
 * @csspart file-name - The file name.
 * @csspart file-size - The file size.
 * @csspart file-progress - The progress bar.
 * @csspart file-status - The transfer's state, and why it failed.
 * @csspart file-accept - Accepts an offered file.
 * @csspart file-decline - Declines an offered file.
 * @csspart file-cancel - Stops a transfer.
 * @csspart file-download - Saves a received file.
 * @csspart file-preview - A received image.
 * @csspart empty - The text shown before the first message.
 * @csspart typing - "Ada is typing…".
 * @csspart error - A problem with what you tried to send.
 * @csspart form - The input row.
 * @csspart recipient - Everyone, or one participant for a private message.
 * @csspart input - The text input.
 * @csspart attach-button - Opens the file picker.
 * @csspart send-button - The send button.
 *
 * @cssproperty [--rtc-chat-background=light-dark(#ffffff, #1a1d23)] - Panel background (falls back to `--rtc-color-surface`).
 * @cssproperty [--rtc-chat-color=light-dark(#15171a, #eceef1)] - Text colour (falls back to `--rtc-color-text`).
 * @cssproperty [--rtc-chat-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 * @cssproperty --rtc-color-accent - Shared token: the send button, pressed reactions.
 * @cssproperty --rtc-color-border - Shared token: input borders.
 *
 * @cssstate dragging - Files are being dragged over the chat.
 */
export class RtcChat extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly internals = this.attachInternals();
  private readonly sessionEvents = new EmitterController(this, SESSION_EVENTS, (name, payload) =>
    name === 'fileTransferAdded'
      ? this.watchTransfer((payload as { transfer: FileTransfer }).transfer)
      : undefined,
  );
  private readonly urls = new ObjectUrls();
  private readonly text = new StringsController(this);
  private readonly watched = new Set<FileTransfer>();
  private readonly handleTransferUpdated = (): void => this.requestUpdate();

  @query('[part=messages]') private readonly list!: HTMLElement;
  @query('[part=input]') private readonly input!: HTMLInputElement;
  @query('input[type=file]') private readonly picker!: HTMLInputElement;

  /** The session from the enclosing `<rtc-room>`. */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  private contextSession?: Session;
  /** The message whose reaction palette is open. */
  @state() private palette?: ChatMessage;
  /** Everyone (empty) or one participant's id. */
  @state() private recipient = '';
  @state() private problem?: string;

  /** The session to chat in, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) session?: Session;

  private get activeSession(): Session | undefined {
    return this.session ?? this.contextSession;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: follow the transfers again and render afresh, since
    // disconnecting stopped following them and revoked their download and preview URLs.
    for (const transfer of this.activeSession?.files.transfers ?? []) this.watchTransfer(transfer);
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const transfer of this.watched) transfer.off('updated', this.handleTransferUpdated);
    this.watched.clear();
    this.urls.revokeAll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') || changed.has('contextSession' as keyof RtcChat)) {
      this.sessionEvents.watch(this.activeSession);
      for (const transfer of this.activeSession?.files.transfers ?? []) this.watchTransfer(transfer);
    }
    if (this.recipient && !this.activeSession?.participants.has(this.recipient)) this.recipient = '';
  }

  protected override updated(): void {
    // Keep the newest message in view, and count what is shown as read.
    this.list.scrollTop = this.list.scrollHeight;
    if (this.isConnected && document.visibilityState === 'visible') this.activeSession?.chat.markRead();
  }

  private watchTransfer(transfer: FileTransfer): void {
    if (this.watched.has(transfer) || !this.isConnected) return;
    this.watched.add(transfer);
    transfer.on('updated', this.handleTransferUpdated);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const session = this.activeSession;
    const text = this.input.value;
    if (!text.trim() || session?.state !== 'joined') return;
    this.attempt(() => session.chat.send(text, this.recipient ? { to: this.recipient } : {}));
    this.input.value = '';
  }

  private handleInput(): void {
    this.activeSession?.chat.setTyping(this.input.value.length > 0);
  }

  private handleFilesChosen(): void {
    this.sendFiles([...(this.picker.files ?? [])]);
    this.picker.value = '';
  }

  private handleDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files') || this.activeSession?.state !== 'joined') return;
    event.preventDefault();
    this.internals.states.add('dragging');
  }

  private handleDragLeave(): void {
    this.internals.states.delete('dragging');
  }

  private handleDrop(event: DragEvent): void {
    this.internals.states.delete('dragging');
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.sendFiles([...event.dataTransfer.files]);
  }

  private sendFiles(files: File[]): void {
    const session = this.activeSession;
    if (session?.state !== 'joined') return;
    for (const file of files)
      this.attempt(() => session.files.send(file, this.recipient ? { to: this.recipient } : {}));
  }

  /** Runs a send, showing its refusal (too long, too large, nobody there) in words. */
  private attempt(send: () => unknown): void {
    try {
      send();
      this.problem = undefined;
    } catch (error) {
      this.problem = error instanceof RtcError ? error.message : String(error);
    }
  }

  private nameOf(id: string): string {
    return this.activeSession?.participants.get(id)?.name || this.text.strings.guest;
  }

  override render() {
    const strings = this.text.strings;
    const session = this.activeSession;
    const canSend = session?.state === 'joined';
    const typing = [...(session?.chat.typing ?? [])].map((id) => this.nameOf(id));
    return html`
      <section
        part="base"
        aria-label=${strings.chat}
        @dragover=${this.handleDragOver}
        @dragleave=${this.handleDragLeave}
        @drop=${this.handleDrop}
      >
        <div part="messages" role="log" aria-label=${strings.chatLog}>${this.renderTimeline(session)}</div>
        <p part="typing" aria-live="polite">${typing.length ? strings.typing(typing) : ''}</p>
        <p part="error" role="alert" ?hidden=${!this.problem}>${this.problem ?? ''}</p>
        <form part="form" @submit=${this.handleSubmit}>
          <label class="visually-hidden" for="recipient">${strings.to}</label>
          <select
            id="recipient"
            part="recipient"
            .value=${this.recipient}
            ?disabled=${!canSend}
            @change=${(event: Event) => (this.recipient = (event.target as HTMLSelectElement).value)}
          >
            <option value="">${strings.everyone}</option>
            ${[...(session?.participants.values() ?? [])].map(
              (participant) =>
                html`<option value=${participant.id}>${participant.name || strings.guest}</option>`,
            )}
          </select>
          <input type="file" multiple hidden @change=${this.handleFilesChosen} />
          <button
            part="attach-button"
            type="button"
            ?disabled=${!canSend}
            @click=${() => this.picker.click()}
          >
            ${strings.attach}
          </button>
          <label class="visually-hidden" for="input">${strings.message}</label>
          <input
            id="input"
            part="input"
            autocomplete="off"
            maxlength=${MAX_CHAT_LENGTH}
            placeholder=${strings.message}
            ?disabled=${!canSend}
            @input=${this.handleInput}
          />
          <button part="send-button" type="submit" ?disabled=${!canSend}>${strings.send}</button>
        </form>
      </section>
    `;
  }

  /** Messages and file transfers together, oldest first. */
  private renderTimeline(session: Session | undefined): TemplateResult | TemplateResult[] {
    const messages = session?.chat.messages ?? [];
    const transfers = session?.files.transfers ?? [];
    const strings = this.text.strings;
    if (messages.length === 0 && transfers.length === 0)
      return html`<p part="empty">${strings.noMessages}</p>`;
    const items = [
      ...messages.map((message) => ({ at: message.sentAt, message })),
      ...transfers.map((transfer) => ({ at: transfer.createdAt, transfer })),
    ].sort((a, b) => a.at - b.at);
    const selfId = session?.localParticipant.id ?? '';
    return items.map((item) =>
      'message' in item
        ? renderMessage(item.message, {
            strings,
            selfId,
            nameOf: (id) => this.nameOf(id),
            paletteOpen: this.palette === item.message,
            togglePalette: () => (this.palette = this.palette === item.message ? undefined : item.message),
            react: (emoji, on) => {
              session?.chat.react(item.message, emoji, on);
              this.palette = undefined;
            },
          })
        : renderFileItem(item.transfer, this.nameOf(item.transfer.peerId), this.urls, strings),
    );
  }
}
