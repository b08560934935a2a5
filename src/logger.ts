/** How much the SDK writes to the console. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Where the SDK's diagnostics go. Pass your own to `SessionOptions.logger` to route them elsewhere. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/**
 * A logger that writes to the console at `level` and above, each line prefixed with `[name]`.
 * Every session makes its own, so two sessions can log at different levels.
 */
export function createConsoleLogger(name: string, level: LogLevel = 'warn'): Logger {
  const prefix = `[rtc-elements ${name}]`;
  const at =
    (wanted: Exclude<LogLevel, 'silent'>) =>
    (message: string, ...details: unknown[]): void => {
      // eslint-disable-next-line no-console -- this is the one place the SDK writes to the console
      if (RANK[wanted] >= RANK[level]) console[wanted](`${prefix} ${message}`, ...details);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
