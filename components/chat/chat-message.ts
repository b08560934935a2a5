import { html, nothing, type TemplateResult } from 'lit';
import type { ChatMessage } from '../../src/index.js';
import { linkify } from '../internal/linkify.js';
import type { RtcStrings } from '../strings/en.js';

export interface MessageView {
  strings: RtcStrings;
  selfId: string;
  nameOf: (participantId: string) => string;
  /** Whose reaction palette is open. */
  paletteOpen: boolean;
  togglePalette: () => void;
  react: (emoji: string, on: boolean) => void;
}

/**
 * One chat message: name, text (links only for http and https, everything else text), a
 * private or history tag, and its reactions. Nothing in it is ever rendered as HTML.
 */
export function renderMessage(message: ChatMessage, view: MessageView): TemplateResult {
  const { strings } = view;
  const name = message.local ? strings.you : message.name || strings.guest;
  const privacy = message.to
    ? message.local
      ? strings.privateTo(view.nameOf(message.to))
      : strings.privateFrom
    : undefined;
  return html`
    <div part=${message.to ? 'message private-message' : 'message'}>
      <span part="message-name">${name}</span>
      ${privacy ? html`<span part="message-tag">(${privacy})</span>` : nothing}
      ${message.history ? html`<span part="message-tag">(${strings.earlier})</span>` : nothing}
      <span part="message-text"
        >${linkify(message.text).map((piece) =>
          'href' in piece
            ? html`<a part="link" href=${piece.href} target="_blank" rel="noopener noreferrer"
                >${piece.text}</a
              >`
            : piece.text,
        )}</span
      >
      <span part="reactions">
        ${[...message.reactions].map(([emoji, people]) => {
          const mine = people.has(view.selfId);
          return html`<button
            part="reaction"
            type="button"
            aria-pressed=${mine ? 'true' : 'false'}
            aria-label=${strings.reactWith(emoji, people.size)}
            @click=${() => view.react(emoji, !mine)}
          >
            ${emoji} ${people.size}
          </button>`;
        })}
        <button
          part="react-button"
          type="button"
          aria-expanded=${view.paletteOpen ? 'true' : 'false'}
          @click=${view.togglePalette}
        >
          ${strings.react}
        </button>
        ${
          view.paletteOpen
            ? html`<span part="reaction-palette" role="group" aria-label=${strings.react}>
                ${strings.reactions.map(
                  (emoji) =>
                    html`<button part="reaction-choice" type="button" @click=${() => view.react(emoji, true)}>
                      ${emoji}
                    </button>`,
                )}
              </span>`
            : nothing
        }
      </span>
    </div>
  `;
}
