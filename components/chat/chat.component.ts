import { consume } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MAX_CHAT_LENGTH, type Session } from '../../src/index.js';
import { EmitterController } from '../internal/emitter-controller.js';
import { RtcElement } from '../internal/rtc-element.js';
import { sessionContext } from '../internal/session-context.js';
import { strings } from '../internal/strings.js';
import { styles } from './chat.styles.js';

/**
 * The chat of a call: the messages so far and a box to send one. Every message is shown as
 * plain text; nothing a participant sends is ever treated as HTML.
 *
 * @tag rtc-chat
 * @summary Chat messages and an input.
 *
 * @csspart base - The chat panel (a `section`).
 * @csspart messages - The message list (`role="log"`).
 * @csspart message - One message.
 * @csspart message-name - The sender's name in a message.
 * @csspart message-text - The text of a message.
 * @csspart empty - The text shown before the first message.
 * @csspart form - The input row.
 * @csspart input - The text input.
 * @csspart send-button - The send button.
 *
 * @cssproperty [--rtc-chat-background=Canvas] - Panel background (falls back to `--rtc-color-surface`).
 * @cssproperty [--rtc-chat-color=CanvasText] - Text colour (falls back to `--rtc-color-text`).
 * @cssproperty [--rtc-chat-radius=8px] - Corner radius (falls back to `--rtc-radius-m`).
 */
export class RtcChat extends RtcElement {
  static override styles = [...RtcElement.styles, styles];

  private readonly sessionEvents = new EmitterController(this, ['chatMessageAdded', 'stateChanged']);

  @query('[part=messages]') private readonly list!: HTMLElement;
  @query('[part=input]') private readonly input!: HTMLInputElement;

  /** The session from the enclosing `<rtc-room>`. */
  @consume({ context: sessionContext, subscribe: true })
  @state()
  private contextSession?: Session;

  /** The session to chat in, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) session?: Session;

  private get activeSession(): Session | undefined {
    return this.session ?? this.contextSession;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') || changed.has('contextSession' as keyof RtcChat)) {
      this.sessionEvents.watch(this.activeSession);
    }
  }

  protected override updated(): void {
    // Keep the newest message in view.
    this.list.scrollTop = this.list.scrollHeight;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const text = this.input.value;
    if (!text.trim() || this.activeSession?.state !== 'joined') return;
    this.activeSession.chat.send(text);
    this.input.value = '';
  }

  override render() {
    const session = this.activeSession;
    const messages = session?.chat.messages ?? [];
    const canSend = session?.state === 'joined';
    return html`
      <section part="base" aria-label=${strings.chat}>
        <div part="messages" role="log" aria-label=${strings.chatLog}>
          ${messages.length === 0 ? html`<p part="empty">${strings.noMessages}</p>` : ''}
          ${repeat(
            messages,
            (message) => `${message.from}/${message.id}`,
            (message) => html`
              <p part="message">
                <span part="message-name"
                  >${message.local ? strings.you : message.name || strings.guest}</span
                >
                <span part="message-text">${message.text}</span>
              </p>
            `,
          )}
        </div>
        <form part="form" @submit=${this.handleSubmit}>
          <label class="visually-hidden" for="input">${strings.message}</label>
          <input
            id="input"
            part="input"
            autocomplete="off"
            maxlength=${MAX_CHAT_LENGTH}
            placeholder=${strings.message}
            ?disabled=${!canSend}
          />
          <button part="send-button" type="submit" ?disabled=${!canSend}>${strings.send}</button>
        </form>
      </section>
    `;
  }
}
