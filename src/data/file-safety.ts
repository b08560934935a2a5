/**
 * Making what a peer sends safe to offer: a file name that cannot walk directories or hide
 * its extension, and an image type only when the bytes really are that image.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/**
 * A name safe to download under: no path separators, no control or bidirectional-override
 * characters (which can disguise "txt.exe" as "exe.txt"), no leading dots, at most 200
 * characters, never empty.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(UNSAFE, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}

const SIGNATURES: Array<{ type: string; bytes: number[]; offset?: number }> = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
];

/**
 * The image type these bytes are, when they start like a PNG, JPEG, GIF or WebP; otherwise
 * undefined. (Never SVG: it can carry script.) What the sender said the type was is ignored.
 */
export function sniffImageType(head: Uint8Array): string | undefined {
  const isWebp = head[0] === 0x52 && head[1] === 0x49 && head[2] === 0x46 && head[3] === 0x46;
  for (const { type, bytes, offset = 0 } of SIGNATURES) {
    if (type === 'image/webp' && !isWebp) continue;
    if (bytes.every((byte, i) => head[offset + i] === byte)) return type;
  }
  return undefined;
}
