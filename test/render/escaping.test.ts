import fc from 'fast-check';
import type { MonthlyReport } from '../../src/core/report/report-model';
import { renderHtml, renderStorage, safeHttpUrl } from '../../src/render';
import { atihReport, dematReport, emptyReport } from '../support/report-fixtures';
import { countReportTexts, mapReportTexts } from './map-texts';
import { elementCensus, parseHtmlAsXml, parseStorage, textOf } from '../support/xml';

/**
 * Whatever users type in any text of the report, the output has exactly the elements and macros
 * of the template: those of the same report with plain texts. The plain twin keeps what the
 * template may legitimately branch on: equal texts stay equal, empty stays empty, an http(s) URL
 * stays one.
 */

const SEED = 20260401;
const RUNS = 150;

const HOSTILE = [
  '<ac:structured-macro ac:name="html"><ac:plain-text-body><![CDATA[<script>alert(1)</script>]]></ac:plain-text-body></ac:structured-macro>',
  '<ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green</ac:parameter></ac:structured-macro>',
  '</ac:parameter></ac:structured-macro><p>',
  '<script>alert("x")</script>',
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&nbsp;',
  '&#0;',
  '<!-- ',
  '<?xml version="1.0"?>',
  '"',
  "'",
  '&',
  '<',
  '>',
  'javascript:alert(1)',
  'https://exemple.fr/?a=1&b=<2>',
  '\u0000',
  '\u0008',
  '\u001F',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\r\n',
  '\t',
  '\u2028',
  '\u{1F600}',
  'é',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE), codeUnit), maxLength: 8 }),
  fc.constantFrom(...HOSTILE),
);

/** An injective replacement of each text by a plain one with the same template-relevant traits. */
function plainTwin(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (text === '') return '';
    const known = seen.get(text);
    if (known !== undefined) return known;
    const n = String(seen.size);
    const plain = safeHttpUrl(text) === null ? `texte${n}` : `https://exemple.fr/${n}`;
    seen.set(text, plain);
    return plain;
  };
}

function withTexts(report: MonthlyReport, texts: readonly string[]): MonthlyReport {
  let i = 0;
  return mapReportTexts(report, () => {
    const text = texts[i % texts.length] ?? '';
    i += 1;
    return text;
  });
}

/** What a reader must see: XML forbids some characters and turns CR and CRLF into LF. */
const visible = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu, '\uFFFD')
    .replace(/\r\n?/g, '\n');

const FIXTURES = [
  ['atih-2025', atihReport()],
  ['demat-ads', dematReport()],
  ['empty month', emptyReport()],
] as const;

describe.each(FIXTURES)('user texts in the %s report', (_, fixture) => {
  const count = countReportTexts(fixture);
  const textsArb = fc.array(textArb, { minLength: count, maxLength: count });

  test('never add an element or a macro to the storage format, and the XML parses', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const hostile = withTexts(fixture, texts);
        const plain = mapReportTexts(hostile, plainTwin());
        const hostilePages = renderStorage(hostile).pages;
        const plainPages = renderStorage(plain).pages;
        expect(hostilePages).toHaveLength(plainPages.length);
        hostilePages.forEach((page, i) => {
          const census = elementCensus(parseStorage(page.body));
          expect(census).toEqual(elementCensus(parseStorage(plainPages[i]?.body ?? '')));
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('never add an element to the HTML preview, and it parses as XML', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const hostile = withTexts(fixture, texts);
        const plain = mapReportTexts(hostile, plainTwin());
        expect(elementCensus(parseHtmlAsXml(renderHtml(hostile)))).toEqual(
          elementCensus(parseHtmlAsXml(renderHtml(plain))),
        );
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  test('show as text: summaries, headline, explanations and labels read as typed', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const hostile = withTexts(fixture, texts);
        const shown = textOf(parseStorage(renderStorage(hostile).pages[0]?.body ?? ''));
        const expected = [
          hostile.summary.headline,
          hostile.contract.label,
          ...hostile.indicators.map((i) => i.label),
          ...hostile.issues.flatMap((i) => [i.summary, ...i.clocks.flatMap((c) => c.explanation)]),
          ...(hostile.penalties?.lines.map((l) => l.computation) ?? []),
        ];
        for (const text of expected) expect(shown).toContain(visible(text));
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });
});
