/**
 * `rtc-elements/server`: the reference signaling server for Node, and the helpers an app's
 * back end needs beside it.
 */
export { createSignalingServer, type SignalingServer } from './server.js';
export type { AuthOptions, SignalingLimits, SignalingServerOptions } from './options.js';
export { createToken, type CreateTokenOptions } from './auth.js';
export { turnCredentials, type TurnCredentials, type TurnOptions } from './turn.js';
export { CLOSE_CODES, type IceServer } from '../src/signaling/protocol.js';
