/** Registers every rtc-elements tag. This is the entry of the script-tag bundle. */
import './room/room.js';
import './layout/layout.js';
import './video/video.js';
import './chat/chat.js';
import './microphone-toggle/microphone-toggle.js';
import './camera-toggle/camera-toggle.js';
import './screen-share-toggle/screen-share-toggle.js';
import './hand-toggle/hand-toggle.js';
import './leave-button/leave-button.js';
import './chat-toggle/chat-toggle.js';
import './participants-toggle/participants-toggle.js';
import './controls/controls.js';
import './device-select/device-select.js';
import './participants/participants.js';
import './prejoin/prejoin.js';

export * from './index.js';
