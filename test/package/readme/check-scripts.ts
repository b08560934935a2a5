// Type-checks the README's TypeScript and JavaScript blocks with the TypeScript compiler,
// against the package as it ships: `rtc-elements`, `rtc-elements/server`, … resolve through
// package.json "exports" to the built dist/ types (so `npm run build` comes first). Each block
// is its own module, kept in memory beside package.json (nothing is written).
//
// A block may use what the README's prose gives it (a `session`, a `participant`, …): those
// are declared in CONTEXT below. A block without imports is a fragment: a name it uses that one
// of the package's entry points exports is imported for it, as the reader would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ScriptBlock {
  /** README line of the block's first line of code. */
  line: number;
  code: string;
  js: boolean;
}

export interface Problem {
  /** README line. */
  line: number;
  message: string;
}

const ROOT = process.cwd();
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
};

/** What the README's examples take as given: the values its prose has already made. */
const CONTEXT = `
import type { Participant, RemoteParticipant, SignalingAdapter, TrackSource, Session } from '${PACKAGE.name}';
import type {} from '${PACKAGE.name}/components/define.js'; // the tag and event maps
declare global {
  const session: Session;
  const participant: RemoteParticipant;
  const file: File;
  const hugeState: unknown;
  const url: string;
  const token: string;
  const secret: string;
  const user: { name: string };
  function show(participant: RemoteParticipant, track: MediaStreamTrack, source: TrackSource): void;
  function moveCursor(from: string, payload: unknown): void;
  function showScreen(stream: MediaStream): void;
  function focusOn(participant: RemoteParticipant | undefined): void;
  function burst(participant: Participant, emoji: string): void;
  function fetchFreshToken(): Promise<string>;
  function createMyBackendSignaling(): SignalingAdapter;
}
export {};
`;

/** Every entry point with types: 'rtc-elements', 'rtc-elements/components', … (no patterns). */
const ENTRIES = Object.entries(PACKAGE.exports)
  .filter(([key, target]) => !key.includes('*') && typeof target === 'object')
  .map(([key]) => PACKAGE.name + key.slice(1));

const TS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
};
// A JavaScript reader's editor checks types, but not null: `querySelector(…).addEventListener`
// is what JavaScript examples write.
const JS_OPTIONS: ts.CompilerOptions = { ...TS_OPTIONS, strict: false };

const CANNOT_FIND_NAME = new Set([2304, 2552]);
const fileOf = (block: ScriptBlock) => join(ROOT, `readme-example-${block.line}.${block.js ? 'js' : 'ts'}`);
const isFragment = (code: string) => !/^\s*(import|export)\b/m.test(code);

function compile(files: Map<string, string>, options: ts.CompilerOptions, old?: ts.Program): ts.Program {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    files.has(name)
      ? ts.createSourceFile(name, files.get(name)!, language)
      : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  return ts.createProgram([...files.keys()], options, host, old);
}

/** The names each entry point exports, values and types. */
function entryExports(program: ts.Program, entriesFile: string): Map<string, string> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entriesFile)!;
  const names = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const entry = (statement.moduleSpecifier as ts.StringLiteral).text;
    const symbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    if (!symbol) throw new Error(`${entry} does not resolve: run npm run build first`);
    for (const exported of checker.getExportsOfModule(symbol)) {
      if (!names.has(exported.name)) names.set(exported.name, entry);
    }
  }
  return names;
}

function problems(program: ts.Program, blocks: ScriptBlock[]): Map<ScriptBlock, Problem[]> {
  const result = new Map<ScriptBlock, Problem[]>(blocks.map((block) => [block, []]));
  for (const block of blocks) {
    const source = program.getSourceFile(fileOf(block))!;
    for (const diagnostic of ts.getPreEmitDiagnostics(program, source)) {
      const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      result.get(block)!.push({
        line: block.line + line,
        message: `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
      });
    }
  }
  return result;
}

/** Type-checks the blocks; returns the problems of each (none: it compiles). */
export function checkScripts(blocks: ScriptBlock[]): Map<ScriptBlock, Problem[]> {
  const result = new Map<ScriptBlock, Problem[]>();
  for (const js of [false, true]) {
    const group = blocks.filter((block) => block.js === js);
    if (group.length === 0) continue;
    const options = js ? JS_OPTIONS : TS_OPTIONS;
    const contextFile = join(ROOT, 'readme-context.d.ts');
    const entriesFile = join(ROOT, 'readme-entries.ts');
    const files = new Map<string, string>([
      [contextFile, CONTEXT],
      [entriesFile, ENTRIES.map((entry, n) => `import * as entry${n} from '${entry}';`).join('\n')],
      ...group.map((block): [string, string] => [fileOf(block), `${block.code}\nexport {};\n`]),
    ]);
    let program = compile(files, options);
    const context = ts.getPreEmitDiagnostics(program, program.getSourceFile(contextFile));
    if (context.length > 0) {
      const text = context.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ');
      throw new Error(`the README example context does not compile (run npm run build first?): ${text}`);
    }
    // Fragments: import what they use from the package, appended so line numbers stay put.
    const exported = entryExports(program, entriesFile);
    let changed = false;
    for (const [block, found] of problems(program, group)) {
      if (!isFragment(block.code)) continue;
      const missing = new Set(
        found
          .map((problem) => /^TS(\d+): Cannot find name '(\w+)'/.exec(problem.message))
          .filter((match) => match && CANNOT_FIND_NAME.has(Number(match[1])) && exported.has(match[2]!))
          .map((match) => match![2]!),
      );
      if (missing.size === 0) continue;
      const imports = [...missing].map((name) => `import { ${name} } from '${exported.get(name)}';`);
      files.set(fileOf(block), `${block.code}\n${imports.join('\n')}\nexport {};\n`);
      changed = true;
    }
    if (changed) program = compile(files, options, program);
    for (const [block, found] of problems(program, group)) result.set(block, found);
  }
  return result;
}
