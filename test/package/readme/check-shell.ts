// Checks shell commands against the project: `npm run X` / `npm test` name scripts in
// package.json, `npx X` a bin of this package or an installed tool, `node F` a file of the
// package, and the server's command line (`rtc-elements-server …`, or `node` on its bin file)
// uses only flags its parser (server/cli-options.ts) accepts and its --help lists. Other
// programs (coturn's turnserver, …) are not ours to check and are reported as such.
import { existsSync, readFileSync } from 'node:fs';
import { USAGE, UsageError, parseCommandLine } from '../../../server/cli-options.js';
import type { Problem } from './check-scripts.js';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
};
const NPM_COMMANDS = new Set(['install', 'i', 'ci', 'uninstall', 'update', 'pack', 'publish', 'exec', 'ls']);
const SERVER = 'rtc-elements-server';

export interface ShellReport {
  problems: Problem[];
  /** Programs that are not ours, which were not checked. */
  unchecked: string[];
}

/** Splits one command line into words, honouring quotes and dropping a trailing # comment. */
function words(line: string): string[] {
  const result: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) result.push(word);
      word = undefined;
    } else if (char === '#' && word === undefined) {
      break;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) result.push(word);
  return result;
}

/** Commands of a block: continuation lines joined, split at && || ; and |. */
function commands(code: string): Array<{ line: number; words: string[] }> {
  const result: Array<{ line: number; words: string[] }> = [];
  const lines = code.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let text = lines[index]!;
    while (/\\\s*$/.test(text) && index + 1 < lines.length)
      text = text.replace(/\\\s*$/, ' ') + lines[++index];
    let current: string[] = [];
    for (const word of words(text)) {
      if (['&&', '||', ';', '|'].includes(word)) {
        if (current.length) result.push({ line: start, words: current });
        current = [];
      } else current.push(word);
    }
    if (current.length) result.push({ line: start, words: current });
  }
  return result;
}

function checkServerArgs(args: string[], env: Record<string, string>): string[] {
  const problems: string[] = [];
  try {
    parseCommandLine(args, env);
  } catch (error) {
    // Placeholder values (a secret written as …) may be refused; unknown flags may not.
    if (!(error instanceof UsageError)) throw error;
    if (/unknown option|unexpected argument/i.test(error.message)) problems.push(error.message);
  }
  for (const flag of args.filter((arg) => arg.startsWith('--'))) {
    const name = flag.split('=')[0]!;
    if (!USAGE.includes(`${name} `)) problems.push(`${name} is not in ${SERVER} --help`);
  }
  return problems;
}

/** Node's flags that take a value as the next word. */
const NODE_VALUE_FLAGS = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--env-file',
  '--test-reporter',
]);

/** `node [flags] file [args]`: the file exists (or is the build of a source that does); with --test, each path. */
function checkNode(args: string[], env: Record<string, string>): string[] {
  const operands: string[] = [];
  for (let n = 0; n < args.length; n++) {
    if (NODE_VALUE_FLAGS.has(args[n]!)) n++;
    else if (!args[n]!.startsWith('-')) operands.push(args[n]!);
    if (operands.length && !args.includes('--test')) break; // the script; the rest are its own
  }
  // A glob is checked up to its first wildcard: its folder must exist.
  const exists = (path: string) => {
    const fixed = path.split('*')[0]!;
    const source = fixed.replace(/^dist\//, '').replace(/\.js$/, '.ts');
    return existsSync(fixed) || existsSync(source);
  };
  const problems = operands.filter((path) => !exists(path)).map((path) => `node: no such file ${path}`);
  const script = operands[0] ?? '';
  const bin = Object.entries(PACKAGE.bin).find(([, target]) => target.replace(/^\.\//, '') === script);
  if (bin?.[0] === SERVER) problems.push(...checkServerArgs(args.slice(args.indexOf(script) + 1), env));
  return problems;
}

export function checkShell(code: string, firstLine: number): ShellReport {
  const report: ShellReport = { problems: [], unchecked: [] };
  for (const command of commands(code)) {
    const env: Record<string, string> = {};
    const rest = [...command.words];
    while (rest.length && /^[A-Z_][A-Z0-9_]*=/.test(rest[0]!)) {
      const [name, ...value] = rest.shift()!.split('=');
      env[name!] = value.join('=');
    }
    const [program, ...args] = rest;
    const fail = (message: string) => report.problems.push({ line: firstLine + command.line, message });
    const operands = args.filter((arg) => !arg.startsWith('-'));
    if (program === 'npm') {
      const [sub, name] = operands;
      if (sub === 'run' || sub === 'run-script') {
        if (!name || !(name in PACKAGE.scripts)) fail(`npm run ${name}: package.json has no such script`);
      } else if (sub === 'test' || sub === 'start' || sub === 'stop' || sub === 'restart') {
        if (!(sub in PACKAGE.scripts)) fail(`npm ${sub}: package.json has no "${sub}" script`);
      } else if (!NPM_COMMANDS.has(sub ?? '')) {
        fail(`npm ${sub ?? ''}: neither a script nor an npm command these docs use`);
      }
    } else if (program === 'npx') {
      const [tool, ...toolArgs] = args.filter((arg, n) => n > 0 || !arg.startsWith('-'));
      if (tool === SERVER) checkServerArgs(toolArgs, env).forEach(fail);
      else if (!(tool! in PACKAGE.bin) && !existsSync(`node_modules/.bin/${tool}`)) {
        fail(`npx ${tool}: not a bin of this package nor an installed tool`);
      }
    } else if (program === SERVER) {
      checkServerArgs(args, env).forEach(fail);
    } else if (program === 'node') {
      checkNode(args, env).forEach(fail);
    } else if (program) {
      report.unchecked.push(program);
    }
  }
  return report;
}
