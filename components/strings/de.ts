// German, complete. Not in the script-tag bundle: a page that wants it adds it, which also
// makes it the table for `lang="de"` (and `de-AT`, `de-CH`, …):
//   import { de } from 'rtc-elements/strings/de.js'; // or …/dist/components/strings/de.js
//   setStrings(de, 'de');
// It imports nothing at run time, so the file works beside the script-tag bundle as it is.
import type { RtcStrings } from './en.js';

const number = new Intl.NumberFormat('de', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Kamera (feminine) and Mikrofon (neuter) take different articles, so each has its own words. */
const DEVICE = {
  camera: { your: 'Deine Kamera', yourAccusative: 'deine Kamera', none: 'keine Kamera', bare: 'Kamera' },
  microphone: {
    your: 'Dein Mikrofon',
    yourAccusative: 'dein Mikrofon',
    none: 'kein Mikrofon',
    bare: 'Mikrofon',
  },
} as const;

/** German, complete: every text in {@link RtcStrings}. */
export const de: RtcStrings = {
  you: 'Du',
  guest: 'Gast',
  microphoneOff: 'Mikrofon aus',
  videoOf: (name) => `Video von ${name}`,
  screenOf: (name) => `Bildschirm von ${name}`,
  yourScreen: 'Dein Bildschirm',
  videos: 'Videos',
  pin: (name) => `${name} anheften`,
  chat: 'Chat',
  chatLog: 'Chatnachrichten',
  noMessages: 'Noch keine Nachrichten',
  message: 'Nachricht',
  send: 'Senden',
  to: 'An',
  everyone: 'Alle',
  privateTo: (name) => `privat, an ${name}`,
  privateFrom: 'privat, an dich',
  earlier: 'früher',
  typing: (names) =>
    names.length === 1
      ? `${names[0]} schreibt…`
      : `${names.slice(0, -1).join(', ')} und ${names.at(-1)} schreiben…`,
  react: 'Reagieren',
  reactWith: (emoji, count) => `${emoji} ${count}: mit ${emoji} reagieren`,
  reactions: ['👍', '❤️', '😂', '🎉', '😮', '👏'],
  attach: 'Datei senden',
  dropFiles: 'Dateien hier ablegen, um sie zu senden',
  fileSize: (bytes) =>
    bytes < 1024
      ? `${bytes} B`
      : bytes < 1024 ** 2
        ? `${number.format(bytes / 1024)} KB`
        : `${number.format(bytes / 1024 ** 2)} MB`,
  fileOutgoing: (name) => `Du sendest ${name}`,
  fileIncoming: (name) => `${name} sendet dir eine Datei`,
  fileProgress: (name) => `Fortschritt von ${name}`,
  fileState: {
    offered: 'Warte auf Antwort…',
    transferring: 'Wird übertragen…',
    completed: 'Fertig',
    declined: 'Abgelehnt',
    cancelled: 'Abgebrochen',
    failed: 'Fehlgeschlagen',
  },
  fileOfferedToYou: 'Nimm die Datei an, um sie zu empfangen, oder lehne sie ab',
  accept: 'Annehmen',
  decline: 'Ablehnen',
  cancel: 'Abbrechen',
  download: 'Herunterladen',
  previewOf: (name) => `Vorschau von ${name}`,
  joining: 'Beitreten…',
  connecting: 'Verbinden…',
  reconnecting: 'Verbindung wird wiederhergestellt…',
  signalingReconnecting:
    'Verbindung zum Anrufserver wird wiederhergestellt… Der Anruf läuft so lange weiter.',
  waiting: 'Warte, bis andere beitreten',
  left: 'Du hast den Anruf verlassen',
  notConfigured: 'Setze die Attribute room und signaling, um einen Anruf zu starten',
  announceJoined: (name) => `${name} ist beigetreten`,
  announceLeft: (name) => `${name} hat den Anruf verlassen`,
  announceMicrophone: (name, on) => `Mikrofon von ${name} ist ${on ? 'an' : 'aus'}`,
  announceCamera: (name, on) => `Kamera von ${name} ist ${on ? 'an' : 'aus'}`,
  announceHand: (name, raised) => `${name} hat die Hand ${raised ? 'gehoben' : 'gesenkt'}`,
  rejoin: 'Erneut beitreten',
  error: (error) => {
    const device = DEVICE[error.device === 'microphone' ? 'microphone' : 'camera'];
    if (error.device === 'screen') {
      return error.code === 'permission-denied'
        ? 'Die Bildschirmfreigabe wurde abgebrochen oder blockiert.'
        : error.code === 'not-supported'
          ? 'Dieser Browser kann den Bildschirm nicht freigeben.'
          : 'Dein Bildschirm konnte nicht freigegeben werden.';
    }
    switch (error.code) {
      case 'device-lost':
        // The core's English words with the browser's device labels, shown as text.
        return `${error.message}.`;
      case 'not-supported':
        return error.device === 'speaker'
          ? 'Dieser Browser kann den Lautsprecher nicht auswählen.'
          : 'Das kann dieser Browser nicht.';
      case 'permission-denied':
        return `Der Zugriff auf ${device.yourAccusative} wurde blockiert. Du bist ohne ${device.bare} beigetreten; erlaube den Zugriff im Browser, um gesehen oder gehört zu werden.`;
      case 'device-not-found':
        return `Es wurde ${device.none} gefunden. Du bist ohne ${device.bare} beigetreten.`;
      case 'device-in-use':
        return `${device.your} wird von einem anderen Programm verwendet. Du bist ohne ${device.bare} beigetreten.`;
      case 'media-failed':
        return `${device.your} konnte nicht gestartet werden. Du bist ohne ${device.bare} beigetreten.`;
      case 'signaling-unreachable':
        return 'Keine Verbindung zum Anruf. Prüfe die Adresse und dein Netzwerk und versuche es dann erneut.';
      case 'unauthorized':
        return 'Du darfst diesem Anruf nicht beitreten: Das Zugangstoken wurde abgelehnt.';
      case 'room-full':
        return 'Dieser Anruf ist voll.';
      case 'ice-failed':
        // The core's own (English) words with the participant's name, shown as text.
        return `${error.message}.`;
      case 'invalid-options':
        return `Dieser Anruf ist nicht richtig eingerichtet: ${error.message}`;
      default:
        return 'Im Anruf ist etwas schiefgelaufen.';
    }
  },
  handRaised: 'Hand gehoben',
  reacted: (name, emoji) => `${name} hat mit ${emoji} reagiert`,
  startAudio: 'Ton starten',
  prejoin: 'Bereit zum Beitreten',
  preview: 'Vorschau deiner Kamera',
  cameraOffPreview: 'Die Kamera ist aus',
  yourName: 'Dein Name',
  microphoneLevel: 'Mikrofonpegel',
  join: 'Beitreten',
  previewError: (kind, reason) => {
    const device = DEVICE[kind];
    switch (reason) {
      case 'NotAllowedError':
      case 'SecurityError':
        return `Der Zugriff auf ${device.yourAccusative} wurde blockiert; erlaube ihn im Browser.`;
      case 'NotFoundError':
      case 'OverconstrainedError':
        return `Es wurde ${device.none} gefunden.`;
      case 'NotReadableError':
        return `${device.your} wird von einem anderen Programm verwendet.`;
      default:
        return `${device.your} konnte nicht gestartet werden.`;
    }
  },
  controlMicrophone: 'Mikrofon',
  controlCamera: 'Kamera',
  controlShareScreen: 'Bildschirm teilen',
  controlRaiseHand: 'Hand heben',
  controlLeave: 'Verlassen',
  controlChat: 'Chat',
  controlPeople: 'Teilnehmende',
  controlUnread: (count) => `${count} ungelesen`,
  controlReactions: 'Reaktionen',
  controlReactWith: (emoji) => `${emoji} an alle senden`,
  controlsToolbar: 'Anrufsteuerung',
  deviceCamera: 'Kamera',
  deviceMicrophone: 'Mikrofon',
  deviceSpeaker: 'Lautsprecher',
  deviceDefault: 'Standard',
  deviceNone: 'Keine gefunden',
  peopleList: 'Teilnehmende im Anruf',
  peopleYou: (name) => (name ? `${name} (du)` : 'Du'),
  peopleMicrophoneOff: 'Mikrofon aus',
  peopleCameraOff: 'Kamera aus',
  peopleHandRaised: 'Hand gehoben',
  peopleSpeaking: 'spricht',
  peopleRaiseHand: 'Hand heben',
  peopleLowerHand: 'Hand senken',
};
