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
export { RtcMicrophoneToggle } from './microphone-toggle/microphone-toggle.component.js';
export { RtcCameraToggle } from './camera-toggle/camera-toggle.component.js';
export { RtcScreenShareToggle } from './screen-share-toggle/screen-share-toggle.component.js';
export { RtcHandToggle } from './hand-toggle/hand-toggle.component.js';
export { RtcLeaveButton } from './leave-button/leave-button.component.js';
export { RtcChatToggle } from './chat-toggle/chat-toggle.component.js';
export { RtcParticipantsToggle } from './participants-toggle/participants-toggle.component.js';
export { RtcControls } from './controls/controls.component.js';
export type { ControlShortcuts } from './controls/shortcuts.js';
export { RtcDeviceSelect } from './device-select/device-select.component.js';
export { RtcParticipants } from './participants/participants.component.js';
export { RtcPrejoin } from './prejoin/prejoin.component.js';
export * from './events/events.js';
export * from './events/element-events.js';
export { sessionContext } from './internal/session-context.js';
export { en, type RtcStrings } from './strings/en.js';
export { setStrings, resetStrings, stringsFor, type RtcStringsOverride } from './strings/strings.js';
