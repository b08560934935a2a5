/**
 * React components for the rtc-elements elements (`rtc-elements/react`). Importing this module
 * registers the elements. It touches no browser global, so server rendering can import it.
 *
 * @example
 * <RtcRoom room="standup" signaling="wss://example.com/signal" name="Ada"
 *   onRtcParticipantJoined={(event) => console.log(event.detail.participant.name)} />
 */
import { RtcChat as RtcChatElement } from '../components/chat/chat.js';
import { RtcRoom as RtcRoomElement } from '../components/room/room.js';
import { RtcVideo as RtcVideoElement } from '../components/video/video.js';
import { wrap } from './wrap.js';

export type { RtcComponent, RtcComponentProps } from './wrap.js';

/** `<rtc-room>`: a whole call. Every session event arrives as an `onRtc…` prop. */
export const RtcRoom = wrap('rtc-room', RtcRoomElement);
/** `<rtc-video>`: one participant's video tile. */
export const RtcVideo = wrap('rtc-video', RtcVideoElement);
/** `<rtc-chat>`: the chat. */
export const RtcChat = wrap('rtc-chat', RtcChatElement);
