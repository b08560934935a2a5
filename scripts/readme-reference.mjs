// The README's element reference, rendered from custom-elements.json: per element its
// description, then tables of attributes and properties, methods, events, slots, CSS parts,
// CSS custom properties and custom states. It replaces what stands between the two markers
// in README.md; everything outside them is prose and stays as written.
import { format, resolveConfig } from 'prettier';

export const START = '<!-- elements:start -->';
export const END = '<!-- elements:end -->';
const NOTE =
  '<!-- Generated from custom-elements.json by `npm run manifest`: edit the JSDoc in components/*/*.component.ts, not this block. -->';

/** Every custom element in the manifest, by tag name. */
export function customElements(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The markdown of the whole reference (without the markers). */
export function renderReference(manifest) {
  return [NOTE, ...customElements(manifest).map(renderElement)].join('\n\n');
}

/** README text with the block between the markers replaced, formatted as prettier would. */
export async function withReference(readme, manifest, readmePath = 'README.md') {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(
      `${readmePath} has no ${START} … ${END} block: put the two markers where the element reference belongs`,
    );
  }
  const text = `${readme.slice(0, start + START.length)}\n\n${renderReference(manifest)}\n\n${readme.slice(end)}`;
  return format(text, { ...(await resolveConfig(readmePath)), filepath: readmePath });
}

function renderElement(element) {
  const sections = [`### \`<${element.tagName}>\``, element.description || element.summary || ''];
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  const attributesOnly = (element.attributes ?? []).filter(
    (attribute) => !fields.some((field) => field.name === attribute.fieldName),
  );
  sections.push(
    table(
      'Attributes and properties',
      ['attribute', 'property', 'type', 'default', ''],
      [
        ...fields.map((field) => [
          code(field.attribute),
          code(field.name),
          code(field.type?.text) + (field.readonly ? ' (read-only)' : ''),
          code(field.default),
          field.description,
        ]),
        ...attributesOnly.map((attribute) => [
          code(attribute.name),
          '',
          code(attribute.type?.text),
          code(attribute.default),
          attribute.description,
        ]),
      ],
    ),
    table(
      'Methods',
      ['method', ''],
      (element.members ?? [])
        .filter((member) => member.kind === 'method' && !member.static)
        .map((method) => [code(signature(method)), method.description]),
    ),
    table(
      'Events',
      ['event', 'class', ''],
      (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description]),
    ),
    table(
      'Slots',
      ['slot', ''],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
    ),
    table(
      'CSS parts',
      ['part', ''],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    table(
      'CSS custom properties',
      ['property', 'default', ''],
      (element.cssProperties ?? []).map((property) => [
        code(property.name),
        code(property.default),
        property.description,
      ]),
    ),
    table(
      'Custom states',
      ['state', ''],
      (element.cssStates ?? []).map((state) => [code(`:state(${state.name})`), state.description]),
    ),
  );
  return sections.filter(Boolean).join('\n\n');
}

function table(title, headings, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [`**${title}**`, '', line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One table cell: a single line, with the pipe escaped. */
function cell(text) {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function code(text) {
  if (text === undefined || text === '') return '';
  const ticks = text.includes('`') ? '``' : '`';
  return `${ticks}${text}${ticks}`;
}

function signature(method) {
  const parameters = (method.parameters ?? [])
    .map((parameter) => `${parameter.name}${parameter.type ? `: ${parameter.type.text}` : ''}`)
    .join(', ');
  const returns = method.return?.type?.text;
  return `${method.name}(${parameters})${returns ? `: ${returns}` : ''}`;
}
