import type { WebSocket } from 'ws';
import {
  CLOSE_CODES,
  PROTOCOL_LIMITS,
  PROTOCOL_VERSION,
  type ServerErrorCode,
  type ServerMessage,
} from '../src/signaling/protocol.js';
import type { Refusal } from './limits.js';
import type { ServerMetrics } from './metrics.js';

/**
 * Everything the server sends goes through here, so that every send is counted, a socket that
 * is not open is skipped, and a socket that does not read cannot make the server buffer
 * without bound.
 */
export class Outbox {
  constructor(
    private readonly maxBufferedBytes: number,
    private readonly metrics: ServerMetrics,
  ) {}

  send(socket: WebSocket, message: ServerMessage): void {
    this.sendText(socket, JSON.stringify(message));
  }

  /**
   * Sends to an open socket; one that is closing or closed is skipped, not an error. A socket
   * with more than `maxBufferedBytes` still unsent is cut instead: its reader has stopped (or
   * is far too slow), and every further byte for it would sit in this process's memory.
   */
  sendText(socket: WebSocket, text: string): void {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > this.maxBufferedBytes) {
      this.metrics.slowConsumerCloses.inc();
      cut(socket, CLOSE_CODES.slowConsumer, 'too slow: the server stopped buffering for this connection');
      return;
    }
    // A failed write surfaces as the socket's 'error' and 'close' events, which the relay handles.
    socket.send(text, ignore);
    this.metrics.messagesSent.inc();
  }

  sendError(socket: WebSocket, code: ServerErrorCode, message: string): void {
    this.metrics.countError(code);
    this.send(socket, {
      v: PROTOCOL_VERSION,
      type: 'error',
      code,
      message: message.slice(0, PROTOCOL_LIMITS.maxErrorMessageLength),
    });
  }

  /**
   * Tells the client why, then closes with the matching code. A client that does not answer
   * the closing handshake is cut by ws after the server's `closeTimeout`.
   */
  refuse(socket: WebSocket, refusal: Refusal): void {
    this.sendError(socket, refusal.errorCode, refusal.message);
    if (socket.readyState === socket.OPEN) socket.close(refusal.closeCode, refusal.message.slice(0, 120));
  }
}

/**
 * Ends a socket now. The close frame is a courtesy that reaches a peer which is still reading;
 * the socket is destroyed at once either way, freeing whatever was queued for it.
 */
export function cut(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState === socket.OPEN) socket.close(code, reason);
  socket.terminate();
}

function ignore(): void {}
