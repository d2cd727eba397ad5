// The one Vite configuration of the Custom UI resources: each page of static/ is built on its
// own (a Forge resource is a self-contained directory) into static/<page>/build, the path
// manifest.yml declares, with relative asset paths. `scripts/build-ui.mts` builds all three.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';

export const UI_PAGES = ['issue-panel', 'project-page', 'admin-page'] as const;
export type UiPage = (typeof UI_PAGES)[number];

const repoRoot = dirname(fileURLToPath(import.meta.url));

export function isUiPage(name: string): name is UiPage {
  return (UI_PAGES as readonly string[]).includes(name);
}

/** One page's build: `static/<page>/index.html` → `static/<page>/build/`. */
export function pageConfig(page: UiPage): InlineConfig {
  return {
    configFile: false,
    // Whatever NODE_ENV the caller has (Jest sets `test`): the pages are always a production build.
    mode: 'production',
    root: resolve(repoRoot, 'static', page),
    base: './',
    publicDir: 'public',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', development: false } },
    resolve: { dedupe: ['react', 'react-dom'] },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: 'build',
      emptyOutDir: true,
      sourcemap: false,
      // @atlaskit and React in one page are about 1 MB; Forge allows 100 MB per resource.
      chunkSizeWarningLimit: 4000,
    },
  };
}

export default defineConfig(() => {
  const page = process.env.JALON_PAGE ?? 'issue-panel';
  if (!isUiPage(page)) throw new Error(`JALON_PAGE: unknown page ${page}`);
  return pageConfig(page);
});
