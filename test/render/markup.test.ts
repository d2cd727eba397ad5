import fc from 'fast-check';
import { escapeText, renderStorage, safeHttpUrl, utf8Length } from '../../src/render';
import { dematReport } from '../support/report-fixtures';

describe('escapeText', () => {
  test.each([
    ['plain text', 'plain text'],
    ['a & b', 'a &amp; b'],
    ['<p>', '&lt;p&gt;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["l'apostrophe", 'l&#39;apostrophe'],
    ['&amp;', '&amp;amp;'],
    [']]>', ']]&gt;'],
    ['tab\tLF\nCR\r', 'tab\tLF\nCR\r'],
    ['nul\u0000 bell\u0007 esc\u001b', 'nul\uFFFD bell\uFFFD esc\uFFFD'],
    ['\uFFFE\uFFFF', '\uFFFD\uFFFD'],
    ['lone \uD800 high, lone \uDC00 low', 'lone \uFFFD high, lone \uFFFD low'],
    ['pair \u{1F600} kept', 'pair \u{1F600} kept'],
    ['DEL \u007f and NEL \u0085 are allowed', 'DEL \u007f and NEL \u0085 are allowed'],
  ])('escapeText(%j) is %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('safeHttpUrl', () => {
  test.each([
    ['https://exemple.fr/a?b=1&c=2', 'https://exemple.fr/a?b=1&c=2'],
    ['  http://exemple.fr  ', 'http://exemple.fr/'],
    ['HTTPS://EXEMPLE.FR/x', 'https://exemple.fr/x'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['ftp://exemple.fr/f.pdf', null],
    ['//exemple.fr/x', null],
    ['https://', null],
    ['exemple.fr', null],
  ])('safeHttpUrl(%j) is %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('utf8Length', () => {
  test('counts the bytes Buffer counts for any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('page titles', () => {
  test('a title keeps one line and stays within Confluence’s 255 characters', () => {
    const report = dematReport();
    const label = `Contrat\n\tavec\u0000 un nom ${'très '.repeat(80)}long`;
    const { title, pages } = renderStorage(
      { ...report, contract: { ...report.contract, label } },
      { maxBytes: 2_000 },
    );
    expect(title).toMatch(/^Contrat avec un nom très /);
    expect(title.endsWith('… — rapport de mars 2026')).toBe(true);
    for (const page of pages) {
      expect(Array.from(page.title).length).toBeLessThanOrEqual(255);
      expect(page.title).not.toMatch(/[\n\t]/);
      expect(page.title.includes(String.fromCharCode(0))).toBe(false);
    }
    expect(pages.at(-1)?.title).toMatch(
      /… — rapport de mars 2026 — Détail des tickets \(\d+\/\d+\)$/,
    );
  });
});
