// Every element documents what its code really has: the JSDoc (and so custom-elements.json and
// the README reference) lists each CSS part the templates render, each --rtc-… custom property
// the styles read, each event class the element dispatches, each custom state and slot, and
// nothing that is no longer there. The sources are read as text, so a new element folder is
// covered without touching this file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as events from '../../components/events/events.js';
import { analyze, type ManifestElement } from '../../scripts/manifest.mjs';
import { customElements } from '../../scripts/readme-reference.mjs';

const { manifest } = await analyze();
const elements = customElements(manifest);

/** The element's source folder (components/room/) from its module path in the manifest. */
function folderOf(element: ManifestElement): string {
  const module = manifest.modules.find((candidate) => candidate.declarations?.includes(element));
  return dirname(module!.path.replace(/^dist\//, ''));
}

function sources(folder: string, filter: (name: string) => boolean): string {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && filter(name))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

/**
 * The components/internal modules an element folder imports, and the ones they import: a family
 * of elements (the toggle buttons) shares its template and styles there, and each element of it
 * must document those parts and properties.
 */
function internalImports(code: string, seen = new Set<string>()): string {
  const texts: string[] = [];
  for (const match of code.matchAll(/from '(?:\.\.\/internal\/|\.\/)([\w.-]+)\.js'/g)) {
    const path = join('components/internal', `${match[1]}.ts`);
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    texts.push(text, internalImports(text, seen));
  }
  return texts.join('\n');
}

const all = <T>(pattern: RegExp, text: string, pick: (match: RegExpMatchArray) => T[]): T[] =>
  [...text.matchAll(pattern)].flatMap(pick);
const names = (items: Array<{ name: string }> | undefined): string[] =>
  (items ?? []).map((item) => item.name);
const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Part names in templates: part="a b", part=${cond ? 'a b' : 'a'}; `file-${state}` is a prefix. */
function partsIn(code: string): { fixed: string[]; prefixes: string[] } {
  const words = [
    ...all(/\bpart="([^"]*)"/g, code, (match) => match[1]!.split(/\s+/)),
    ...all(/\bpart=\$\{([^}]*)\}/g, code, (match) =>
      all(/'([^']*)'/g, match[1]!, (quoted) => quoted[1]!.split(/\s+/)),
    ),
  ].filter(Boolean);
  return {
    fixed: sorted(words.filter((word) => !word.includes('${'))),
    prefixes: sorted(words.filter((word) => word.includes('${')).map((word) => word.split('${')[0]!)),
  };
}

