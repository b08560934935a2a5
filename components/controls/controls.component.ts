import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Session } from '../../src/index.js';
import type { RtcPanelToggleEvent } from '../events/panel-toggle.js';
import { icon } from '../internal/icons.js';
import { RtcSessionElement } from '../internal/session-element.js';
import { styles } from './controls.styles.js';
import {
  DEFAULT_SHORTCUTS,
  isTyping,
  matchesShortcut,
  spaceActivates,
  type ControlShortcuts,
} from './shortcuts.js';

/** The parts of this element, for a container to export (`exportparts`) under a prefix. */
export const CONTROLS_PARTS = [
  'base',
  'microphone',
  'camera',
  'screenshare',
  'hand',
  'reactions-button',
  'reactions-menu',
  'reaction',
  'chat',
  'people',
  'leave',
] as const;

/**
 * The call's toolbar (`role="toolbar"`): microphone, camera, screen share, raise hand,
 * reactions, chat and people panel toggles, and leave — each piece the public element of the
 * same name — plus any buttons you slot in. Left and right arrow keys (and Home, End) move
 * between the buttons; Tab leaves the toolbar. Set a piece's attribute to `off` to leave it
 * out (`screenshare="off"`, `chat="off"`, `people="off"`, …).
 *
 * Keyboard shortcuts work anywhere on the page except while typing in a text field:
 * Ctrl+D (⌘+D on a Mac) turns the microphone on or off, Ctrl+E (⌘+E) the camera, and holding
 * Space while the microphone is off talks until it is released (push-to-talk; not while a
 * button has focus, where Space presses it). Change them through the `shortcuts` property;
 * `no-shortcuts` turns them all off.
 *
 * The events of the buttons inside (`rtc-panel-toggle`, `rtc-request-leave`, `rtc-error`)
 * come out of the toolbar. The panel toggles only say what was asked; `chat-open` and
 * `people-open` show the panels' state. Inside an `<rtc-room>` it uses the room's session;
 * alone, set its `session` property.
 *
 * @tag rtc-controls
 * @summary Call toolbar: the toggles, reactions and leave, with shortcuts.
 *
 * @slot - Your own buttons, placed before the leave button.
 *
 * @csspart base - The toolbar.
 * @csspart microphone - The `<rtc-microphone-toggle>`.
 * @csspart camera - The `<rtc-camera-toggle>`.
 * @csspart screenshare - The `<rtc-screen-share-toggle>`.
 * @csspart hand - The `<rtc-hand-toggle>`.
 * @csspart reactions-button - Opens the emoji to send to everyone.
 * @csspart reactions-menu - The emoji palette.
 * @csspart reaction - One emoji in the palette.
 * @csspart chat - The `<rtc-chat-toggle>`.
 * @csspart people - The `<rtc-participants-toggle>`.
 * @csspart leave - The `<rtc-leave-button>`.
 *
 * @cssproperty [--rtc-controls-background=transparent] - Behind the toolbar.
 * @cssproperty --rtc-color-accent - Shared token: the focus ring.
 * @cssproperty --rtc-color-surface - Shared token: the reactions button and palette.
 * @cssproperty --rtc-color-border - Shared token: the border of the reactions button and palette.
 *
 * @fires {RtcPanelToggleEvent} rtc-panel-toggle - From the chat or people toggle inside: `detail.open` is whether that panel should now be open.
 * @fires {RtcRequestLeaveEvent} rtc-request-leave - From the leave button inside: it was pressed; cancelable.
 * @fires {RtcErrorEvent} rtc-error - A toggle, a shortcut or a reaction failed.
 */
export class RtcControls extends RtcSessionElement {
  static override styles = [...RtcSessionElement.styles, styles];

  /** Push-to-talk is holding the microphone open. */
  private talking = false;

  @query('[part=reactions-button]') private readonly reactionsButton!: HTMLButtonElement;

  @state() private paletteOpen = false;

