// Type tests: checked by `tsc` in `npm run lint`, never run. Each `@ts-expect-error` line
// proves that a wrong use is refused; if it ever compiled, tsc would fail on the unused directive.
import type { RemoteParticipant, RtcError } from '../../src/index.js';
import {
  RtcParticipantJoinedEvent,
  SESSION_EVENT_CLASSES,
  type RtcEventMap,
} from '../../components/index.js';
import type { RtcRoom } from '../../components/room/room.js';

declare const room: RtcRoom;
declare function expectType<T>(value: T): void;

// A listener on an element gets the event's class, and its detail the core payload.
room.addEventListener('rtc-participant-joined', (event) => {
  expectType<RtcParticipantJoinedEvent>(event);
  expectType<RemoteParticipant>(event.detail.participant);
  // @ts-expect-error a participant-joined event carries no track
  expectType<MediaStreamTrack>(event.detail.track);
});
room.addEventListener('rtc-error', (event) => expectType<RtcError>(event.detail.error));
room.addEventListener('rtc-state-changed', (event) => {
  expectType<'idle' | 'joining' | 'joined' | 'leaving' | 'left'>(event.detail.state);
  // @ts-expect-error a session state is not a number
  expectType<number>(event.detail.previous);
});

// The events bubble and are composed, so document and window listeners are typed as well.
document.addEventListener('rtc-track-added', (event) => expectType<MediaStreamTrack>(event.detail.track));
window.addEventListener('rtc-unread-count-changed', (event) => expectType<number>(event.detail.count));

// The tag map: querySelector knows the element.
document.querySelector('rtc-room')?.addEventListener('rtc-participant-left', (event) => {
  expectType<RemoteParticipant>(event.detail.participant);
});

// A misspelled event name is a plain Event, with no detail.
// @ts-expect-error 'rtc-participant-joind' is not an rtc-elements event
room.addEventListener('rtc-participant-joind', (event) => event.detail);

// A listener written for another event's class is refused.
// @ts-expect-error rtc-participant-left does not deliver an RtcErrorEvent
room.addEventListener('rtc-participant-left', (event: RtcEventMap['rtc-error']) => event);

// Each class knows its DOM name, as a literal type.
expectType<'rtc-participant-joined'>(RtcParticipantJoinedEvent.eventName);
expectType<'rtc-error'>(SESSION_EVENT_CLASSES.error.eventName);
// @ts-expect-error the DOM names are kebab-case with the rtc- prefix
expectType<'participantJoined'>(RtcParticipantJoinedEvent.eventName);

// Events are made with their core payload only.
// @ts-expect-error a participant-joined event needs a participant
new RtcParticipantJoinedEvent({});
