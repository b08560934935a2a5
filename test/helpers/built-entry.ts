import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const exportsMap = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, { default: string }>;
  }
).exports;

/**
 * Imports one entry of the built package (`'./react'`) through package.json "exports", as
 * Node resolves `rtc-elements/react` for an app. (Under tsx, the bare name would follow
 * tsconfig's `paths` to the TypeScript sources instead.)
 */
export async function importBuilt<T>(entry: string): Promise<T> {
  const target = exportsMap[entry]?.default;
  if (!target) throw new Error(`package.json exports no ${entry}`);
  return (await import(pathToFileURL(target).href)) as T;
}
