// `npm run build`, second step: builds each Custom UI resource of static/ into its build/
// directory, the path manifest.yml declares. Until the pages are React apps built by Vite, a
// page's sources are its build: index.html and the files it references, copied as they are.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The local files an HTML page loads (`src`/`href` attributes that are relative paths). */
export function referencedFiles(html: string): string[] {
  const found = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
  return found
    .filter((ref) => !/^(?:[a-z]+:|\/|#)/i.test(ref))
    .map((ref) => ref.split(/[?#]/)[0] ?? '');
}

/**
 * Builds every directory of `<root>/static` that has an index.html: empties its build/ and copies
 * the page's files (every file beside index.html, sub-directories excepted). Fails when the page
 * references a file that does not exist, so a broken page never reaches the manifest.
 * Returns the build directories, relative to `root`.
 */
export function buildStatic(root: string): string[] {
  const staticDir = join(root, 'static');
  if (!existsSync(staticDir)) return [];
  const built: string[] = [];
  for (const entry of readdirSync(staticDir, { withFileTypes: true })) {
    const pageDir = join(staticDir, entry.name);
    const indexHtml = join(pageDir, 'index.html');
    if (!entry.isDirectory() || !existsSync(indexHtml)) continue;

    const files = readdirSync(pageDir, { withFileTypes: true }).filter((f) => f.isFile());
    const names = new Set(files.map((f) => f.name));
    const missing = referencedFiles(readFileSync(indexHtml, 'utf8')).filter(
      (ref) => !names.has(ref.replace(/^\.\//, '')),
    );
    if (missing.length > 0) {
      throw new Error(
        `static/${entry.name}/index.html references files that are not beside it: ${missing.join(', ')}`,
      );
    }

    const buildDir = join(pageDir, 'build');
    rmSync(buildDir, { recursive: true, force: true });
    mkdirSync(buildDir);
    for (const file of files) copyFileSync(join(pageDir, file.name), join(buildDir, file.name));
    built.push(relative(root, buildDir));
  }
  return built;
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  for (const dir of buildStatic(root)) console.log(`built ${dir}`);
}
