// The code in a markdown file: fenced blocks (``` or ~~~, indented or not) with their language,
// first line number and any `<!-- example: skip because … -->` mark on the line before them,
// and inline code spans.

export interface CodeBlock {
  /** The info string's first word, lower case ('' when there is none). */
  lang: string;
  /** The block's text, without the fences and without the fence's indentation. */
  code: string;
  /** 1-based line number of the block's first line of code in the file. */
  line: number;
  /** Why the block is not checked, from a `<!-- example: skip … -->` comment just before it. */
  skip?: string;
}

const SKIP_MARK = /^<!--\s*example:\s*skip\b\s*(.*?)\s*-->$/;

export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const closing = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) end++;
    const code = lines
      .slice(index + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n');
    let previous = index - 1;
    while (previous >= 0 && lines[previous]!.trim() === '') previous--;
    const mark = previous >= 0 ? SKIP_MARK.exec(lines[previous]!.trim()) : null;
    blocks.push({
      lang: info.toLowerCase(),
      code,
      line: index + 2,
      ...(mark ? { skip: mark[1] || 'no reason given' } : {}),
    });
    index = end;
  }
  return blocks;
}

/** Inline code spans outside fenced blocks, with their line numbers. */
export function inlineCode(markdown: string): Array<{ text: string; line: number }> {
  const spans: Array<{ text: string; line: number }> = [];
  let fenced = false;
  markdown.split('\n').forEach((line, index) => {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const match of line.matchAll(/(`+)(?!`)(.+?)(?<!`)\1(?!`)/g)) {
      spans.push({ text: match[2]!.trim(), line: index + 1 });
    }
  });
  return spans;
}
