/**
 * The element classes and their DOM event classes, without registering anything.
 * Import `rtc-elements/components/define.js` (or one element's module) to register tags.
 */
export { RtcRoom } from './room/room.component.js';
export { RtcLayout, type LayoutMode } from './layout/layout.component.js';
export { RtcVideo, type VideoSource } from './video/video.component.js';
export { RtcChat } from './chat/chat.component.js';
export { gridFor, type Grid } from './layout/grid.js';
export { speakerFor, type SpeakerLayout } from './layout/speaker.js';
export * from './events/events.js';
export * from './events/element-events.js';
export { sessionContext } from './internal/session-context.js';
export { en, type RtcStrings } from './strings/en.js';
export { de } from './strings/de.js';
export { setStrings, resetStrings, stringsFor, type RtcStringsOverride } from './strings/strings.js';
