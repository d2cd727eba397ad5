// The admin page's forms for the parts once edited as JSON (penalties, indicators, catalogue), in
// Debian's chromium against the local site: a value made invalid through the form, the French
// error at that input, fixed, then the dry run; an accessibility scan.
import type { Page } from 'playwright-core';
import { ADMIN } from '../forge/local-site';
import { browserAvailable, seriousViolations, startUiSite, type UiSite } from './ui-site';

jest.setTimeout(180_000);

const describeBrowser = browserAvailable() ? describe : describe.skip;

/** The control of the field at a draft path, and the error shown at it. */
const at = (page: Page, path: string) => ({
  input: page.locator(`[data-field-path="${path}"] input, [data-field-path="${path}"] select`),
  error: page.locator(`[data-field-path="${path}"] [role="alert"]`),
});

describeBrowser('Admin page forms in a real browser', () => {
  let ui: UiSite | undefined;

  beforeAll(async () => {
    ui = await startUiSite();
  }, 300_000);

  afterAll(async () => {
    await ui?.close();
  });

  const site = (): UiSite => {
    if (ui === undefined) throw new Error('the UI site did not start');
    return ui;
  };

  async function adminPage(contractId: string): Promise<Page> {
    const page = await site().open('admin-page/', ADMIN.accountId, '#contrat-choisi');
    await page.locator('#contrat-choisi').selectOption(contractId);
    await page.locator('#regles-titre').waitFor();
    return page;
  }

  /** Runs the dry run and waits for its answer (a refusal or the preview). */
  async function dryRun(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Prévisualiser le recalcul' }).click();
    await page.getByTestId('preview').or(page.getByText('Configuration refusée')).first().waitFor();
  }

  test('a penalty declared through the form: a non-integer amount is refused at its input, then fixed', async () => {
    const page = await adminPage('demat-ads');
    // With the keyboard: open the part, declare the penalties, add a rule.
    await page.locator('summary', { has: page.locator('#penalites-titre') }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Déclarer les pénalités du contrat' }).click();
    await page.getByRole('button', { name: 'Ajouter une pénalité' }).click();
    const rule = 'versions[0].penalties.rules[0]';
    await at(page, `${rule}.kind`).input.selectOption('per-hour');
    await at(page, `${rule}.label`).input.fill('Retard de résolution des incidents');
    await page.getByLabel('Montant par heure (centimes HT)').fill('125,5');
    await dryRun(page);
    const amount = at(page, `${rule}.amountCents`);
    await expect(amount.error.innerText()).resolves.toContain(
      'Montant attendu en centimes entiers',
    );
    await expect(amount.input.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.getByTestId('problemes-hors-champ').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await site().screenshot(page, 'admin-page-penalites');

    await amount.input.fill('50000');
    await dryRun(page);
    const preview = page.getByTestId('preview');
    await preview.waitFor();
    await expect(preview.locator('p').first().innerText()).resolves.toMatch(
      /Aucun ticket ne change|tickets? changen?t?/,
    );
    expect(await amount.error.count()).toBe(0);
    // The advanced JSON part shows what the form wrote.
    const json = await page
      .locator('[data-field-path="versions[0].penalties"] textarea')
      .inputValue();
    expect(JSON.parse(json)).toMatchObject({
      rules: [{ id: 'penalite-1', kind: 'per-hour', amountCents: 50000 }],
    });
    await page.close();
  });
  test('an indicator target made invalid through the form: the French error at its input, then fixed', async () => {
    const page = await adminPage('atih-2025');
    await page.locator('summary', { has: page.locator('#indicateurs-titre') }).click();
    const indicator = 'versions[0].indicators[0]';
    const target = at(page, `${indicator}.threshold.value`);
    await expect(target.input.inputValue()).resolves.toBe('1');
    await target.input.fill('un seul');
    await dryRun(page);
    await expect(target.error.innerText()).resolves.toMatch(/nombre/);
    await expect(target.input.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.getByTestId('problemes-hors-champ').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await site().screenshot(page, 'admin-page-indicateurs');

    await target.input.fill('1,5');
    await at(page, `${indicator}.threshold.comparator`).input.selectOption('<=');
    await dryRun(page);
    const preview = page.getByTestId('preview');
    await preview.waitFor();
    await expect(preview.locator('p').first().innerText()).resolves.toContain(
      'Aucun ticket ne change',
    );
    expect(await target.error.count()).toBe(0);
    const json = await page
      .locator('[data-field-path="versions[0].indicators"] textarea')
      .inputValue();
    expect((JSON.parse(json) as unknown[])[0]).toMatchObject({
      id: 'IQ-1',
      threshold: { comparator: '<=', value: 1.5 },
    });
    await page.close();
  });
  test('a work-unit code with a space is refused at its input in the catalogue form, then fixed', async () => {
    const page = await adminPage('atih-2025');
    await page.locator('summary', { has: page.locator('#catalogue-titre') }).click();
    const code = at(page, 'versions[0].catalogue.units[0].code');
    await expect(code.input.inputValue()).resolves.toBe('UO-1');
    await code.input.fill('UO 1');
    await dryRun(page);
    await expect(code.error.innerText()).resolves.toContain('Code attendu sans espace');
    expect(await seriousViolations(page)).toEqual([]);
    await code.input.fill('UO-1');
    await dryRun(page);
    await page.getByTestId('preview').waitFor();
    expect(await code.error.count()).toBe(0);
    await page.close();
  });
});
