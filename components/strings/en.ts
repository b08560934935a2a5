import type { FileTransferState, RtcError } from '../../src/index.js';

/**
 * Every piece of text the elements show or announce to a person. Messages about errors are
 * chosen by the error's stable `code` (and `device`), never built from a remote peer's text.
 * Functions receive plain text (names, file names) and return plain text: it is always
 * rendered as text, never as HTML.
 */
export interface RtcStrings {
  /** Your own name on your tile and your chat messages. */
  you: string;
  /** The name of someone who did not give one. */
  guest: string;
  /** Beside a name whose microphone is off. */
  microphoneOff: string;
  /** The accessible name of a camera tile. */
  videoOf: (name: string) => string;
  /** The name tag and accessible name of someone else's screen-share tile. */
  screenOf: (name: string) => string;
  /** The name tag and accessible name of your own screen-share tile. */
  yourScreen: string;
  /** The accessible name of the tiles' area. */
  videos: string;
  /** The pin toggle of a tile (`name` is the tile's name: "Ada", "Ada's screen"). */
  pin: (name: string) => string;
  chat: string;
  chatLog: string;
  noMessages: string;
  message: string;
  send: string;
  to: string;
  everyone: string;
  privateTo: (name: string) => string;
  privateFrom: string;
  earlier: string;
  typing: (names: string[]) => string;
  react: string;
  reactWith: (emoji: string, count: number) => string;
  reactions: readonly string[];
  attach: string;
  dropFiles: string;
  fileSize: (bytes: number) => string;
  fileOutgoing: (name: string) => string;
  fileIncoming: (name: string) => string;
  fileProgress: (name: string) => string;
  fileState: Record<FileTransferState, string>;
  fileOfferedToYou: string;
  accept: string;
  decline: string;
  cancel: string;
  download: string;
  previewOf: (name: string) => string;
  joining: string;
  connecting: string;
  reconnecting: string;
  signalingReconnecting: string;
  waiting: string;
  left: string;
  notConfigured: string;
  /** Said to screen readers (politely) when someone joins. */
  announceJoined: (name: string) => string;
  /** Said to screen readers when someone leaves. */
  announceLeft: (name: string) => string;
  /** Said to screen readers when someone turns their microphone on or off. */
  announceMicrophone: (name: string, on: boolean) => string;
  /** Said to screen readers when someone turns their camera on or off. */
  announceCamera: (name: string, on: boolean) => string;
  /** The raised-hand badge on a tile. */
  handRaised: string;
  /** Said to screen readers when someone's reaction shows on their tile. */
  reacted: (name: string, emoji: string) => string;
  /** The button over a tile whose sound the browser blocked until the person interacts. */
  startAudio: string;
  /** The pre-join screen's heading. */
  prejoin: string;
  /** The accessible name of the pre-join camera preview. */
  preview: string;
  /** In the pre-join preview while the camera is off. */
  cameraOffPreview: string;
  /** The label of the name field before joining. */
  yourName: string;
  /** The accessible name of the pre-join microphone level meter. */
  microphoneLevel: string;
  /** The pre-join screen's button. */
  join: string;
  /** Why a device could not be previewed, by the browser's error name (`NotAllowedError`, …). */
  previewError: (device: 'camera' | 'microphone', reason: string) => string;
  /** A problem, in words, by its stable code. */
  error: (error: RtcError) => string;
  /** The microphone toggle's text. */
  controlMicrophone: string;
  /** The camera toggle's text. */
  controlCamera: string;
  /** The screen-share toggle's text. */
  controlShareScreen: string;
  /** The raise-hand toggle's text. */
  controlRaiseHand: string;
  /** The leave button's text. */
  controlLeave: string;
  /** The chat panel toggle's text. */
  controlChat: string;
  /** The participants panel toggle's text. */
  controlPeople: string;
  /** Read after the chat toggle's name while messages are unread. */
  controlUnread: (count: number) => string;
  /** The reactions button's text and the name of its menu. */
  controlReactions: string;
  /** The accessible name of one reaction in the menu. */
  controlReactWith: (emoji: string) => string;
  /** The accessible name of the controls toolbar. */
  controlsToolbar: string;
  /** The label of the camera list. */
  deviceCamera: string;
  /** The label of the microphone list. */
  deviceMicrophone: string;
  /** The label of the speaker list. */
  deviceSpeaker: string;
  /** The entry for the system's default device. */
  deviceDefault: string;
  /** The entry of a list with no devices. */
  deviceNone: string;
  /** The accessible name of the participant list. */
  peopleList: string;
  /** Your own row in the participant list (`name` may be empty). */
  peopleYou: (name: string) => string;
  /** A participant's microphone is off (the participant list). */
  peopleMicrophoneOff: string;
  /** A participant's camera is off (the participant list). */
  peopleCameraOff: string;
  /** A participant's hand is up (the participant list). */
  peopleHandRaised: string;
  /** A participant is speaking (the participant list). */
  peopleSpeaking: string;
  /** Your own row's button while your hand is down. */
  peopleRaiseHand: string;
  /** Your own row's button while your hand is up. */
  peopleLowerHand: string;
}

