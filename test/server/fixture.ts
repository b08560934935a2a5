import { after, afterEach, before } from 'node:test';
import {
  createSignalingServer,
  type SignalingServer,
  type SignalingServerOptions,
} from '../../server/index.js';
import { TestClient } from '../helpers/ws-client.js';

export interface ServerFixture {
  /** The server of the enclosing `describe`, started in `before`. */
  readonly server: SignalingServer;
  /** A connected client, closed after the test. */
  connect(): Promise<TestClient>;
  /** A client that has joined `room`, closed after the test. */
  joined(room: string): Promise<{ client: TestClient; id: string }>;
}

/**
 * Starts one server on an ephemeral loopback port for the enclosing `describe` and closes it
 * afterwards; every client made through the fixture is closed after its test.
 */
export function useServer(options: SignalingServerOptions = {}): ServerFixture {
  let server: SignalingServer | undefined;
  const clients: TestClient[] = [];

  before(async () => {
    server = await createSignalingServer({ port: 0, ...options });
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
    async connect() {
      const client = await TestClient.connect(current().url);
      clients.push(client);
      return client;
    },
    async joined(room: string) {
      const client = await TestClient.connect(current().url);
      clients.push(client);
      return { client, id: await client.join(room) };
    },
  };
}

/** A valid `hello` body. */
export function hello(name = 'Ada'): Record<string, unknown> {
  return {
    v: 1,
    type: 'hello',
    info: { name, microphoneMuted: false, cameraMuted: false, streams: {} },
  };
}
