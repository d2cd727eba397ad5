import { renderHtml } from '../../src/render';
import { atihReport, dematReport, emptyReport } from '../support/report-fixtures';
import { countOf, elementCensus, parseHtmlAsXml, textOf } from '../support/xml';

describe('renderHtml', () => {
  test('is a standalone French HTML5 document with its styles inline', () => {
    const html = renderHtml(dematReport());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"/>')).toBe(
      true,
    );
    expect(html).toContain('<title>DEMAT&#39;ADS — rapport de mars 2026</title>');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link |<script/);
  });

  test.each([
    ['atih-2025', atihReport],
    ['demat-ads', dematReport],
    ['empty month', emptyReport],
  ] as const)('the %s preview is also well-formed XML', (_, fixture) => {
    expect(() => parseHtmlAsXml(renderHtml(fixture()))).not.toThrow();
  });

  test('verdicts are coloured spans and each issue a <details>', () => {
    const report = dematReport();
    const html = renderHtml(report);
    expect(html).toContain('<span class="lozenge lozenge-vert">conforme</span>');
    expect(html).toContain('<span class="lozenge lozenge-rouge">non conforme</span>');
    expect(html).toContain('<span class="lozenge lozenge-gris">sans objet</span>');
    const census = elementCensus(parseHtmlAsXml(html));
    expect(countOf(census, 'details')).toBe(report.issues.length);
    expect(census).not.toContain('ac:structured-macro');
  });

  test('the table of contents links to every section', () => {
    const html = renderHtml(atihReport());
    for (const id of ['synthese', 'commandes', 'indicateurs', 'penalites', 'tickets', 'annexe']) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`id="${id}"`);
    }
  });

  test('embeds one chart per indicator with a numeric history', () => {
    const census = elementCensus(parseHtmlAsXml(renderHtml(dematReport())));
    expect(countOf(census, 'svg')).toBe(3);
  });

  test('user markup shows as text, never as an element', () => {
    const report = dematReport();
    const hostile = {
      ...report,
      issues: [{ ...report.issues[0]!, summary: '<script>alert("x")</script> &amp; <b>gras</b>' }],
    };
    const doc = parseHtmlAsXml(renderHtml(hostile));
    const census = elementCensus(doc);
    expect(census).not.toContain('script');
    expect(census).not.toContain('b');
    expect(textOf(doc)).toContain('<script>alert("x")</script> &amp; <b>gras</b>');
  });

  test('an empty month says there is no issue', () => {
    expect(renderHtml(emptyReport())).toContain('Aucun ticket ce mois-ci');
  });
});