export const en: RtcStrings = {
  you: 'You',
  guest: 'Guest',
  microphoneOff: 'microphone off',
  videoOf: (name) => `Video of ${name}`,
  screenOf: (name) => `${name}’s screen`,
  yourScreen: 'Your screen',
  videos: 'Videos',
  pin: (name) => `Pin ${name}`,
  chat: 'Chat',
  chatLog: 'Chat messages',
  noMessages: 'No messages yet',
  message: 'Message',
  send: 'Send',
  to: 'To',
  everyone: 'Everyone',
  privateTo: (name) => `private, to ${name}`,
  privateFrom: 'private, to you',
  earlier: 'earlier',
  typing: (names) =>
    names.length === 1
      ? `${names[0]} is typing…`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are typing…`,
  react: 'React',
  // Starts with the chip's visible text, so speech input ("click 🎉 1") finds it.
  reactWith: (emoji, count) => `${emoji} ${count}: react with ${emoji}`,
  reactions: ['👍', '❤️', '😂', '🎉', '😮', '👏'],
  attach: 'Send a file',
  dropFiles: 'Drop files to send them',
  fileSize: (bytes) =>
    bytes < 1024
      ? `${bytes} B`
      : bytes < 1024 ** 2
        ? `${(bytes / 1024).toFixed(1)} KB`
        : `${(bytes / 1024 ** 2).toFixed(1)} MB`,
  fileOutgoing: (name) => `You send ${name}`,
  fileIncoming: (name) => `${name} sends you a file`,
  fileProgress: (name) => `Progress of ${name}`,
  fileState: {
    offered: 'Waiting for an answer…',
    transferring: 'Transferring…',
    completed: 'Done',
    declined: 'Declined',
    cancelled: 'Cancelled',
    failed: 'Failed',
  },
  fileOfferedToYou: 'Accept it to receive it, or decline',
  accept: 'Accept',
  decline: 'Decline',
  cancel: 'Cancel',
  download: 'Download',
  previewOf: (name) => `Preview of ${name}`,
  joining: 'Joining…',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  signalingReconnecting: 'Reconnecting to the call server… The call goes on meanwhile.',
  waiting: 'Waiting for others to join',
  left: 'You left the call',
  notConfigured: 'Set the room and signaling attributes to start a call',
  announceJoined: (name) => `${name} joined`,
  announceLeft: (name) => `${name} left`,
  announceMicrophone: (name, on) => `${name}’s microphone is ${on ? 'on' : 'off'}`,
  announceCamera: (name, on) => `${name}’s camera is ${on ? 'on' : 'off'}`,
  error: (error) => {
    const device = error.device === 'microphone' ? 'microphone' : 'camera';
    if (error.device === 'screen') {
      return error.code === 'permission-denied'
        ? 'Screen sharing was cancelled or blocked.'
        : error.code === 'not-supported'
          ? 'This browser cannot share the screen.'
          : 'Your screen could not be shared.';
    }
    switch (error.code) {
      case 'device-lost':
        // Built by the core from our own words and the browser's device labels, shown as text.
        return `${error.message}.`;
      case 'not-supported':
        return error.device === 'speaker'
          ? 'This browser cannot choose the speaker.'
          : 'This browser cannot do that.';
      case 'permission-denied':
        return `Access to your ${device} was blocked. You joined without it; allow it in your browser to be seen or heard.`;
      case 'device-not-found':
        return `No ${device} was found. You joined without it.`;
      case 'device-in-use':
        return `Your ${device} is in use by another program. You joined without it.`;
      case 'media-failed':
        return `Your ${device} could not be started. You joined without it.`;
      case 'signaling-unreachable':
        return 'Could not connect to the call. Check the address and your network, then try again.';
      case 'unauthorized':
        return 'You are not allowed into this call: the access token was refused.';
      case 'room-full':
        return 'This call is full.';
      case 'ice-failed':
        // Built by the core from our own words and the participant's name, shown as text.
        return `${error.message}.`;
      case 'invalid-options':
        return `This call is not set up correctly: ${error.message}`;
      default:
        return 'Something went wrong in the call.';
    }
  },
  handRaised: 'Hand raised',
  reacted: (name, emoji) => `${name} reacted ${emoji}`,
  startAudio: 'Start audio',
  prejoin: 'Get ready to join',
  preview: 'Your camera preview',
  cameraOffPreview: 'Camera is off',
  yourName: 'Your name',
  microphoneLevel: 'Microphone level',
  join: 'Join',
  previewError: (device, reason) => {
    switch (reason) {
      case 'NotAllowedError':
      case 'SecurityError':
        return `Access to your ${device} was blocked. It stays off; allow it in your browser to use it.`;
      case 'NotFoundError':
      case 'OverconstrainedError':
        return `No ${device} was found. It stays off.`;
      case 'NotReadableError':
        return `Your ${device} is in use by another program. It stays off.`;
      default:
        return `Your ${device} could not be started. It stays off.`;
    }
  },
  controlMicrophone: 'Microphone',
  controlCamera: 'Camera',
  controlShareScreen: 'Share screen',
  controlRaiseHand: 'Raise hand',
  controlLeave: 'Leave',
  controlChat: 'Chat',
  controlPeople: 'People',
  controlUnread: (count) => `${count} unread`,
  controlReactions: 'Reactions',
  controlReactWith: (emoji) => `Send ${emoji} to everyone`,
  controlsToolbar: 'Call controls',
  deviceCamera: 'Camera',
  deviceMicrophone: 'Microphone',
  deviceSpeaker: 'Speaker',
  deviceDefault: 'Default',
  deviceNone: 'None found',
  peopleList: 'People in the call',
  peopleYou: (name) => (name ? `${name} (you)` : 'You'),
  peopleMicrophoneOff: 'microphone off',
  peopleCameraOff: 'camera off',
  peopleHandRaised: 'hand raised',
  peopleSpeaking: 'speaking',
  peopleRaiseHand: 'Raise hand',
  peopleLowerHand: 'Lower hand',
};
