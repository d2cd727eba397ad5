import fc from 'fast-check';
import { runJql, type JqlIssue } from '.';

const SEED = 20260329;
const options = { seed: SEED, numRuns: 400 };
const NOW = Date.parse('2026-03-29T12:00:00+02:00');
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2026-06-01T00:00:00Z');

const STATUSES = ['Open', 'In Progress', 'Done'];
const LABELS = ['urgent', 'backend', 'frontend'];
const WORDS = ['login', 'dashboard', 'export'];
const TIERS = ['Gold', 'Silver'];

const issues = fc
  .array(
    fc.record({
      project: fc.constantFrom('ABC', 'XYZ'),
      issuetype: fc.constantFrom('Bug', 'Story'),
      status: fc.constantFrom(...STATUSES),
      labels: fc.subarray(LABELS),
      summary: fc.subarray(WORDS).map((words) => words.join(' ')),
      created: fc.integer({ min: FROM, max: TO }),
      resolved: fc.option(fc.integer({ min: FROM, max: TO })),
      tier: fc.option(fc.constantFrom(...TIERS)),
    }),
    { maxLength: 25 },
  )
  .map((drafts): JqlIssue[] =>
    drafts.map(({ tier, ...draft }, i) => ({
      ...draft,
      key: `${draft.project}-${String(i + 1)}`,
      updated: draft.created,
      fields: { customfield_10042: tier },
    })),
  );

const list = (values: readonly string[]): fc.Arbitrary<string> =>
  fc
    .subarray([...values], { minLength: 1 })
    .map((picked) => `(${picked.map((v) => `"${v}"`).join(', ')})`);

const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('project = ABC', 'project != XYZ', 'type IN (Bug)', 'issuetype != story'),
  fc.constantFrom(...STATUSES).map((s) => `status = "${s}"`),
  list(STATUSES).map((l) => `status NOT IN ${l}`),
  fc.constantFrom(...LABELS).map((l) => `labels = ${l}`),
  fc.constantFrom(...LABELS).map((l) => `labels != ${l}`),
  list(LABELS).map((l) => `labels IN ${l}`),
  list([...LABELS, 'nope']).map((l) => `labels NOT IN ${l}`),
  fc.constantFrom('labels IS EMPTY', 'labels IS NOT EMPTY', 'resolved IS EMPTY'),
  fc.constantFrom(...WORDS).map((w) => `summary ~ ${w}`),
  fc.constantFrom(...WORDS).map((w) => `summary !~ ${w}`),
  fc.constantFrom(...TIERS).map((t) => `cf[10042] = ${t}`),
  fc.constantFrom(...TIERS).map((t) => `customfield_10042 != ${t}`),
  fc.constantFrom('cf[10042] IS EMPTY', 'cf[10042] IN (Gold, EMPTY)'),
  fc.constantFrom('created >= "2026-03-01"', 'created < -30d', 'created > startOfMonth(-1)'),
  fc.constantFrom('resolved <= endOfMonth()', 'resolved > "2026-02-14 12:00"', 'updated >= -8w'),
);

const { clause } = fc.letrec<{ clause: string }>((tie) => ({
  clause: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('clause'), tie('clause')).map(([a, b]) => `(${a} AND ${b})`),
    fc.tuple(tie('clause'), tie('clause')).map(([a, b]) => `(${a} OR ${b})`),
    tie('clause').map((a) => `NOT (${a})`),
  ),
}));

function keysOf(jql: string, found: readonly JqlIssue[]): Set<string> {
  const result = runJql(jql, found, { now: NOW });
  if (!result.ok) throw new Error(`${jql}: ${result.message}`);
  return new Set(result.value.map((issue) => issue.key));
}

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort();
}

describe('laws of the JQL engine on random issues', () => {
  test('A OR B finds the union of what A and B find', () => {
    fc.assert(
      fc.property(issues, clause, clause, (found, a, b) => {
        const union = new Set([...keysOf(a, found), ...keysOf(b, found)]);
        expect(sorted(keysOf(`${a} OR ${b}`, found))).toEqual(sorted(union));
      }),
      options,
    );
  });

  test('A AND B finds the intersection', () => {
    fc.assert(
      fc.property(issues, clause, clause, (found, a, b) => {
        const right = keysOf(b, found);
        const both = [...keysOf(a, found)].filter((key) => right.has(key));
        expect(sorted(keysOf(`${a} AND ${b}`, found))).toEqual(sorted(both));
      }),
      options,
    );
  });

  test('NOT A finds the complement', () => {
    fc.assert(
      fc.property(issues, clause, (found, a) => {
        const matched = keysOf(a, found);
        const rest = found.map((issue) => issue.key).filter((key) => !matched.has(key));
        expect(sorted(keysOf(`NOT ${a}`, found))).toEqual(sorted(rest));
      }),
      options,
    );
  });

  test('the order of the result does not depend on the order of the input', () => {
    const orderBy = fc.constantFrom('status', 'resolved DESC', 'cf[10042], created DESC', 'labels');
    fc.assert(
      fc.property(issues, orderBy, (found, order) => {
        const forward = runJql(`ORDER BY ${order}`, found, { now: NOW });
        const backward = runJql(`ORDER BY ${order}`, [...found].reverse(), { now: NOW });
        expect(backward).toEqual(forward);
      }),
      options,
    );
  });
});
