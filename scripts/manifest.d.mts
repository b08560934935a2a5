// Types for the TypeScript tests that import scripts/manifest.mjs: the parts of the
// custom-elements.json schema they read.
export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
}
export interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}
export interface ManifestElement extends ManifestItem {
  kind: 'class';
  customElement?: boolean;
  tagName?: string;
  members?: ManifestMember[];
  attributes?: Array<ManifestItem & { fieldName?: string }>;
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssStates?: ManifestItem[];
}
export interface Manifest {
  schemaVersion: string;
  modules: Array<{ kind: string; path: string; declarations?: ManifestElement[] }>;
}

export declare const MANIFEST: string;
export declare const README: string;
/** The manifest of the components as they are now, and its file text. */
export declare function analyze(): Promise<{ manifest: Manifest; text: string }>;
