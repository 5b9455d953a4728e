// Types for bundle.mjs, for the TypeScript tests that hold the size budgets (extension/test/bundle-budget.test.ts).
export interface FileSize {
  file: string;
  bytes: number;
  gzBytes: number;
}

export interface BundleSizes {
  sidePanel: { files: FileSize[]; bytes: number; gzBytes: number; lazyFiles: FileSize[]; lazyGzBytes: number; cssGzBytes: number };
  background: { files: FileSize[]; bytes: number; gzBytes: number };
  contentScripts: { files: FileSize[]; bytes: number; gzBytes: number; runtimeFiles: string[]; runtimeMissing: string[]; none?: true };
}

export function bundleSizes(
  root: string,
  options?: { mapsDir?: string | null; panelPage?: string; preactDir?: string | null; runtimeScripts?: string[] },
): BundleSizes;

export function buildWithSourceMaps(options: { extensionDir: string }): Promise<{ dir: string; cleanup(): void }>;
