// The three Custom UI pages in Debian's chromium (headless, driven by playwright-core) against
// the local site: what a person reads and does on each, an accessibility scan, a screenshot.
import { frenchInstant } from '../../src/core/report/describe';
import { ADMIN, AGENT } from '../forge/local-site';
import { browserAvailable, seriousViolations, startUiSite, type UiSite } from './ui-site';

jest.setTimeout(180_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;

describeBrowser('Custom UI pages in a real browser', () => {
  let ui: UiSite | undefined;

  beforeAll(async () => {
    ui = await startUiSite();
  }, 300_000);

  afterAll(async () => {
    await ui?.close();
  });

  /** The site, once `beforeAll` has started it. */
  const site = (): UiSite => {
    if (ui === undefined) throw new Error('the UI site did not start');
    return ui;
  };

  /** The first DEMAT'ADS anomaly with a breached clock, as the engine computed it. */
  async function breachedAnomaly() {
    for (const issue of site()
      .site.sandbox.state()
      .issues.filter((i) => i.project === 'DEM')) {
      const panel = await site().invoke('clocks/get', { issueKey: issue.key });
      if (panel.contract === null) continue;
      const clock = panel.clocks.find(
        (c) => 'breached' in c && c.breached && c.breachedAt !== null,
      );
      if (clock !== undefined && 'breachedAt' in clock && clock.breachedAt !== null)
        return { key: issue.key, clock, breachedAt: clock.breachedAt };
    }
    throw new Error('no breached anomaly in the demo month');
  }

  test('the issue panel of a breached anomaly shows its due date and why, and no adjustment form to an agent', async () => {
    const { key, clock, breachedAt } = await breachedAnomaly();
    const page = await site().open(
      `issue-panel/?issue=${key}`,
      AGENT.accountId,
      `[data-clock="${clock.id}"]`,
    );
    const card = page.locator(`[data-clock="${clock.id}"]`);
    const due = frenchInstant(breachedAt, 'Europe/Paris');
    await expect(card.locator('h2').innerText()).resolves.toContain('Dépassé');
    await expect(card.locator('[data-field="due"]').innerText()).resolves.toBe(due);
    await expect(card.locator('[data-field="due"] time').getAttribute('datetime')).resolves.toMatch(
      /^2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/,
    );
    const why = await card.locator('[data-field="why"]').innerText();
    expect(why).toContain(`Dépassé : l’échéance était le ${due}`);
    expect(await card.locator('svg[role="img"] rect').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Ajustement manuel' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await site().screenshot(page, 'issue-panel');
    await page.close();
  });

  test('an administrator waives the breached clock from the panel: the panel says so, the audit log keeps why', async () => {
    const { key, clock } = await breachedAnomaly();
    const page = await site().open(
      `issue-panel/?issue=${key}`,
      ADMIN.accountId,
      'text=Ajustement manuel',
    );
    await page.locator('#ajust-delai').fill(clock.label);
    await page.keyboard.press('Enter');
    await page.getByLabel('Exonération').check();
    await page
      .getByLabel('Motif (inscrit au journal d’audit)')
      .fill('Indisponibilité de la plateforme de l’administration.');
    await page.getByRole('button', { name: 'Enregistrer l’ajustement' }).click();
    await page.getByText('Ajustement enregistré').waitFor();
    const card = page.locator(`[data-clock="${clock.id}"]`);
    await card.getByText('Exonéré : une décision d’exonération s’applique à ce délai.').waitFor();
    await site().screenshot(page, 'issue-panel-exoneration');
    const log = await site().invoke('audit/list', { limit: 1 });
    expect(log.entries[0]).toMatchObject({
      action: 'ajustement',
      subject: key,
      why: 'Indisponibilité de la plateforme de l’administration.',
    });
    await page.close();
  });

  test('the orders table sorts by amount and filters by text and by verdict', async () => {
    const orders = await site().invoke('orders/list', { projectKey: 'ATIH' });
    const rows = orders.view?.rows ?? [];
    const page = await site().open('project-page/?project=ATIH', ADMIN.accountId, 'table tbody tr');
    const keys = () =>
      page
        .locator('table[data-testid] tbody tr th, table tbody tr td:first-child strong')
        .allInnerTexts();
    expect(await keys()).toEqual(rows.map((r) => r.key));
    const amountHeader = page.getByRole('button', { name: 'Montant HT' });
    // With the keyboard, as a person without a mouse would.
    await amountHeader.focus();
    await page.keyboard.press('Enter');
    const ascending = [...rows]
      .sort((a, b) => (a.amountCents ?? -1) - (b.amountCents ?? -1))
      .map((r) => r.amountCents ?? -1);
    const shownAmounts = async () => {
      const shown = await keys();
      return shown.map((k) => rows.find((r) => r.key === k)?.amountCents ?? -1);
    };
    expect(await shownAmounts()).toEqual(ascending);
    await amountHeader.click();
    expect(await shownAmounts()).toEqual([...ascending].reverse());

    await page.getByLabel('Filtrer les commandes').fill('BC-2026-0002');
    expect(await keys()).toEqual(
      rows.filter((r) => r.orderNumber === 'BC-2026-0002').map((r) => r.key),
    );
    await page.getByLabel('Filtrer les commandes').fill('');
    await page.locator('#filtre-verdict').fill('Non conforme');
    await page.keyboard.press('Enter');
    const late = rows
      .filter((r) => r.verdict === 'non conforme')
      .map((r) => r.key)
      .sort();
    expect(late.length).toBeGreaterThan(0);
    expect((await keys()).sort()).toEqual(late);
    await page
      .getByTestId('orders-count')
      .getByText(`${String(late.length)} commande(s) sur ${String(rows.length)}`)
      .waitFor();
    await page.locator('#filtre-verdict').fill('Tous les verdicts');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Indicateurs de / }).waitFor();
    await page.getByRole('heading', { name: 'Enveloppe UO-9' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await site().screenshot(page, 'project-page');
    await page.close();
  });

  test('the project page publishes now and follows the job to its end; the published pages are linked', async () => {
    const page = await site().open(
      'project-page/?project=DEM',
      ADMIN.accountId,
      'text=Rapports publiés',
    );
    await page.getByRole('link', { name: /DEMAT/ }).first().waitFor();
    await page.getByLabel('Mois (AAAA-MM)').fill('2026-09');
    await page.getByRole('button', { name: 'Publier maintenant' }).click();
    await page.getByText(/Rapport de 2026-09 publié dans l’espace DEMAT/).waitFor();
    await page.close();
  });

  test('a calendar change in the admin page: the error at its field, the dry-run diff, then applied and checked', async () => {
    const page = await site().open('admin-page/', ADMIN.accountId, '#contrat-choisi');
    await page.locator('#contrat-choisi').selectOption('demat-ads');
    const end = page.locator('[data-field-path="versions[0].calendars.tma.windows[0].to"] input');
    await expect(end.inputValue()).resolves.toBe('18:00');
    await end.fill('25:00');
    await page.getByRole('button', { name: 'Prévisualiser le recalcul' }).click();
    const error = page.locator(
      '[data-field-path="versions[0].calendars.tma.windows[0].to"] [role="alert"]',
    );
    await expect(error.innerText()).resolves.toContain('Heure attendue au format HH:MM');
    await expect(end.getAttribute('aria-invalid')).resolves.toBe('true');

    await end.fill('17:00');
    await page
      .getByLabel('Motif de la modification (inscrit au journal d’audit)')
      .fill('Avenant n° 3 : service jusqu’à 17 h.');
    await page.getByRole('button', { name: 'Prévisualiser le recalcul' }).click();
    const preview = page.getByTestId('preview');
    await preview.waitFor();
    const summary = await preview.locator('p').first().innerText();
    const changed = Number(/(\d+) tickets? changen?t?/.exec(summary)?.[1] ?? 0);
    expect(changed).toBeGreaterThan(0);
    expect(await preview.locator('tbody tr').count()).toBeGreaterThanOrEqual(changed);
    const [key, field, , to] = await preview
      .locator('tbody tr')
      .first()
      .locator('th, td')
      .allInnerTexts();
    await site().screenshot(page, 'admin-page', 'main');

    await page.getByRole('button', { name: 'Appliquer' }).click();
    await page.getByText('Recalcul terminé').waitFor();
    await expect(page.getByTestId('check').innerText()).resolves.toContain(
      'Aucun ticket ne change',
    );
    const stored = await site().invoke('contract/get', { contractId: 'demat-ads' });
    expect(JSON.stringify(stored.contract)).toContain('"to":"17:00"');
    // The issue now carries the value the dry run announced.
    const after = await site().invoke('recompute/preview', {
      contractId: 'demat-ads',
      jql: `key = ${String(key)}`,
    });
    expect(after.changedIssues).toBe(0);
    expect([key, field, to].every((t) => typeof t === 'string' && t.length > 0)).toBe(true);

    await page.getByRole('tab', { name: 'Journal d’audit' }).click();
    await page
      .getByTestId('audit')
      .getByText('Avenant n° 3 : service jusqu’à 17 h.')
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
