export interface BundleSizes {
  name: string;
  minified: number;
  gzip: number;
  brotli: number;
}
export declare const FULL: string;
export declare const CORE: string;
export declare function compressedSizes(bytes: Uint8Array): Omit<BundleSizes, 'name'>;
export declare function coreBundle(imports?: string[]): Promise<Buffer>;
export declare function measureBundles(): Promise<BundleSizes[]>;
export declare function kib(bytes: number): string;
export declare function describeSizes(sizes: BundleSizes): string;
