import {
  CONFLUENCE_MAX_BODY_BYTES,
  planStorage,
  renderStorage,
  utf8Length,
} from '../../src/render';
import type { Document } from '@xmldom/xmldom';
import { dematReport, syntheticReport } from '../support/report-fixtures';
import { countOf, elementCensus, parameterTexts, parseStorage } from '../support/xml';

/** The titles of the pages a page links to, in order. */
function linkedTitles(doc: Document): string[] {
  const pages = doc.getElementsByTagName('ri:page');
  return Array.from(
    { length: pages.length },
    (_, i) => pages.item(i)?.getAttribute('ri:content-title') ?? '',
  );
}

/** The issue keys of the expands of a page, in order. */
const expandedKeys = (doc: Document): string[] =>
  parameterTexts(doc, 'title')
    .filter((title) => /^DEMAT-\d+ — /.test(title))
    .map((title) => title.split(' — ')[0] ?? '');

describe('renderStorage splits a report too large for one page', () => {
  const report = syntheticReport({ issues: 10_000, seed: 0x5eed });
  const document = renderStorage(report);
  const [main, ...children] = document.pages;
  let parsed: Document[] = [];
  beforeAll(() => {
    parsed = document.pages.map((page) => parseStorage(page.body));
  });

  test('a month of 10,000 issues becomes a main page and detail pages, each under 5 MB', () => {
    expect(children.length).toBeGreaterThan(1);
    for (const page of document.pages)
      expect(utf8Length(page.body)).toBeLessThanOrEqual(CONFLUENCE_MAX_BODY_BYTES);
  });

  test('the detail pages are titled "… — Détail des tickets (i/N)" and linked from the main page', () => {
    const n = children.length;
    expect(children.map((page) => page.title)).toEqual(
      children.map(
        (_, i) => `${document.title} — Détail des tickets (${String(i + 1)}/${String(n)})`,
      ),
    );
    const [mainDoc, ...childDocs] = parsed;
    expect(linkedTitles(mainDoc!)).toEqual(children.map((page) => page.title));
    for (const doc of childDocs) expect(linkedTitles(doc)).toEqual([document.title]);
  });

  test('every issue is detailed once, in order, on the detail pages only', () => {
    const [mainDoc, ...childDocs] = parsed;
    expect(countOf(elementCensus(mainDoc!), 'ac:structured-macro[expand]')).toBe(0);
    expect(childDocs.flatMap(expandedKeys)).toEqual(report.issues.map((i) => i.key));
  });

  test('the main page keeps the summary, indicators, penalties and annex', () => {
    const body = main?.body ?? '';
    for (const heading of [
      'Synthèse',
      'Indicateurs',
      'Pénalités',
      'Détail par ticket',
      'Annexe : méthode',
    ])
      expect(body).toContain(`<h2>${heading}</h2>`);
    expect(body).toContain('10\u202f000 tickets');
  });
});

describe('renderStorage with a small maxBytes', () => {
  test('each page holds as many issues as fit within the limit', () => {
    const report = syntheticReport({ issues: 300, seed: 3 });
    const maxBytes = 60_000;
    const { pages } = renderStorage(report, { maxBytes });
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(utf8Length(page.body)).toBeLessThanOrEqual(maxBytes);
      expect(() => parseStorage(page.body)).not.toThrow();
    }
  });

  test('a page under the limit is never split', () => {
    const report = dematReport();
    const single = renderStorage(report).pages[0]?.body ?? '';
    expect(renderStorage(report, { maxBytes: utf8Length(single) }).pages).toHaveLength(1);
    expect(
      renderStorage(report, { maxBytes: utf8Length(single) - 1 }).pages.length,
    ).toBeGreaterThan(1);
  });

  test('an issue larger than the limit gets a page of its own', () => {
    const report = syntheticReport({ issues: 5, seed: 4 });
    const { pages } = renderStorage(report, { maxBytes: 500 });
    expect(pages).toHaveLength(6);
    const counts = pages.slice(1).map((page) => expandedKeys(parseStorage(page.body)).length);
    expect(counts).toEqual([1, 1, 1, 1, 1]);
  });
});

// The report passes as its own head: the plan must read the detail from the list alone.
describe('planStorage renders one page at a time from a lazy detail list', () => {
  const report = syntheticReport({ issues: 300, seed: 5 });
  const maxBytes = 60_000;

  /** The report's detail, counting how often each issue is asked for. */
  function countedList() {
    const asked = new Map<number, number>();
    return {
      asked,
      list: {
        length: report.issues.length,
        at: (index: number) => {
          asked.set(index, (asked.get(index) ?? 0) + 1);
          return report.issues[index];
        },
      },
    };
  }

  test('gives the pages renderStorage gives, byte for byte', () => {
    const plan = planStorage(report, countedList().list, { maxBytes });
    const document = renderStorage(report, { maxBytes });
    expect(plan.titles).toEqual(document.pages.map((page) => page.title));
    expect(plan.titles.map((_title, i) => plan.page(i))).toEqual(document.pages);
  });

  test('asks for each issue once to measure, then once for the page that holds it', () => {
    const { asked, list } = countedList();
    const plan = planStorage(report, list, { maxBytes });
    expect([...asked.values()].every((n) => n === 1)).toBe(true);
    plan.page(0);
    expect([...asked.values()].every((n) => n === 1)).toBe(true);
    plan.page(2);
    const twice = [...asked.entries()].filter(([, n]) => n === 2).map(([i]) => i);
    expect(twice.length).toBeGreaterThan(0);
    expect(twice.length).toBeLessThan(report.issues.length / 2);
    expect(() => plan.page(plan.titles.length)).toThrow(RangeError);
  });
});
