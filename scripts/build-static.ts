// The Custom UI build, when it is missing or older than its sources: what the tests that need
// static/<page>/build call (the manifest test, the browser tests). `npm run build` always builds
// (scripts/build-ui.mts, Vite); this only decides whether that is needed, and runs it once even
// when several test files ask at the same time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const UI_PAGES = ['issue-panel', 'project-page', 'admin-page'] as const;

/** Files whose change changes the pages' build (relative to the repository root). */
export const UI_INPUTS = [
  'static/shared',
  'src/render/ui',
  'src/forge/resolvers/ui-api.ts',
  'vite.config.mts',
  'package-lock.json',
  ...UI_PAGES.flatMap((p) => [`static/${p}/index.html`, `static/${p}/src`, `static/${p}/public`]),
];

/** The newest modification time under `path` (a file or a directory), 0 when absent. */
export function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    0,
  );
}

/** Whether every page has a build at least as recent as every input. */
export function uiBuildIsFresh(root: string): boolean {
  const inputs = Math.max(...UI_INPUTS.map((p) => newestChange(join(root, p))));
  return UI_PAGES.every((page) => {
    const index = join(root, 'static', page, 'build', 'index.html');
    return existsSync(index) && statSync(index).mtimeMs >= inputs;
  });
}

/** Runs `build` unless the build is fresh; one process at a time (a lock directory). */
export async function ensureUiBuild(
  root: string,
  build: () => void = () => {
    buildUi(root);
  },
): Promise<'fresh' | 'built'> {
  if (uiBuildIsFresh(root)) return 'fresh';
  const lock = join(root, 'static', '.build-lock');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`static/.build-lock held for two minutes: remove it`);
      await sleep(200);
    }
  }
  try {
    if (uiBuildIsFresh(root)) return 'fresh';
    build();
    return 'built';
  } finally {
    rmdirSync(lock);
  }
}

/** `tsx scripts/build-ui.mts` in a child process (Vite is an ES module; Jest runs CommonJS). */
export function buildUi(root: string): void {
  const done = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'build-ui.mts')],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (done.status !== 0)
    throw new Error(
      `Custom UI build failed (${String(done.status)}):\n${done.stdout}${done.stderr}`,
    );
}

if (require.main === module) {
  ensureUiBuild(resolve(__dirname, '..')).then(
    (outcome) => {
      console.log(outcome === 'fresh' ? 'Custom UI build is up to date' : 'Custom UI built');
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
