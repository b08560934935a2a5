/**
 * The keyboard shortcuts of `<rtc-controls>`. Each is `[Mod+][Ctrl+][Alt+][Shift+]Key`, where
 * `Key` is a `KeyboardEvent.key` (any case) or `Space`, and `Mod` is Ctrl, or ⌘ on a Mac. An
 * empty string turns one off.
 */
export interface ControlShortcuts {
  /** Turns the microphone on or off. */
  microphone: string;
  /** Turns the camera on or off. */
  camera: string;
  /** Held while the microphone is off, unmutes it until released (push-to-talk). */
  pushToTalk: string;
}

/** The defaults: those of Google Meet, and Space for push-to-talk. */
export const DEFAULT_SHORTCUTS: ControlShortcuts = {
  microphone: 'Mod+D',
  camera: 'Mod+E',
  pushToTalk: 'Space',
};

/** Whether `event` is the key combination `combo`. */
export function matchesShortcut(event: KeyboardEvent, combo: string): boolean {
  if (!combo) return false;
  const parts = combo.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  const keyMatches =
    key === 'space' ? event.code === 'Space' || event.key === ' ' : event.key.toLowerCase() === key;
  const command = event.ctrlKey || event.metaKey;
  const wantsCommand = mods.has('mod') || mods.has('ctrl') || mods.has('meta');
  return (
    keyMatches &&
    command === wantsCommand &&
    (!mods.has('ctrl') || event.ctrlKey) &&
    (!mods.has('meta') || event.metaKey) &&
    event.altKey === mods.has('alt') &&
    event.shiftKey === mods.has('shift')
  );
}

/** The element a key event is really aimed at, inside shadow roots. */
function targetOf(event: Event): Element | undefined {
  const target = event.composedPath()[0];
  return target instanceof Element ? target : undefined;
}

/** True while typing in a text field: no shortcut may take those keys. */
export function isTyping(event: Event): boolean {
  const target = targetOf(event);
  if (!target) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.matches('input, textarea, select');
}

/** True when Space would press what has focus (a button, a link, a checkbox…). */
export function spaceActivates(event: Event): boolean {
  return Boolean(
    targetOf(event)?.closest('button, a[href], summary, [role=button], [role=checkbox], input, select'),
  );
}
