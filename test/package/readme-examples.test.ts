// The README's examples are exercised: every fenced block is checked by its language, and a
// block that cannot be checked must say why with `<!-- example: skip because … -->` on the line
// before it (reported as skipped, with the reason).
//   ts, js    type-checked against the built package's types (readme/check-scripts.ts)
//   html      rtc-… tags and attributes against custom-elements.json (readme/check-html.ts)
//   sh        npm scripts, tools and the server's flags exist (readme/check-shell.ts)
// Inline `<rtc-…>` snippets and commands, and every --rtc-… property the README names, too.
// Needs `npm run build` first (npm test builds before it runs this).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { Manifest } from '../../scripts/manifest.mjs';
import { customElements } from '../../scripts/readme-reference.mjs';
import { codeBlocks, inlineCode, type CodeBlock } from './readme/blocks.js';
import { checkHtml } from './readme/check-html.js';
import { checkScripts, type Problem, type ScriptBlock } from './readme/check-scripts.js';
import { checkShell } from './readme/check-shell.js';

const README = 'README.md';
const markdown = readFileSync(README, 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const blocks = codeBlocks(markdown);

const LANGUAGES: Record<string, 'ts' | 'js' | 'html' | 'sh'> = {
  ts: 'ts',
  typescript: 'ts',
  js: 'js',
  javascript: 'js',
  html: 'html',
  sh: 'sh',
  bash: 'sh',
  shell: 'sh',
};

const scriptBlocks = new Map<CodeBlock, ScriptBlock>(
  blocks
    .filter((block) => !block.skip && ['ts', 'js'].includes(LANGUAGES[block.lang] ?? ''))
    .map((block) => [block, { line: block.line, code: block.code, js: LANGUAGES[block.lang] === 'js' }]),
);

function assertNone(problems: Problem[]): void {
  assert.ok(
    problems.length === 0,
    problems.map((problem) => `${README}:${problem.line}: ${problem.message}`).join('\n'),
  );
}

describe(`${README} examples`, () => {
  let scriptProblems = new Map<ScriptBlock, Problem[]>();
  before(() => {
    scriptProblems = checkScripts([...scriptBlocks.values()]);
  });

  it('has code blocks, and names the skipped ones with their reasons', (t) => {
    assert.ok(blocks.length > 0, `no code blocks found in ${README}`);
    const skipped = blocks.filter((block) => block.skip);
    t.diagnostic(
      `${blocks.length} code blocks: ${blocks.length - skipped.length} checked, ${skipped.length} skipped`,
    );
    for (const block of skipped) {
      t.diagnostic(`skipped ${README}:${block.line} (${block.lang || 'no language'}): ${block.skip}`);
    }
  });

  for (const block of blocks) {
    const name = `${README}:${block.line} \`\`\`${block.lang}`;
    if (block.skip) {
      it(name, { skip: block.skip }, () => {});
      continue;
    }
    it(name, (t) => {
      const language = LANGUAGES[block.lang];
      assert.ok(
        language,
        `no checker for \`\`\`${block.lang || '(no language)'} blocks: mark the block with ` +
          '<!-- example: skip because … --> on the line before it, or add a checker to this test',
      );
      if (language === 'ts' || language === 'js') {
        assertNone(scriptProblems.get(scriptBlocks.get(block)!) ?? []);
      } else if (language === 'html') {
        assertNone(checkHtml(block.code, block.line, manifest));
      } else {
        const { problems, unchecked } = checkShell(block.code, block.line);
        if (unchecked.length) t.diagnostic(`not ours to check: ${unchecked.join(', ')}`);
        assertNone(problems);
      }
    });
  }

  it('inline <rtc-…> snippets name real elements, attributes, properties and events', () => {
    const snippets = inlineCode(markdown).filter((span) => span.text.startsWith('<rtc-'));
    assert.ok(snippets.length > 0, 'expected inline <rtc-…> snippets in the README');
    assertNone(snippets.flatMap((span) => checkHtml(span.text, span.line, manifest)));
  });

  it('inline commands (`npm …`, `npx …`, `node …`) name real scripts, tools, files and flags', () => {
    const commands = inlineCode(markdown).filter((span) => /^(npm|npx|node) /.test(span.text));
    assert.ok(commands.length > 0, 'expected inline commands in the README');
    assertNone(commands.flatMap((span) => checkShell(span.text, span.line).problems));
  });

  it('every --rtc-… custom property it names is one an element reads', () => {
    const known = new Set(
      customElements(manifest).flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)),
    );
    const problems = markdown.split('\n').flatMap((line, index) =>
      [...line.matchAll(/--rtc-[a-z0-9][a-z0-9-]*/g)]
        .filter((match) => !known.has(match[0]))
        .map((match) => ({
          line: index + 1,
          message: `${match[0]} is not a custom property of any element`,
        })),
    );
    assertNone(problems);
  });
});
