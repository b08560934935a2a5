#!/usr/bin/env node
/* eslint-disable no-console -- a command-line tool talks to its terminal */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSignalingServer } from './server.js';
import { isLoopbackHost, isWildcardHost, urlHost } from './url-host.js';

const USAGE = `Usage: rtc-elements-server [--port N] [--host H] [--serve DIR]

Runs the rtc-elements signaling server.

  --port N     TCP port to listen on (default 8080; 0 picks a free one)
  --host H     interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --serve DIR  also serve the files in DIR over HTTP, for the demo pages
  --help       show this help
`;

interface CliOptions {
  port: number;
  host: string;
  serve: string | undefined;
}

/** Thrown for a command line that cannot work; the message is meant for the user. */
class UsageError extends Error {}

function readOptions(args: string[]): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        serve: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const portText = values.port ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${portText}"`);
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  const serve = values.serve === undefined ? undefined : resolve(values.serve);
  if (serve !== undefined && !isFolder(serve)) {
    throw new UsageError(`--serve needs a folder, and ${serve} is not one`);
  }
  return { port, host, serve };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`rtc-elements-server: ${error.message}\nTry --help for usage.`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(USAGE.trimEnd());
    return;
  }

  const server = await createSignalingServer({
    port: options.port,
    host: options.host,
    ...(options.serve === undefined ? {} : { staticDir: options.serve }),
  });
  // Tools (the browser test runner among them) read the URL from this first line.
  console.log(`rtc-elements signaling server listening on ${server.url}`);
  if (options.serve !== undefined) {
    const demoHost =
      isLoopbackHost(options.host) || isWildcardHost(options.host) ? 'localhost' : urlHost(options.host);
    console.log(`Demo: open http://${demoHost}:${server.port}/demo/ in two browser tabs`);
  }

  // A second signal while closing gets Node's default handling: exit at once.
  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    server.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        console.error('rtc-elements-server: could not close cleanly:', error);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`rtc-elements-server: ${message}`);
  process.exitCode = 1;
});
