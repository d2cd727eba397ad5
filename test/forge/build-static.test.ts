import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStatic, referencedFiles } from '../../scripts/build-static';

describe('buildStatic', () => {
  let root = '';

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jalon-static-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  function page(name: string, files: Record<string, string>): void {
    mkdirSync(join(root, 'static', name), { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      writeFileSync(join(root, 'static', name, file), text);
    }
  }

  it('copies each page with its files into its build directory, replacing an old build', () => {
    page('panel', {
      'index.html': '<script src="./main.js"></script><link href="style.css" rel="stylesheet">',
      'main.js': 'new',
      'style.css': 'p {}',
    });
    mkdirSync(join(root, 'static', 'panel', 'build'));
    writeFileSync(join(root, 'static', 'panel', 'build', 'stale.js'), 'old');
    page('notes', { 'README.md': 'no index.html: not a page' });

    expect(buildStatic(root)).toEqual([join('static', 'panel', 'build')]);

    const build = join(root, 'static', 'panel', 'build');
    expect(readFileSync(join(build, 'main.js'), 'utf8')).toBe('new');
    expect(existsSync(join(build, 'style.css'))).toBe(true);
    expect(existsSync(join(build, 'stale.js'))).toBe(false);
    expect(existsSync(join(root, 'static', 'notes', 'build'))).toBe(false);
  });

  it('refuses a page that loads a file that is not beside it', () => {
    page('panel', { 'index.html': '<script src="./main.js"></script>' });

    expect(() => buildStatic(root)).toThrow(
      'static/panel/index.html references files that are not beside it: ./main.js',
    );
  });

  it('builds nothing when there is no static directory', () => {
    expect(buildStatic(root)).toEqual([]);
  });
});

describe('referencedFiles', () => {
  it('keeps the relative paths a page loads and leaves out addresses and anchors', () => {
    const html = [
      '<script src="./main.js?v=2"></script>',
      '<link href="style.css" rel="stylesheet">',
      '<a href="https://example.org/">x</a>',
      '<a href="#top">x</a>',
      '<img src="/abs.png">',
      '<img src="data:image/png;base64,AAAA">',
    ].join('');

    expect(referencedFiles(html)).toEqual(['./main.js', 'style.css']);
  });
});
