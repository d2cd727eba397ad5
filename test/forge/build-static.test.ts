import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureUiBuild, UI_PAGES, uiBuildIsFresh } from '../../scripts/build-static';

describe('ensureUiBuild', () => {
  let root = '';

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jalon-static-'));
    write('static/shared/bridge.ts', 'x', 1000);
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function write(path: string, text: string, seconds: number): void {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    utimesSync(full, seconds, seconds);
  }

  const buildAll = (seconds: number) => () => {
    for (const page of UI_PAGES)
      write(`static/${page}/build/index.html`, '<!doctype html>', seconds);
  };

  it('builds when a page has no build, then finds it fresh', async () => {
    let builds = 0;
    const build = () => {
      builds += 1;
      buildAll(2000)();
    };
    expect(await ensureUiBuild(root, build)).toBe('built');
    expect(await ensureUiBuild(root, build)).toBe('fresh');
    expect(builds).toBe(1);
  });

  it('builds again when a source is newer than the build', async () => {
    buildAll(2000)();
    expect(uiBuildIsFresh(root)).toBe(true);
    write('static/admin-page/src/AdminPage.tsx', 'changed', 3000);
    expect(uiBuildIsFresh(root)).toBe(false);
    expect(await ensureUiBuild(root, buildAll(4000))).toBe('built');
    expect(uiBuildIsFresh(root)).toBe(true);
  });

  it('builds once when two callers ask at the same time', async () => {
    let builds = 0;
    const build = () => {
      builds += 1;
      buildAll(2000)();
    };
    const outcomes = await Promise.all([ensureUiBuild(root, build), ensureUiBuild(root, build)]);
    expect(outcomes.sort()).toEqual(['built', 'fresh']);
    expect(builds).toBe(1);
  });
});
