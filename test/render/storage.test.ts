import { renderStorage } from '../../src/render';
import { atihReport, dematReport, emptyReport } from '../support/report-fixtures';
import { countOf, elementCensus, parameterTexts, parseStorage, textOf } from '../support/xml';

/** The body cut after each closing tag of a block, for snapshots a reviewer can read. */
const blockLines = (body: string): string[] =>
  body.split(
    /(?<=<\/(?:p|tr|h[2-4]|table|ul|ac:parameter|ac:structured-macro|ac:rich-text-body)>)/,
  );

const FIXTURES = [
  ['atih-2025', atihReport],
  ['demat-ads', dematReport],
  ['empty month', emptyReport],
] as const;

describe('renderStorage', () => {
  test.each(FIXTURES)('renders the %s report as one well-formed page', (_, fixture) => {
    const document = renderStorage(fixture());
    expect(document.pages).toHaveLength(1);
    expect(document.pages[0]?.title).toBe(document.title);
    expect(() => parseStorage(document.pages[0]?.body ?? '')).not.toThrow();
  });

  test.each(FIXTURES)('the %s page matches its snapshot', (_, fixture) => {
    const { title, pages } = renderStorage(fixture());
    // One snapshot line per block: joined, the lines are the body byte for byte.
    const snapshot = pages.map((page) => ({ title: page.title, body: blockLines(page.body) }));
    expect(snapshot.map((page) => page.body.join(''))).toEqual(pages.map((page) => page.body));
    expect({ title, pages: snapshot }).toMatchSnapshot();
  });

  test('the title names the contract and the month', () => {
    expect(renderStorage(dematReport()).title).toBe("DEMAT'ADS — rapport de mars 2026");
  });

  test('the page opens with a table of contents and the page properties for roll-ups', () => {
    const body = renderStorage(dematReport()).pages[0]?.body ?? '';
    expect(body.startsWith('<ac:structured-macro ac:name="toc">')).toBe(true);
    const doc = parseStorage(body);
    const details = doc.getElementsByTagName('ac:structured-macro').item(1);
    expect(details?.getAttribute('ac:name')).toBe('details');
    const text = details?.textContent ?? '';
    expect(text).toContain("DEMAT'ADS");
    expect(text).toContain('Indicateurs non conformes2');
    expect(text).toContain('1\u202f650,00\u00a0€');
  });

  test('verdicts are status lozenges: green conforme, red non conforme, grey sans objet', () => {
    const doc = parseStorage(renderStorage(dematReport()).pages[0]?.body ?? '');
    const colours = parameterTexts(doc, 'colour');
    const titles = parameterTexts(doc, 'title').filter((t) =>
      ['conforme', 'non conforme', 'sans objet'].includes(t),
    );
    expect(colours).toHaveLength(titles.length);
    const pairs = new Set(colours.map((c, i) => `${c}:${titles[i] ?? ''}`));
    expect([...pairs].sort()).toEqual(['Green:conforme', 'Grey:sans objet', 'Red:non conforme']);
  });

  test('each issue is an expand macro titled with its key and summary', () => {
    const report = dematReport();
    const doc = parseStorage(renderStorage(report).pages[0]?.body ?? '');
    expect(countOf(elementCensus(doc), 'ac:structured-macro[expand]')).toBe(report.issues.length);
    expect(parameterTexts(doc, 'title')).toContain(
      "DEMAT-1042 — Dépôt de dossier impossible : « Erreur 503 » sur <PLAT'AU> & portail usagers (incident OR (critique)) — non conforme",
    );
  });

  test('indicators show value with unit, threshold with comparator, ratio and contributing keys', () => {
    const body = renderStorage(dematReport()).pages[0]?.body ?? '';
    expect(body).toContain(
      '<td>IND_INC01</td><td>Incidents critiques OR résolus dans les délais (2H)</td><td>66,67\u00a0%</td><td>≥\u00a095\u00a0%</td>',
    );
    expect(body).toContain('<td>2 / 3</td><td>DEMAT-1042, DEMAT-1049, DEMAT-1051</td>');
    expect(body).toContain('<td>sans seuil (N/A)</td>');
  });

  test('penalties list each computation and the total', () => {
    const body = renderStorage(dematReport()).pages[0]?.body ?? '';
    expect(body).toContain('<td>P = 150,00 € × 3 h de retard = 450,00 €</td>');
    expect(body).toContain(
      '<th colspan="4">Total (plafonds et exonérations appliqués)</th><td><strong>1\u202f650,00\u00a0€</strong></td>',
    );
  });

  test('orders link only http(s) documents; other links stay visible text', () => {
    const body = renderStorage(atihReport()).pages[0]?.body ?? '';
    expect(body).toContain(
      '<a href="https://atih.atlassian.net/browse/ATIH-411">Expression de besoin</a>',
    );
    expect(body).toContain('Facture FA-2026-031 (ftp://archives.atih.local/FA-2026-031.pdf)');
    expect(body).not.toContain('href="ftp:');
  });

  test('an empty month is an honest report saying there is no issue', () => {
    const body = renderStorage(emptyReport()).pages[0]?.body ?? '';
    expect(body).toContain('Aucun ticket ce mois-ci');
    expect(body).toContain('Aucune pénalité ce mois-ci.');
    expect(body).not.toContain('ac:name="expand"');
  });

  test('markup in user texts comes out as visible text, not as elements or macros', () => {
    const hostile =
      '<ac:structured-macro ac:name="html"><ac:plain-text-body><![CDATA[<script>alert(1)</script>]]></ac:plain-text-body></ac:structured-macro> &amp; \u0000\uD800';
    const report = { ...dematReport(), summary: { ...dematReport().summary, headline: hostile } };
    const body = renderStorage(report).pages[0]?.body ?? '';
    const doc = parseStorage(body);
    const census = elementCensus(doc);
    expect(census).not.toContain('ac:structured-macro[html]');
    expect(census).not.toContain('script');
    expect(textOf(doc)).toContain(
      '<ac:structured-macro ac:name="html"><ac:plain-text-body><![CDATA[<script>alert(1)</script>]]></ac:plain-text-body></ac:structured-macro> &amp; \uFFFD\uFFFD',
    );
  });

  test('a javascript: link is shown as text', () => {
    const report = atihReport();
    const orders = report.orders;
    if (orders === null) throw new Error('the ATIH fixture has orders');
    const row = orders.rows[0];
    if (row === undefined) throw new Error('the ATIH fixture has an order');
    const evil = {
      ...row,
      documents: [{ label: 'Devis', link: 'javascript:alert(1)', date: null }],
    };
    const body = renderStorage({ ...report, orders: { ...orders, rows: [evil] } }).pages[0]?.body;
    expect(body).toContain('<li>Devis (javascript:alert(1))</li>');
  });
});

describe('page titles in French', () => {
  test('the month takes an elided article before a vowel', () => {
    const october = { ...dematReport(), month: '2026-10', monthLabel: 'octobre 2026' };
    expect(renderStorage(october).title).toBe("DEMAT'ADS — rapport d’octobre 2026");
  });
});
