import { z } from 'zod';
import { parseCommandArgs, tokenizeArgs } from './args';

const spec = { from: 'string', json: 'boolean' } as const;

describe('command-line arguments', () => {
  it.each([
    [['--from', '2025-01-02', 'a'], { from: '2025-01-02', positionals: ['a'] }],
    [['--from=2025-01-02', '--json'], { from: '2025-01-02', json: true, positionals: [] }],
    [['a', '--', '--json', '-5'], { positionals: ['a', '--json', '-5'] }],
    [['-3', '-'], { positionals: ['-3', '-'] }],
  ])('splits %j into options and positionals', (args, expected) => {
    expect(tokenizeArgs(args, spec)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [['--frm', 'x'], 'option inconnue « --frm » (options : --from, --json).'],
    [['-f'], 'option inconnue « -f » (options : --from, --json).'],
    [['--from'], 'l’option « --from » attend une valeur.'],
    [['--json=yes'], 'l’option « --json » ne prend pas de valeur.'],
    [['--json', '--json'], 'l’option « --json » est donnée deux fois.'],
  ])('rejects %j with a French message saying what to fix', (args, message) => {
    expect(tokenizeArgs(args, spec)).toEqual({ ok: false, message });
  });

  it('validates the tokens with the command’s zod schema, in French', () => {
    const schema = z.strictObject({
      from: z.iso.date(),
      json: z.boolean().default(false),
      positionals: z.array(z.string()).length(0),
    });
    expect(parseCommandArgs(['--from', '2025-01-02'], spec, schema)).toEqual({
      ok: true,
      value: { from: '2025-01-02', json: false, positionals: [] },
    });
    const bad = parseCommandArgs(['--from', 'hier', 'x'], spec, schema);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.message).toMatch(/^--from : .+\narguments : .+$/);
  });
});
