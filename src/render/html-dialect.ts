import type { Verdict } from '../core/indicators/indicator-result';
import type { ReportHead } from '../core/report/report-model';
import { propertiesTable, type Dialect } from './blocks';
import { indicatorChart } from './chart';
import { element, escapeText, join } from './markup';

const LOZENGE_CLASS: Readonly<Record<Verdict, string>> = {
  conforme: 'lozenge lozenge-vert',
  'non conforme': 'lozenge lozenge-rouge',
  'sans objet': 'lozenge lozenge-gris',
};

export const HTML_STYLE = `
body { font-family: -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #172b4d;
  margin: 2rem auto; max-width: 75rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; } h2 { border-bottom: 1px solid #dfe1e6; padding-bottom: .25rem; }
table { border-collapse: collapse; margin: .75rem 0; }
th, td { border: 1px solid #c1c7d0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f5f7; }
td ul { margin: 0; padding-left: 1.1rem; }
.lozenge { display: inline-block; border-radius: 3px; padding: 0 .35rem; font-size: .75rem;
  font-weight: 700; text-transform: uppercase; white-space: nowrap; }
.lozenge-vert { background: #e3fcef; color: #006644; }
.lozenge-rouge { background: #ffebe6; color: #bf2600; }
.lozenge-gris { background: #dfe1e6; color: #42526e; }
.proprietes th { width: 16rem; }
details { border: 1px solid #dfe1e6; border-radius: 3px; margin: .4rem 0; padding: .3rem .6rem; }
summary { cursor: pointer; font-weight: 600; }
nav.sommaire { background: #f4f5f7; padding: .5rem 1rem; display: inline-block; }
figure { margin: 1rem 0; }
`;

/** The standalone HTML preview: lozenges as spans, expands as `<details>`, charts inline. */
export function htmlDialect(report: ReportHead): Dialect {
  return {
    lozenge: (verdict) => element('span', { class: LOZENGE_CLASS[verdict] }, escapeText(verdict)),
    expand: (title, body) =>
      element('details', null, [element('summary', null, escapeText(title)), body]),
    toc: (sections) =>
      element('nav', { class: 'sommaire', 'aria-label': 'Sommaire' }, [
        element('strong', null, escapeText('Sommaire')),
        element(
          'ul',
          null,
          sections.map((s) =>
            element('li', null, element('a', { href: `#${s.id}` }, escapeText(s.title))),
          ),
        ),
      ]),
    properties: (rows) => propertiesTable(rows, { class: 'proprietes' }),
    heading: (level, text, id) =>
      element(`h${String(level)}`, id === undefined ? null : { id }, escapeText(text)),
    historyFigures: (ids) =>
      join(
        ids.flatMap((id) => {
          const chart = indicatorChart(report, id);
          return chart === null ? [] : [element('figure', null, chart)];
        }),
      ),
  };
}
