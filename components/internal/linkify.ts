/** A piece of chat text: plain, or a link that is safe to open. */
export type TextPiece = { text: string } | { text: string; href: string };

const CANDIDATE = /\bhttps?:\/\/[^\s<>"']+/gi;
/** Punctuation that ends a sentence, not a URL ("see https://example.com."). */
const TRAILING = /[.,;:!?)\]}'"]+$/;

/**
 * Splits text into plain pieces and http(s) links. Only what `new URL` reads as http or https
 * becomes a link (never `javascript:`, `data:` or anything else); the rest stays text. The
 * caller renders pieces as text nodes and `<a href>` elements, never as HTML.
 */
export function linkify(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = match[0].replace(TRAILING, '');
    const start = match.index;
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) pieces.push({ text: text.slice(last, start) });
    pieces.push({ text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
