/** Registers every rtc-elements tag. This is the entry of the script-tag bundle. */
import './room/room.js';
import './layout/layout.js';
import './video/video.js';
import './chat/chat.js';

export * from './index.js';
