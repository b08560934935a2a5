/**
 * React components for the rtc-elements elements (`rtc-elements/react`): one per element, named
 * after its class (`<rtc-controls>` → `RtcControls`), with the element's properties as props and
 * an `onRtc…` prop for each event it fires. Importing this module registers the elements. It
 * touches no browser global, so server rendering can import it.
 * test/package/framework-wrappers.test.ts fails when an element of custom-elements.json has no
 * component here.
 *
 * @example
 * <RtcRoom room="standup" signaling="wss://example.com/signal" name="Ada"
 *   onRtcParticipantJoined={(event) => console.log(event.detail.participant.name)} />
 */
import { RtcCameraToggle as RtcCameraToggleElement } from '../components/camera-toggle/camera-toggle.js';
import { RtcChatToggle as RtcChatToggleElement } from '../components/chat-toggle/chat-toggle.js';
import { RtcChat as RtcChatElement } from '../components/chat/chat.js';
import { RtcControls as RtcControlsElement } from '../components/controls/controls.js';
import { RtcDeviceSelect as RtcDeviceSelectElement } from '../components/device-select/device-select.js';
import { RtcHandToggle as RtcHandToggleElement } from '../components/hand-toggle/hand-toggle.js';
import { RtcLayout as RtcLayoutElement } from '../components/layout/layout.js';
import { RtcLeaveButton as RtcLeaveButtonElement } from '../components/leave-button/leave-button.js';
import { RtcMicrophoneToggle as RtcMicrophoneToggleElement } from '../components/microphone-toggle/microphone-toggle.js';
import { RtcParticipantsToggle as RtcParticipantsToggleElement } from '../components/participants-toggle/participants-toggle.js';
import { RtcParticipants as RtcParticipantsElement } from '../components/participants/participants.js';
import { RtcPrejoin as RtcPrejoinElement } from '../components/prejoin/prejoin.js';
import { RtcRoom as RtcRoomElement } from '../components/room/room.js';
import { RtcScreenShareToggle as RtcScreenShareToggleElement } from '../components/screen-share-toggle/screen-share-toggle.js';
import { RtcVideo as RtcVideoElement } from '../components/video/video.js';
import { wrap } from './wrap.js';

export type { RtcComponent, RtcComponentProps } from './wrap.js';

/** `<rtc-room>`: a whole call. Every session event arrives as an `onRtc…` prop. */
export const RtcRoom = wrap('rtc-room', RtcRoomElement);
/** `<rtc-layout>`: the video tiles in a grid or a speaker layout (`onRtcPinnedChanged`). */
export const RtcLayout = wrap('rtc-layout', RtcLayoutElement);
/** `<rtc-video>`: one participant's video tile. */
export const RtcVideo = wrap('rtc-video', RtcVideoElement);
/** `<rtc-chat>`: the chat. */
export const RtcChat = wrap('rtc-chat', RtcChatElement);
/** `<rtc-prejoin>`: camera preview, devices and name before a call (`onRtcPrejoinJoin`). */
export const RtcPrejoin = wrap('rtc-prejoin', RtcPrejoinElement);
/** `<rtc-controls>`: the call toolbar (`onRtcPanelToggle`, `onRtcRequestLeave`, `onRtcError`). */
export const RtcControls = wrap('rtc-controls', RtcControlsElement);
/** `<rtc-microphone-toggle>`: microphone on/off. */
export const RtcMicrophoneToggle = wrap('rtc-microphone-toggle', RtcMicrophoneToggleElement);
/** `<rtc-camera-toggle>`: camera on/off. */
export const RtcCameraToggle = wrap('rtc-camera-toggle', RtcCameraToggleElement);
/** `<rtc-screen-share-toggle>`: screen share start/stop. */
export const RtcScreenShareToggle = wrap('rtc-screen-share-toggle', RtcScreenShareToggleElement);
/** `<rtc-hand-toggle>`: raise or lower your hand. */
export const RtcHandToggle = wrap('rtc-hand-toggle', RtcHandToggleElement);
/** `<rtc-leave-button>`: leave the call (`onRtcRequestLeave`, cancelable). */
export const RtcLeaveButton = wrap('rtc-leave-button', RtcLeaveButtonElement);
/** `<rtc-chat-toggle>`: shows or hides the chat panel (`onRtcPanelToggle`). */
export const RtcChatToggle = wrap('rtc-chat-toggle', RtcChatToggleElement);
/** `<rtc-participants-toggle>`: shows or hides the participants panel (`onRtcPanelToggle`). */
export const RtcParticipantsToggle = wrap('rtc-participants-toggle', RtcParticipantsToggleElement);
/** `<rtc-device-select>`: camera, microphone and speaker choice. */
export const RtcDeviceSelect = wrap('rtc-device-select', RtcDeviceSelectElement);
/** `<rtc-participants>`: the list of participants, with raise/lower hand. */
export const RtcParticipants = wrap('rtc-participants', RtcParticipantsElement);
