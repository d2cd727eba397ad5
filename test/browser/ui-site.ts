import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureUiBuild } from '../../scripts/build-static';
import { startUiServer, type UiServer } from '../../src/forge/local/ui-server';
import type { ResolverApi } from '../../src/forge/resolvers/ui-api';
import { startSandboxServer, type SandboxAccount, type SandboxServer } from '../../src/sandbox';
import { demoContract } from '../../src/sandbox/demo';
import { ADMIN, localSite, MONTH_OF_DEMO, NOW, type LocalSite } from '../forge/local-site';

export const REPO = resolve(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO, 'artifacts', 'screenshots');

/** Debian's chromium, headless, with nothing reaching for the network (see the machine notes). */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests run: they need Debian's chromium. Without it they are skipped with
 * a message on a developer's machine, and fail in CI (`CI=true`), where `.ci/run` installs it.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(
      `${CHROMIUM} is missing: .ci/run installs the chromium package before the tests.`,
    );
  console.warn(
    `Browser tests skipped: ${CHROMIUM} is missing. Install it with: apt-get install -y --no-install-recommends chromium`,
  );
  return false;
}

export interface UiSite {
  readonly site: LocalSite;
  readonly ui: UiServer;
  readonly sandbox: SandboxServer;
  readonly browser: Browser;
  /** A new page at `/ui/<path>`, acting as `accountId`, loaded when `ready` is visible. */
  open(path: string, accountId: string, ready: string): Promise<Page>;
  /** A resolver's value, called in process as `user` (the administrator by default). */
  invoke<K extends keyof ResolverApi>(
    key: K,
    payload: unknown,
    user?: SandboxAccount,
  ): Promise<ResolverApi[K]['value']>;
  /** `artifacts/screenshots/<name>.png`: the whole page, or one part of it. */
  screenshot(page: Page, name: string, part?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The pages against the local site: the sandbox with a month of demo data (the handlers' clock on
 * 5 October 2026 09:00 and running, every request checked against Atlassian's OpenAPI documents), the DEMAT'ADS and
 * ATIH contracts applied as the admin page would (fields recomputed), September's DEMAT'ADS report
 * published; the UI server and the sandbox server on free ports; chromium.
 */
export async function startUiSite(): Promise<UiSite> {
  await ensureUiBuild(REPO);
  // The handlers' clock starts on 5 October 2026 at 09:00 and then runs: a publication's
  // instant tells it from the one before, as on a real site.
  const started = Date.now();
  const site = localSite(MONTH_OF_DEMO, () => NOW + (Date.now() - started));
  for (const id of ['demat-ads', 'atih-2025'] as const) {
    const applied = await site.invoke(
      'contract/apply',
      { contract: demoContract(id), reason: 'Mise en service de Jalon.' },
      ADMIN,
    );
    if (!applied.ok) throw new Error(applied.message);
  }
  const published = await site.invoke(
    'report/publish',
    { contractId: 'demat-ads', month: '2026-09', spaceKey: 'DEMAT' },
    ADMIN,
  );
  if (!published.ok) throw new Error(published.message);
  await site.runtime.drain();
  const sandbox = await startSandboxServer({
    port: 0,
    handler: site.sandbox.transport,
    viewer: site.sandbox,
  });
  const ui = await startUiServer({
    port: 0,
    runtime: site.runtime,
    staticRoot: join(REPO, 'static'),
    accountId: ADMIN.accountId,
    siteUrl: sandbox.url,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    site,
    ui,
    sandbox,
    browser,
    async open(path, accountId, ready) {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 900 },
        locale: 'fr-FR',
      });
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${ui.url}/ui/${path}${separator}as=${encodeURIComponent(accountId)}`);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      return page;
    },
    async invoke(key, payload, user = ADMIN) {
      const answer = await site.invoke(key, payload, user);
      if (!answer.ok) throw new Error(`${key}: ${answer.message}`);
      return answer.value as ResolverApi[typeof key]['value'];
    },
    async screenshot(page, name, part) {
      const path = join(SCREENSHOTS, `${name}.png`);
      if (part === undefined) await page.screenshot({ path, fullPage: true });
      else await page.locator(part).screenshot({ path });
    },
    async close() {
      await browser.close();
      await ui.close();
      await sandbox.close();
    },
  };
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The script run in the page (a string: this file is compiled without the DOM's types). */
const AXE_RUN = `axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
}).then((result) => result.violations.map((v) => ({
  id: v.id,
  impact: v.impact,
  help: v.help,
  targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
})))`;

/** Runs axe-core in the page (WCAG 2.1 A and AA rules); the violations that are serious or worse. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(REPO, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate<Violation[]>(AXE_RUN);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${String(v.impact)}): ${v.help} — ${v.targets.join(', ')}`);
}
