/** The localStorage key `<rtc-prejoin>` keeps the last choices under. */
export const STORAGE_KEY = 'rtc-elements:prejoin';

/** What `<rtc-prejoin>` remembers between visits. */
export interface RememberedChoices {
  name?: string;
  cameraId?: string;
  microphoneId?: string;
  cameraOn?: boolean;
  microphoneOn?: boolean;
}

/**
 * Reads the remembered choices, keeping only fields of the right type: storage is shared with
 * the rest of the page's origin and may hold anything. Storage can also be blocked (privacy
 * settings, sandboxed frames); then nothing is remembered.
 */
export function readChoices(): RememberedChoices {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const record = raw as Record<string, unknown>;
  const choices: RememberedChoices = {};
  for (const key of ['name', 'cameraId', 'microphoneId'] as const) {
    if (typeof record[key] === 'string') choices[key] = (record[key] as string).slice(0, 256);
  }
  for (const key of ['cameraOn', 'microphoneOn'] as const) {
    if (typeof record[key] === 'boolean') choices[key] = record[key] as boolean;
  }
  return choices;
}

export function writeChoices(choices: RememberedChoices): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choices));
  } catch {
    // Storage full or blocked: the choice still applies to this join.
  }
}