  /** The session, when the element is not inside an `<rtc-room>`. */
  @property({ attribute: false }) override session?: Session;
  /** `off` leaves out the microphone toggle. */
  @property() microphone?: string;
  /** `off` leaves out the camera toggle. */
  @property() camera?: string;
  /** `off` leaves out the screen share toggle. */
  @property() screenshare?: string;
  /** `off` leaves out the raise-hand toggle. */
  @property() hand?: string;
  /** `off` leaves out the reactions button. */
  @property() reactions?: string;
  /** `off` leaves out the chat toggle. */
  @property() chat?: string;
  /** `off` leaves out the people (participants panel) toggle. */
  @property() people?: string;
  /** `off` leaves out the leave button. */
  @property() leave?: string;
  /** Whether the chat panel is open (attribute `chat-open`): the chat toggle shows it. */
  @property({ type: Boolean, reflect: true, attribute: 'chat-open' }) chatOpen = false;
  /** Whether the people panel is open (attribute `people-open`): the people toggle shows it. */
  @property({ type: Boolean, reflect: true, attribute: 'people-open' }) peopleOpen = false;
  /** Turns every keyboard shortcut off, push-to-talk included (attribute `no-shortcuts`). */
  @property({ type: Boolean, attribute: 'no-shortcuts' }) noShortcuts = false;
  /** The shortcut keys: `{microphone: 'Mod+D', camera: 'Mod+E', pushToTalk: 'Space'}` by default; those left out keep theirs, `''` turns one off. */
  @property({ attribute: false }) shortcuts: Partial<ControlShortcuts> = DEFAULT_SHORTCUTS;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleWindowKeyDown);
    window.addEventListener('keyup', this.handleWindowKeyUp);
    window.addEventListener('blur', this.handleWindowBlur);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.handleWindowKeyDown);
    window.removeEventListener('keyup', this.handleWindowKeyUp);
    window.removeEventListener('blur', this.handleWindowBlur);
    this.handleWindowBlur();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.joined) this.paletteOpen = false;
  }

  private readonly handleWindowKeyDown = (event: KeyboardEvent): void => {
    const local = this.activeSession?.localParticipant;
    if (this.noShortcuts || event.defaultPrevented || !local || !this.joined || isTyping(event)) return;
    const { microphone, camera, pushToTalk } = { ...DEFAULT_SHORTCUTS, ...this.shortcuts };
    if (this.microphone !== 'off' && matchesShortcut(event, microphone)) {
      event.preventDefault();
      if (!event.repeat) this.attempt(local.setMicrophone(local.microphoneMuted));
    } else if (this.camera !== 'off' && matchesShortcut(event, camera)) {
      event.preventDefault();
      if (!event.repeat) this.attempt(local.setCamera(local.cameraMuted));
    } else if (matchesShortcut(event, pushToTalk) && !spaceActivates(event)) {
      if (!this.talking && !local.microphoneMuted) return;
      event.preventDefault(); // no page scroll while talking
      if (this.talking || event.repeat) return;
      this.talking = true;
      this.attempt(local.setMicrophone(true));
    }
  };

  private readonly handleWindowKeyUp = (event: KeyboardEvent): void => {
    if (this.talking && matchesShortcut(event, { ...DEFAULT_SHORTCUTS, ...this.shortcuts }.pushToTalk))
      this.handleWindowBlur();
  };

  /** Releases push-to-talk: the key-up may never come once the window loses focus. */
  private readonly handleWindowBlur = (): void => {
    if (!this.talking) return;
    this.talking = false;
    this.attempt(this.activeSession?.localParticipant.setMicrophone(false));
  };

  private attempt(change: Promise<void> | undefined): void {
    change?.catch((error: unknown) => this.report(error));
  }

  /** Arrow keys move between the toolbar's buttons (reversed right to left). */
  private handleToolbarKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.paletteOpen) {
      this.paletteOpen = false;
      this.reactionsButton.focus();
      return;
    }
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined || isTyping(event)) return;
    const items = this.items();
    const path = event.composedPath();
    const at = items.findIndex((item) => path.includes(item));
    if (at < 0) return;
    event.preventDefault();
    const direction = getComputedStyle(this).direction === 'rtl' && Number.isFinite(step) ? -step : step;
    const next = Math.min(items.length - 1, Math.max(0, at + direction));
    items[next]?.focus();
  }

  /** The toolbar's focusable pieces, in order: elements shown, and slotted ones. */
  private items(): HTMLElement[] {
    const base = this.renderRoot.querySelector('[part=base]');
    if (!base) return [];
    const found: HTMLElement[] = [];
    for (const child of base.querySelectorAll<HTMLElement>('[data-item], slot')) {
      if (child instanceof HTMLSlotElement) {
        found.push(...child.assignedElements().filter((e): e is HTMLElement => e instanceof HTMLElement));
      } else if (!child.hidden && !child.closest('[hidden]')) {
        found.push(child);
      }
    }
    return found.filter((item) => !item.matches(':disabled'));
  }

  private handlePanelToggle(event: RtcPanelToggleEvent): void {
    if (event.detail.panel === 'chat') this.chatOpen = event.detail.open;
    else this.peopleOpen = event.detail.open;
  }

  private handleReaction(emoji: string): void {
    try {
      this.activeSession?.sendReaction(emoji);
    } catch (error) {
      this.report(error);
    }
    this.paletteOpen = false;
    this.reactionsButton.focus();
  }

  override render() {
    const session = this.session;
    return html`<div
      part="base"
      role="toolbar"
      aria-label=${this.strings.controlsToolbar}
      @keydown=${this.handleToolbarKeyDown}
      @rtc-panel-toggle=${this.handlePanelToggle}
    >
      <rtc-microphone-toggle
        data-item
        part="microphone"
        .session=${session}
        ?hidden=${this.microphone === 'off'}
      ></rtc-microphone-toggle>
      <rtc-camera-toggle
        data-item
        part="camera"
        .session=${session}
        ?hidden=${this.camera === 'off'}
      ></rtc-camera-toggle>
      <rtc-screen-share-toggle
        data-item
        part="screenshare"
        .session=${session}
        ?hidden=${this.screenshare === 'off'}
      ></rtc-screen-share-toggle>
      <rtc-hand-toggle
        data-item
        part="hand"
        .session=${session}
        ?hidden=${this.hand === 'off'}
      ></rtc-hand-toggle>
      <div class="reactions" ?hidden=${this.reactions === 'off'}>
        <button
          data-item
          part="reactions-button"
          type="button"
          aria-expanded=${this.paletteOpen ? 'true' : 'false'}
          aria-controls="palette"
          ?disabled=${!this.joined}
          @click=${() => (this.paletteOpen = !this.paletteOpen)}
        >
          ${icon('smile')}<span>${this.strings.controlReactions}</span>
        </button>
        <div
          id="palette"
          part="reactions-menu"
          role="group"
          aria-label=${this.strings.controlReactions}
          ?hidden=${!this.paletteOpen}
        >
          ${this.strings.reactions.map(
            (emoji) =>
              html`<button
                part="reaction"
                type="button"
                aria-label=${this.strings.controlReactWith(emoji)}
                @click=${() => this.handleReaction(emoji)}
              >
                ${emoji}
              </button>`,
          )}
        </div>
      </div>
      <rtc-chat-toggle
        data-item
        part="chat"
        .session=${session}
        .pressed=${this.chatOpen}
        ?hidden=${this.chat === 'off'}
      ></rtc-chat-toggle>
      <rtc-participants-toggle
        data-item
        part="people"
        .session=${session}
        .pressed=${this.peopleOpen}
        ?hidden=${this.people === 'off'}
      ></rtc-participants-toggle>
      <slot></slot>
      <rtc-leave-button
        data-item
        part="leave"
        .session=${session}
        ?hidden=${this.leave === 'off'}
      ></rtc-leave-button>
    </div>`;
  }
}
