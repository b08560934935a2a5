import { html, nothing, type TemplateResult } from 'lit';
import type { FileTransfer } from '../../src/index.js';
import type { ObjectUrls } from '../internal/object-urls.js';
import type { RtcStrings } from '../strings/en.js';

/**
 * One file transfer in the chat: who sends what, a progress bar, what to do next (accept,
 * decline, cancel, download) and, for a received image whose bytes are one, a preview. The
 * name is shown as text; the download link uses the safe name the core made.
 */
export function renderFileItem(
  transfer: FileTransfer,
  peerName: string,
  urls: ObjectUrls,
  strings: RtcStrings,
): TemplateResult {
  const who =
    transfer.direction === 'outgoing' ? strings.fileOutgoing(transfer.name) : strings.fileIncoming(peerName);
  const offered = transfer.direction === 'incoming' && transfer.state === 'offered';
  const blob = transfer.state === 'completed' ? transfer.blob : undefined;
  return html`
    <div part="file file-${transfer.state}">
      <span part="file-title">${who}</span>
      <span part="file-name">${transfer.name}</span>
      <span part="file-size">${strings.fileSize(transfer.size)}</span>
      <progress
        part="file-progress"
        max="1"
        .value=${transfer.progress}
        aria-label=${strings.fileProgress(transfer.name)}
      ></progress>
      <span part="file-status">${status(transfer, offered, strings)}</span>
      ${
        offered
          ? html`<button part="file-accept" type="button" @click=${() => transfer.accept()}>
                ${strings.accept}
              </button>
              <button part="file-decline" type="button" @click=${() => transfer.decline()}>
                ${strings.decline}
              </button>`
          : nothing
      }
      ${
        !transfer.finished && !offered
          ? html`<button part="file-cancel" type="button" @click=${() => transfer.cancel()}>
              ${strings.cancel}
            </button>`
          : nothing
      }
      ${
        blob
          ? html`<a part="file-download" href=${urls.for(blob)} download=${transfer.name}
              >${strings.download}</a
            >`
          : nothing
      }
      ${
        blob && transfer.imageType
          ? html`<img part="file-preview" src=${urls.for(blob)} alt=${strings.previewOf(transfer.name)} />`
          : nothing
      }
    </div>
  `;
}

function status(transfer: FileTransfer, offeredToYou: boolean, strings: RtcStrings): string {
  if (offeredToYou) return strings.fileOfferedToYou;
  const state = strings.fileState[transfer.state];
  return transfer.error ? `${state}: ${transfer.error.message}` : state;
}
