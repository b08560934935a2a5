/**
 * The element classes and their DOM event classes, without registering anything.
 * Import `rtc-elements/components/define.js` (or one element's module) to register tags.
 */
export { RtcRoom } from './room/room.component.js';
export { RtcVideo } from './video/video.component.js';
export { RtcChat } from './chat/chat.component.js';
export * from './events/events.js';
export * from './events/element-events.js';
export { sessionContext } from './internal/session-context.js';
