import { RtcError } from '../errors.js';
import { parsePeerMessage, type PeerMessage } from './protocol.js';
import type { SignalingAdapter, SignalingContext, Welcome } from './signaling-adapter.js';

export interface BroadcastChannelSignalingOptions {
  /** Prefix of the `BroadcastChannel` name; the room is appended. Default `rtc-elements`. */
  channelPrefix?: string;
}

/**
 * Signaling between the tabs (and frames) of one browser on one origin, with no server at all.
 *
 * @example
 * const session = new Session({ room: 'pair', signaling: createBroadcastChannelSignaling() });
 */
export function createBroadcastChannelSignaling(
  options: BroadcastChannelSignalingOptions = {},
): SignalingAdapter {
  const prefix = options.channelPrefix ?? 'rtc-elements';
  let joined: { channel: BroadcastChannel; id: string; ctx: SignalingContext } | undefined;

  const disconnect = async (): Promise<void> => {
    if (!joined) return;
    const { channel, ctx } = joined;
    joined = undefined;
    channel.close();
    ctx.setState('closed');
  };

  return {
    async connect(ctx: SignalingContext): Promise<Welcome> {
      if (joined) throw new RtcError('invalid-state', 'this adapter is already connected');
      if (typeof BroadcastChannel !== 'function') {
        throw new RtcError('signaling-unreachable', 'this browser has no BroadcastChannel');
      }
      ctx.setState('connecting');
      const channel = new BroadcastChannel(`${prefix}/${ctx.roomId}`);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        const result = parsePeerMessage(event.data);
        if (!result.ok) {
          ctx.reportError(new RtcError('bad-message', `broadcast signaling: ${result.reason}`));
          return;
        }
        const message = result.message;
        // Every tab hears everything on the channel; directed messages are filtered here.
        if (message.from === ctx.selfId || (message.to !== undefined && message.to !== ctx.selfId)) {
          return;
        }
        ctx.receive(message);
      };
      channel.onmessageerror = () => {
        ctx.reportError(new RtcError('bad-message', 'broadcast signaling: a message could not be read'));
      };
      joined = { channel, id: ctx.selfId, ctx };
      ctx.signal.addEventListener('abort', () => void disconnect(), { once: true });
      ctx.setState('open');
      return { selfId: ctx.selfId };
    },

    async send(message: PeerMessage): Promise<void> {
      if (!joined) throw new RtcError('signaling-closed', 'broadcast signaling is not connected');
      joined.channel.postMessage({ ...message, from: joined.id });
    },

    disconnect,
  };
}
