/** Which side panel a panel toggle opens and closes. */
export type RtcPanel = 'chat' | 'participants';

/**
 * `rtc-panel-toggle`: a panel toggle (`<rtc-chat-toggle>`, `<rtc-participants-toggle>`) was
 * pressed; `detail.open` is its new state. The page (or `<rtc-room>`) shows or hides the panel.
 */
export class RtcPanelToggleEvent extends Event {
  static readonly eventName = 'rtc-panel-toggle';
  readonly detail: { panel: RtcPanel; open: boolean };
  constructor(detail: { panel: RtcPanel; open: boolean }) {
    super(RtcPanelToggleEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rtc-panel-toggle': RtcPanelToggleEvent;
  }
}
