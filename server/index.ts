/**
 * `rtc-elements/server`: the reference signaling server for Node.
 */
export { createSignalingServer, type SignalingServer, type SignalingServerOptions } from './server.js';
export type { IceServer } from '../src/signaling/protocol.js';
