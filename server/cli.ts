#!/usr/bin/env node
/* eslint-disable no-console -- a command-line tool talks to its terminal */
import { createToken } from './auth.js';
import { USAGE, UsageError, parseCommandLine, type Command } from './cli-options.js';
import { createSignalingServer } from './server.js';
import { isLoopbackHost, isWildcardHost, urlHost } from './url-host.js';

async function main(): Promise<void> {
  let command: Command;
  try {
    command = parseCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    failUsage(error.message);
    return;
  }
  if (command.kind === 'help') {
    console.log(USAGE.trimEnd());
    return;
  }
  try {
    if (command.kind === 'token') console.log(await createToken(command.options));
    else await serve(command);
  } catch (error) {
    // The server and createToken check their options and say what is wrong with a RangeError.
    if (!(error instanceof RangeError)) throw error;
    failUsage(error.message);
  }
}

async function serve({ options, serve }: Extract<Command, { kind: 'serve' }>): Promise<void> {
  const server = await createSignalingServer(options);
  // Tools (the browser test runner among them) read the URL from this first line.
  console.log(`rtc-elements signaling server listening on ${server.url}`);
  if (serve !== undefined) {
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

function failUsage(message: string): void {
  console.error(`rtc-elements-server: ${message}\nTry --help for usage.`);
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`rtc-elements-server: ${message}`);
  process.exitCode = 1;
});
