import type { Manifest, ManifestElement } from './manifest.mjs';

export declare const START: string;
export declare const END: string;
/** Every custom element in the manifest, by tag name. */
export declare function customElements(manifest: Manifest): Array<ManifestElement & { tagName: string }>;
export declare function renderReference(manifest: Manifest): string;
export declare function withReference(
  readme: string,
  manifest: Manifest,
  readmePath?: string,
): Promise<string>;
