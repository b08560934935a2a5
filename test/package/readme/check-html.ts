// Checks HTML against custom-elements.json: every rtc-… tag is an element the package defines,
// and each attribute on it is one that element documents, or a global HTML attribute. Lit
// bindings in a snippet are checked too: `.prop` against the properties, `?attr` against the
// attributes, `@event` against the events.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { Manifest } from '../../../scripts/manifest.mjs';
import { customElements } from '../../../scripts/readme-reference.mjs';
import type { Problem } from './check-scripts.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const GLOBAL_ATTRIBUTES = new Set(
  (
    'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint exportparts ' +
    'hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover ' +
    'role slot spellcheck style tabindex title translate'
  ).split(' '),
);
const isGlobal = (name: string) =>
  GLOBAL_ATTRIBUTES.has(name) || /^(data|aria)-[a-z0-9-]+$/.test(name) || /^on[a-z]+$/.test(name);

export function checkHtml(html: string, firstLine: number, manifest: Manifest): Problem[] {
  const elements = new Map(customElements(manifest).map((element) => [element.tagName, element]));
  const problems: Problem[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node && node.tagName.startsWith('rtc-')) check(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content); // <template>
  };
  const check = (element: Element): void => {
    const line = firstLine + (element.sourceCodeLocation?.startLine ?? 1) - 1;
    const known = elements.get(element.tagName);
    if (!known) {
      problems.push({ line, message: `<${element.tagName}> is not an element of this package` });
      return;
    }
    const attributes = (known.attributes ?? []).map((attribute) => attribute.name);
    const properties = (known.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name);
    const events = (known.events ?? []).map((event) => event.name);
    for (const { name } of element.attrs) {
      // parse5 lower-cases attribute names; property names are compared the same way.
      const [kind, names, key] =
        name[0] === '.'
          ? ['property', properties, name.slice(1)]
          : name[0] === '@'
            ? ['event', events, name.slice(1)]
            : ['attribute', attributes, name.replace(/^\?/, '')];
      if (names.some((known) => known.toLowerCase() === key) || (kind === 'attribute' && isGlobal(key)))
        continue;
      problems.push({
        line,
        message: `<${element.tagName}> has no ${kind} "${key}" (it has: ${names.join(', ') || 'none'})`,
      });
    }
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }));
  return problems;
}
