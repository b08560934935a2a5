// The React and Vue support covers every element of custom-elements.json, with every event its
// @fires documents: a row in ELEMENT_EVENTS that lists exactly those events (by name and class),
// a React component of the element's class name that renders its tag and takes an onRtc… prop
// for each event, and a Vue GlobalComponents entry for its tag whose props have the same
// handlers. A new element, or a new @fires, fails here until the wrappers have it.
// The handlers are read from the types (the TypeScript compiler), as an app's editor sees them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ts from 'typescript';
import { ELEMENT_EVENTS, type EventClass } from '../../components/events/element-events.js';

interface ManifestEvent {
  name: string;
  type?: { text: string };
}
interface ManifestElement {
  name: string;
  tagName: string;
  events?: ManifestEvent[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: Array<{ declarations?: Array<Partial<ManifestElement>> }>;
};
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestElement => Boolean(declaration.tagName));

/** `rtc-panel-toggle` → `onRtcPanelToggle`: the handler prop both frameworks use. */
const handlerOf = (eventName: string): string =>
  `on${eventName.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`;
const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const documentedEvents = (element: ManifestElement): string[] =>
  sorted((element.events ?? []).map((event) => `${event.name} ${event.type?.text ?? '(no class)'}`));
const expectedHandlers = (element: ManifestElement): string[] =>
  sorted((element.events ?? []).map((event) => handlerOf(event.name)));
const rows = ELEMENT_EVENTS as Record<string, Record<string, EventClass>>;
type Components = Record<string, ComponentType & { displayName?: string }>;
/** The React entry, or why it did not load (wrap() throws for a tag with no ELEMENT_EVENTS row). */
const reactEntry = await import('../../react/index.js').then(
  (entry) => entry as unknown as Components,
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
);
function reactComponents(): Components {
  if (reactEntry instanceof Error) assert.fail(`rtc-elements/react did not load: ${reactEntry.message}`);
  return reactEntry;
}

/** What the compiler sees: the tags in Vue's GlobalComponents, and each wrapper's onRtc… props. */
interface WrapperTypes {
  vueTags: string[];
  reactHandlers: Map<string, string[]>;
  vueHandlers: Map<string, string[]>;
  diagnostics: string[];
}

/**
 * Type-checks a small module, kept in memory, that names each element's React props and Vue
 * props (a missing component or entry resolves to `never`, with no props), and reads the
 * handler props out of those types.
 */
function wrapperTypes(): WrapperTypes {
  const file = resolve('test/package/wrapper-types.generated.ts');
  const lines = [
    "import type { GlobalComponents } from 'vue';",
    "import type * as React from '../../react/index.js';",
    "import type {} from '../../vue/index.js';",
    'export type VueTags = keyof GlobalComponents;',
    ...elements.flatMap((element, index) => [
      `export type React${index} = typeof React extends Record<'${element.name}', infer C>`,
      '  ? C extends (props: infer P) => unknown ? P : never : never;',
      `export type Vue${index} = GlobalComponents extends Record<'${element.tagName}', infer C>`,
      '  ? C extends abstract new () => { $props: infer P } ? P : never : never;',
    ]),
  ];
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const text = lines.join('\n');
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    resolve(name) === file
      ? ts.createSourceFile(name, text, version)
      : getSourceFile.call(host, name, version, ...rest);
  host.fileExists = (name) => resolve(name) === file || fileExists.call(host, name);
  host.readFile = (name) => (resolve(name) === file ? text : readFile.call(host, name));
  const program = ts.createProgram([file], config.options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const typeOf = (alias: string): ts.Type => {
    const declaration = source.statements.find(
      (statement): statement is ts.TypeAliasDeclaration =>
        ts.isTypeAliasDeclaration(statement) && statement.name.text === alias,
    )!;
    return checker.getTypeAtLocation(declaration.name);
  };
  const handlers = (alias: string): string[] => {
    const type = typeOf(alias);
    if (type.flags & ts.TypeFlags.Never) return [];
    return sorted(
      checker
        .getPropertiesOfType(type)
        .map((property) => property.name)
        .filter((name) => /^onRtc[A-Z]/.test(name)),
    );
  };
  const tags = typeOf('VueTags');
  return {
    vueTags: (tags.isUnion() ? tags.types : [tags])
      .filter((type): type is ts.StringLiteralType => type.isStringLiteral())
      .map((type) => type.value),
    reactHandlers: new Map(elements.map((element, index) => [element.tagName, handlers(`React${index}`)])),
    vueHandlers: new Map(elements.map((element, index) => [element.tagName, handlers(`Vue${index}`)])),
    diagnostics: ts
      .getPreEmitDiagnostics(program, source)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  };
}

describe('React and Vue wrappers for every element of custom-elements.json', () => {
  let types: WrapperTypes;
  before(() => {
    types = wrapperTypes();
  });

  it('reads the elements from custom-elements.json, and their types without a compile error', () => {
    assert.ok(elements.length > 0, 'custom-elements.json lists no custom elements');
    assert.deepEqual(types.diagnostics, []);
  });

  it('has an ELEMENT_EVENTS row for each element, and none for a tag that is not one', () => {
    assert.deepEqual(
      sorted(Object.keys(rows)),
      sorted(elements.map((element) => element.tagName)),
      'components/events/element-events.ts: ELEMENT_EVENTS needs exactly one row per element',
    );
  });

  it('has a React component for each element, and no other exports', () => {
    assert.deepEqual(
      sorted(Object.keys(reactComponents())),
      sorted(elements.map((element) => element.name)),
      "react/index.ts: one `export const RtcX = wrap('rtc-x', RtcXElement)` per element",
    );
  });

  it('has a Vue GlobalComponents entry for each element', () => {
    const missing = elements.map((element) => element.tagName).filter((tag) => !types.vueTags.includes(tag));
    assert.deepEqual(missing, [], 'vue/index.ts: GlobalComponents has no entry for these');
  });

  for (const element of elements) {
    const tag = element.tagName;
    describe(`<${tag}>`, () => {
      it('lists exactly its documented @fires events in ELEMENT_EVENTS, with their classes', () => {
        const row = rows[tag] ?? {};
        assert.deepEqual(
          sorted(Object.values(row).map((cls) => `${cls.eventName} ${cls.name}`)),
          documentedEvents(element),
          `ELEMENT_EVENTS['${tag}'] against the element's @fires (custom-elements.json events)`,
        );
      });

      it(`has ${element.name} in rtc-elements/react, which renders <${tag}>`, () => {
        const component = reactComponents()[element.name];
        assert.ok(component, `react/index.ts exports no ${element.name}`);
        assert.equal(component.displayName, element.name);
        assert.equal(renderToStaticMarkup(createElement(component)), `<${tag}></${tag}>`);
      });

      it('takes an onRtc… prop for each event, in React and in Vue, and no other', () => {
        const expected = expectedHandlers(element);
        assert.deepEqual(types.reactHandlers.get(tag), expected, `${element.name}'s React props`);
        assert.deepEqual(types.vueHandlers.get(tag), expected, `GlobalComponents['${tag}'] props`);
      });
    });
  }
});
