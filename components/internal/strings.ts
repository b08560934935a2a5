import type { RtcError } from '../../src/index.js';

/**
 * Every piece of text the elements show a person, in one place. Messages about errors are
 * chosen by the error's stable `code` (and `device`), never built from a remote peer's text.
 */
export const strings = {
  you: 'You',
  guest: 'Guest',
  microphoneOff: 'microphone off',
  videoOf: (name: string) => `Video of ${name}`,
  chat: 'Chat',
  chatLog: 'Chat messages',
  noMessages: 'No messages yet',
  message: 'Message',
  send: 'Send',
  to: 'To',
  everyone: 'Everyone',
  privateTo: (name: string) => `private, to ${name}`,
  privateFrom: 'private, to you',
  earlier: 'earlier',
  typing: (names: string[]) =>
    names.length === 1
      ? `${names[0]} is typing…`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are typing…`,
  react: 'React',
  // Starts with the chip's visible text, so speech input ("click 🎉 1") finds it.
  reactWith: (emoji: string, count: number) => `${emoji} ${count}: react with ${emoji}`,
  reactions: ['👍', '❤️', '😂', '🎉', '😮', '👏'],
  attach: 'Send a file',
  dropFiles: 'Drop files to send them',
  fileSize: (bytes: number) =>
    bytes < 1024
      ? `${bytes} B`
      : bytes < 1024 ** 2
        ? `${(bytes / 1024).toFixed(1)} KB`
        : `${(bytes / 1024 ** 2).toFixed(1)} MB`,
  fileOutgoing: (name: string) => `You send ${name}`,
  fileIncoming: (name: string) => `${name} sends you a file`,
  fileProgress: (name: string) => `Progress of ${name}`,
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
  previewOf: (name: string) => `Preview of ${name}`,
  joining: 'Joining…',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  signalingReconnecting: 'Reconnecting to the call server… The call goes on meanwhile.',
  waiting: 'Waiting for others to join',
  left: 'You left the call',
  notConfigured: 'Set the room and signaling attributes to start a call',
  error: (error: RtcError): string => {
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
  speaking: 'speaking',
  handRaised: 'Hand raised',
  reacted: (name: string, emoji: string) => `${name} reacted ${emoji}`,
  startAudio: 'Start audio',
  prejoin: 'Get ready to join',
  preview: 'Your camera preview',
  camera: 'Camera',
  microphone: 'Microphone',
  cameraOffPreview: 'Camera is off',
  yourName: 'Your name',
  microphoneLevel: 'Microphone level',
  join: 'Join',
  previewError: (device: 'camera' | 'microphone', reason: string): string => {
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
} as const;
