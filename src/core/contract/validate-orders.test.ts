import { compileContract } from '.';
import { contractPreset } from './presets';

// The ATIH preset with one part of its orders configuration broken, as a user's file would be.
function atihWith(patch: (version: Record<string, unknown>) => void) {
  const contract = contractPreset('atih-2025') as unknown as {
    versions: Record<string, unknown>[];
  };
  const [version] = contract.versions;
  if (version === undefined) throw new Error('no version');
  patch(version);
  return contract;
}
const orders = (v: Record<string, unknown>) => v.orders as Record<string, unknown>;
const catalogue = (v: Record<string, unknown>) =>
  v.catalogue as { units: Record<string, unknown>[]; caps: unknown[] };

describe('orders and catalogue references are checked with their paths', () => {
  test.each([
    [
      'orders without a catalogue',
      (v: Record<string, unknown>) => {
        delete v.catalogue;
      },
      'CONTRACT.NO_CATALOGUE',
      'versions[0].orders',
    ],
    [
      'a step entering an undeclared status',
      (v: Record<string, unknown>) => {
        orders(v).steps = { devis: { enters: ['Devis envoyé'] } };
      },
      'CONTRACT.UNKNOWN_STATUS',
      'versions[0].orders.steps.devis.enters[0]',
    ],
    [
      'a step dated by a text field',
      (v: Record<string, unknown>) => {
        orders(v).steps = { livraison: { field: 'project' } };
      },
      'CONTRACT.FIELD_KIND',
      'versions[0].orders.steps.livraison.field',
    ],
    [
      'a deadline on an unknown clock',
      (v: Record<string, unknown>) => {
        orders(v).deadlines = { devis: 'quote' };
      },
      'CONTRACT.UNKNOWN_CLOCK',
      'versions[0].orders.deadlines.devis',
    ],
    [
      'an envelope code outside the catalogue',
      (v: Record<string, unknown>) => {
        (orders(v).envelope as Record<string, unknown>).code = 'UO-99';
      },
      'CONTRACT.UNKNOWN_CODE',
      'versions[0].orders.envelope.code',
    ],
    [
      'an undeclared orders calendar',
      (v: Record<string, unknown>) => {
        orders(v).calendar = 'paris';
      },
      'CONTRACT.UNKNOWN_CALENDAR',
      'versions[0].orders.calendar',
    ],
    [
      'a code listed twice',
      (v: Record<string, unknown>) => {
        const units = catalogue(v).units;
        units.push({ ...units[0] });
      },
      'CONTRACT.DUPLICATE_CODE',
      'versions[0].catalogue.units[13].code',
    ],
    [
      'a cap over an unknown code',
      (v: Record<string, unknown>) => {
        catalogue(v).caps = [{ id: 'dev', label: 'Dév.', codes: ['UO-44'], maxShare: 0.5 }];
      },
      'CONTRACT.UNKNOWN_CODE',
      'versions[0].catalogue.caps[0].codes[0]',
    ],
    [
      'a prerequisite outside the catalogue',
      (v: Record<string, unknown>) => {
        const [first] = catalogue(v).units;
        if (first !== undefined) first.prerequisites = ['UO-0'];
      },
      'CONTRACT.UNKNOWN_CODE',
      'versions[0].catalogue.units[0].prerequisites[0]',
    ],
  ])('%s', (_name, patch, code, path) => {
    const result = compileContract(atihWith(patch));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.issues?.[0]?.path).toBe(path);
  });

  test('a price in euros with cents after the comma is refused: money is whole cents', () => {
    const result = compileContract(
      atihWith((v) => {
        const [first] = catalogue(v).units;
        if (first !== undefined) first.unitPrice = 650.5;
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('centimes entiers');
  });
});
