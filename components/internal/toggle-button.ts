import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { RtcElement } from './rtc-element.js';
import { RtcSessionElement } from './session-element.js';
import { toggleStyles } from './toggle.styles.js';

/**
 * The base of the toggle buttons (`<rtc-microphone-toggle>`, `<rtc-camera-toggle>`, …): one
 * real `<button>` whose `aria-pressed` is read from the core after every event, so a change
 * made elsewhere (a shortcut, code, the browser's "stop sharing" bar) shows at once.
 * While the change is under way the button is `aria-disabled` (it keeps focus) and ignores
 * presses; a failure is dispatched as an `rtc-error` event.
 */
export abstract class RtcToggleButton extends RtcSessionElement {
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = {
    ...RtcElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [...RtcElement.styles, toggleStyles];

  /** A change started by this button is under way. */
  @state() protected busy = false;

  /** Whether the button shows as pressed (`aria-pressed="true"`). */
  protected abstract isPressed(): boolean;
  /** The button's visible text and accessible name. */
  protected abstract get text(): string;
  /** The icon beside the text. */
  protected abstract renderIcon(pressed: boolean): TemplateResult;
  /** Makes the change a press asks for. */
  protected abstract act(): Promise<void> | void;

  /** Whether the button can be used now (by default: once the session has joined). */
  protected get available(): boolean {
    return this.joined;
  }

  /** Whether "not pressed" is a state to warn about (microphone or camera off). */
  protected get alarmWhenOff(): boolean {
    return false;
  }

  /** Anything shown after the text (the chat's unread count). */
  protected renderExtra(): unknown {
    return nothing;
  }

  private async handleClick(): Promise<void> {
    if (this.busy || !this.available) return;
    this.busy = true;
    try {
      await this.act();
    } catch (error) {
      this.report(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const pressed = this.isPressed();
    return html`<button
      part="base"
      type="button"
      class=${this.alarmWhenOff && !pressed && this.available ? 'alarm' : ''}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-disabled=${this.busy ? 'true' : 'false'}
      ?disabled=${!this.available}
      @click=${this.handleClick}
    >
      <span part="icon">${this.renderIcon(pressed)}</span
      ><span part="label">${this.text}</span>${this.renderExtra()}
    </button>`;
  }
}
