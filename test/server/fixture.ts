import { after, afterEach, before } from 'node:test';
import {
  createSignalingServer,
  type SignalingServer,
  type SignalingServerOptions,
} from '../../server/index.js';
import { TestClient, type ConnectOptions } from '../helpers/ws-client.js';

export interface ServerFixture {
  /** The server of the enclosing `describe`, started in `before`. */
  readonly server: SignalingServer;
  /** A connected client, closed after the test. */
  connect(options?: ConnectOptions): Promise<TestClient>;
  /** A client that has joined `room` (join carrying `extra`, e.g. a token), closed after the test. */
  joined(room: string, extra?: Record<string, unknown>): Promise<{ client: TestClient; id: string }>;
}

/**
 * Starts one server on an ephemeral loopback port for the enclosing `describe` and closes it
 * afterwards; every client made through the fixture is closed after its test.
 *
 * Unless a test asks otherwise, the departure grace is 0: a socket that closes is answered
 * with its bye at once, as before the grace existed, so tests about other things need not wait.
 */
export function useServer(options: SignalingServerOptions = {}): ServerFixture {
  let server: SignalingServer | undefined;
  const clients: TestClient[] = [];

  before(async () => {
    server = await createSignalingServer({ port: 0, departureGraceMs: 0, ...options });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });
  after(async () => {
    await server?.close();
  });

  const current = (): SignalingServer => {
    if (!server) throw new Error('the server starts in before(); use it inside a test');
    return server;
  };
  return {
    get server() {
      return current();
    },
    async connect(connectOptions: ConnectOptions = {}) {
      const client = await TestClient.connect(current().url, connectOptions);
      clients.push(client);
      return client;
    },
    async joined(room: string, extra: Record<string, unknown> = {}) {
      const client = await TestClient.connect(current().url);
      clients.push(client);
      return { client, id: await client.join(room, extra) };
    },
  };
}

/** A valid `hello` body. */
export function hello(name = 'Ada'): {
  v: 1;
  type: 'hello';
  info: { name: string; microphoneMuted: boolean; cameraMuted: boolean; streams: Record<string, string> };
} {
  return {
    v: 1,
    type: 'hello',
    info: { name, microphoneMuted: false, cameraMuted: false, streams: {} },
  };
}

let rooms = 0;

/**
 * A room name no other test uses. With a departure grace, a client closed after one test
 * stays a ghost for a while, and its late bye must not land in the next test's room.
 */
export function freshRoom(prefix = 'room'): string {
  rooms += 1;
  return `${prefix}-${rooms}`;
}
