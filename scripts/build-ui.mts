// `npm run build`, second step: the three Custom UI pages built by Vite into static/<page>/build.
// `--page <name>` builds one. The output depends only on the sources and the lock file.
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { isUiPage, pageConfig, UI_PAGES, type UiPage } from '../vite.config.mjs';

const { values } = parseArgs({ options: { page: { type: 'string', multiple: true } } });
const pages: UiPage[] = [];
for (const name of values.page ?? UI_PAGES) {
  if (!isUiPage(name)) {
    process.stderr.write(`build-ui : page inconnue « ${name} » (${UI_PAGES.join(', ')}).\n`);
    process.exit(2);
  }
  pages.push(name);
}
for (const page of pages) {
  const started = Date.now();
  await build(pageConfig(page));
  process.stdout.write(`built static/${page}/build in ${String(Date.now() - started)} ms\n`);
}
