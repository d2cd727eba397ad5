import { renderIndicatorChart } from '../../src/render';
import { atihReport, dematReport, emptyReport } from '../support/report-fixtures';
import { countOf, elementCensus, parseXml, textOf } from '../support/xml';

function chartOf(report = dematReport(), id = 'IND_INC01'): string {
  const svg = renderIndicatorChart(report, id);
  if (svg === null) throw new Error(`no chart for ${id}`);
  return svg;
}

describe('renderIndicatorChart', () => {
  test('draws a well-formed SVG of fixed size with an accessible title and description', () => {
    const svg = chartOf();
    const doc = parseXml(svg);
    const root = doc.documentElement;
    expect(root?.tagName).toBe('svg');
    expect(root?.getAttribute('width')).toBe('640');
    expect(root?.getAttribute('height')).toBe('260');
    expect(root?.getAttribute('role')).toBe('img');
    expect(doc.getElementsByTagName('title').item(0)?.textContent).toBe(
      'IND_INC01 — Incidents critiques OR résolus dans les délais (2H)',
    );
    expect(doc.getElementsByTagName('desc').item(0)?.textContent).toContain(
      'juillet 2025 : sans objet',
    );
  });

  test('is deterministic', () => {
    expect(chartOf()).toBe(chartOf());
  });

  test('a sans objet month breaks the line: one polyline per run of values, "s. o." in the gap', () => {
    // IND_INC01 has no value in July 2025 (4th month): two runs.
    const census = elementCensus(parseXml(chartOf()));
    expect(countOf(census, 'polyline')).toBe(2);
    expect(countOf(census, 'circle')).toBe(11);
    expect(chartOf()).toContain('>s. o.</text>');
  });

  test('draws the threshold as a dashed line', () => {
    expect(chartOf()).toMatch(/<line [^>]*stroke-dasharray="6 4"\/>/);
    expect(chartOf()).toContain('seuil ≥\u00a095\u00a0%');
  });

  test('labels months in French, with the year on the first month and on January', () => {
    const text = textOf(parseXml(chartOf()));
    for (const month of ['avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'déc.', 'janv.', 'mars'])
      expect(text).toContain(month);
    expect(chartOf()).toContain('<tspan>avr.</tspan><tspan x="87.3" dy="13">2025</tspan>');
    expect(chartOf()).toMatch(/<tspan>janv\.<\/tspan><tspan [^>]*>2026<\/tspan>/);
  });

  test('is null without a numeric history', () => {
    expect(renderIndicatorChart(dematReport(), 'IND_INC03')).toBeNull();
    expect(renderIndicatorChart(dematReport(), 'INCONNU')).toBeNull();
    expect(renderIndicatorChart(emptyReport(), 'IND_REC01')).toBeNull();
  });

  test('keeps a day-count indicator with zeros on a scale from 0', () => {
    const doc = parseXml(chartOf(atihReport(), 'ID-1'));
    expect(countOf(elementCensus(doc), 'polyline')).toBe(2);
    expect(textOf(doc)).toContain('0');
  });

  test('escapes the indicator label in the title', () => {
    const report = dematReport();
    const hostile = {
      ...report,
      indicators: report.indicators.map((i) =>
        i.id === 'IND_INC01' ? { ...i, label: '</title><script>alert(1)</script>\u0001' } : i,
      ),
    };
    const doc = parseXml(chartOf(hostile));
    expect(elementCensus(doc)).not.toContain('script');
    expect(doc.getElementsByTagName('title').item(0)?.textContent).toBe(
      'IND_INC01 — </title><script>alert(1)</script>\uFFFD',
    );
  });
});
