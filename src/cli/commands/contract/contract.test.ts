import { inputFiles, jalon } from '../../../../test/support/cli';

const file = inputFiles('jalon-contract-');

describe('jalon contract', () => {
  test('ccag writes the CCAG-TIC penalties by default, ready to paste into a version', async () => {
    const r = await jalon('contract', 'ccag');
    expect(r.code).toBe(0);
    const { penalties } = JSON.parse(r.out) as {
      penalties: { rules: { ccag: string }[]; caps: unknown };
    };
    expect(penalties.rules[0]?.ccag).toBe('CCAG-TIC');
    expect(penalties.caps).toEqual({ itemShare: 0.1 });
  });

  test('a preset with the CCAG-PI penalties pasted in is a valid contract', async () => {
    const preset = JSON.parse((await jalon('contract', 'check', 'preset:atih-2025')).out) as {
      versions: Record<string, unknown>[];
    };
    const { penalties } = JSON.parse((await jalon('contract', 'ccag', 'CCAG-PI')).out) as {
      penalties: unknown;
    };
    const [version] = preset.versions;
    if (version !== undefined) version.penalties = penalties;
    const r = await jalon('contract', 'check', file('atih-ccag.json', preset));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  test('an unknown CCAG is refused with the choices', async () => {
    const r = await jalon('contract', 'ccag', 'CCAG-MI');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'jalon contract ccag : argument 1 : choisissez CCAG-TIC, CCAG-FCS, CCAG-PI\n',
    );
  });
});