/** Fails with what is missing from the docs and what the docs list that the code no longer has. */
function assertDocumented(documented: string[], used: string[], tag: string): void {
  const missing = sorted(used).filter((name) => !documented.includes(name));
  const stale = sorted(documented).filter((name) => !used.includes(name));
  assert.ok(
    missing.length === 0 && stale.length === 0,
    [
      missing.length ? `in the code but not documented with ${tag}: ${missing.join(', ')}` : '',
      stale.length ? `documented with ${tag} but not in the code: ${stale.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  );
}

const sharedStyles = sources('components/styles', () => true);
/** The shared design tokens (components/styles/tokens.ts): an element may document those it inherits. */
const sharedTokens = new Set(all(/token\('([a-z0-9-]+)'/g, sharedStyles, (match) => [`--rtc-${match[1]!}`]));
const eventClasses = new Map(
  Object.values(events)
    .filter(
      (value): value is typeof events.RtcErrorEvent => typeof value === 'function' && 'eventName' in value,
    )
    .map((cls) => [cls.name, cls.eventName as string]),
);

describe('element docs', () => {
  before(() => assert.ok(elements.length > 0, 'the manifest has no custom elements'));

  it('has a custom element for every components/*/*.component.ts (each class needs @tag)', () => {
    const files = readdirSync('components', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(join('components', entry.name))
          .filter((name) => name.endsWith('.component.ts'))
          .map((name) => `dist/components/${entry.name}/${name.replace(/\.ts$/, '.js')}`),
      );
    const documented = manifest.modules
      .filter((module) => module.declarations?.some((d) => d.customElement && d.tagName))
      .map((module) => module.path);
    assert.deepEqual(
      files.filter((file) => !documented.includes(file)),
      [],
      'no element with a @tag in these',
    );
  });

  for (const element of elements) {
    const folder = folderOf(element);
    const own = sources(folder, () => true);
    const shared = internalImports(own);
    const code = `${sources(folder, (name) => !name.endsWith('.styles.ts'))}\n${shared}`;
    const everything = `${own}\n${shared}\n${sharedStyles}`;

    describe(`<${element.tagName}> (${folder})`, () => {
      it('has a summary, a description and a line for every public property and attribute', () => {
        assert.ok(element.summary, 'no @summary');
        assert.ok(element.description, 'no description before the tags');
        const undocumented = [
          ...(element.members ?? []).filter((member) => !member.description).map((m) => m.name),
          ...(element.attributes ?? []).filter((attribute) => !attribute.description).map((a) => a.name),
        ];
        assert.deepEqual(undocumented, [], 'these need a one-line JSDoc');
      });

      it('documents every CSS part it renders, and only those (@csspart)', () => {
        const { fixed, prefixes } = partsIn(code);
        const documented = names(element.cssParts);
        // A documented part that matches a dynamic one (`file-${state}`), or that the code names
        // in a list of parts (a part chosen at run time, or exported from a child), counts as rendered.
        const literals = new Set(all(/'([a-z0-9_-]+)'/g, code, (match) => [match[1]!]));
        prefixes.push(...all(/`([a-z0-9-]+__)\$\{/g, code, (match) => [match[1]!]));
        const dynamic = documented.filter(
          (part) => prefixes.some((prefix) => part.startsWith(prefix)) || literals.has(part),
        );
        assertDocumented(documented, [...fixed, ...dynamic], '@csspart');
      });

      it('documents every --rtc-… custom property its styles read, and only those (@cssproperty)', () => {
        const used = sorted(
          all(/(?:var\(\s*|getPropertyValue\(')(--rtc-[a-z0-9-]+)/g, everything, (match) => [match[1]!]),
        );
        // Shared tokens reach every element through the token module: documenting them is allowed.
        const documented = names(element.cssProperties).filter(
          (name) => !sharedTokens.has(name) || used.includes(name),
        );
        assertDocumented(documented, used, '@cssproperty');
      });

      it('documents every event class it dispatches, under its real name (@fires)', () => {
        const documented = element.events ?? [];
        for (const event of documented) {
          const cls = event.type?.text ?? '';
          assert.ok(event.name && event.description, `an event of type ${cls} has no name or description`);
          assert.equal(
            event.name,
            eventClasses.get(cls),
            `@fires {${cls}} ${event.name}: wrong class or name`,
          );
        }
        const dispatched = all(/\bnew (Rtc\w+Event)\(/g, code, (match) => [match[1]!]);
        // The session's events are re-dispatched through the table, so all of them must be listed.
        if (code.includes('SESSION_EVENT_CLASSES')) {
          dispatched.push(...Object.values(events.SESSION_EVENT_CLASSES).map((cls) => cls.name));
        }
        // The composed events of the elements it renders come out of it too (the toolbar's
        // buttons): it may document those, and must document its own. Tags in templates
        // (html`<rtc-controls …), not the `<rtc-room>` of a comment.
        const rendered = all(/(?:html`|(?<!`))<(rtc-[a-z-]+)[\s>]/g, code, (match) => [match[1]!]).filter(
          (tag) => tag !== element.tagName,
        );
        const fromChildren = rendered.flatMap((tag) =>
          (elements.find((other) => other.tagName === tag)?.events ?? []).map(
            (event) => event.type?.text ?? '',
          ),
        );
        const types = documented.map((event) => event.type?.text ?? '');
        assertDocumented(
          types,
          [...dispatched, ...types.filter((type) => fromChildren.includes(type))],
          '@fires',
        );
      });

      it('documents every custom state it sets, and only those (@cssstate)', () => {
        const used = all(/(?:states\.add|setState)\('([\w-]+)'/g, code, (match) => [match[1]!]);
        assertDocumented(names(element.cssStates), used, '@cssstate');
      });

      it('documents every slot it renders, and only those (@slot)', () => {
        const used = all(/<slot\b([^>]*)>/g, code, (match) => [
          /\bname="([^"]+)"/.exec(match[1]!)?.[1] ?? '',
        ]);
        assertDocumented(names(element.slots), used, '@slot');
      });
    });
  }
});
