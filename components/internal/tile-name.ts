import type { Participant } from '../../src/index.js';
import type { RtcStrings } from '../strings/en.js';

/**
 * What a tile is called, on its name tag and to screen readers: the person ("You" for
 * yourself), or their screen ("Your screen", "Ada's screen").
 */
export function tileName(strings: RtcStrings, participant: Participant | undefined, source: string): string {
  if (participant?.isLocal) return source === 'screen' ? strings.yourScreen : strings.you;
  const person = participant?.name || strings.guest;
  return source === 'screen' ? strings.screenOf(person) : person;
}

/** The person's own name on any of their tiles ("You" for yourself). */
export function personName(strings: RtcStrings, participant: Participant | undefined): string {
  return participant?.isLocal ? strings.you : participant?.name || strings.guest;
}
