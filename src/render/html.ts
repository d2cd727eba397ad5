import type { MonthlyReport } from '../core/report/report-model';
import { HTML_STYLE, htmlDialect } from './html-dialect';
import { issuesSection } from './issues-section';
import { element, escapeText, join, trusted, voidElement } from './markup';
import { mainSections, pageBody, reportTitle } from './report-page';

/**
 * The same content as the Confluence page as a standalone HTML5 document in French: inline CSS,
 * verdicts as coloured spans, per-issue detail in `<details>`, one SVG chart per indicator with
 * a history. Every text is escaped with the same function as the storage format; the document is
 * also well-formed XML (void elements self-closed).
 */
export function renderHtml(report: MonthlyReport): string {
  const dialect = htmlDialect(report);
  const title = reportTitle(report);
  const sections = mainSections(report, dialect, issuesSection(report, dialect));
  const head = element('head', null, [
    voidElement('meta', { charset: 'utf-8' }),
    voidElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('title', null, escapeText(title)),
    element('style', null, trusted(HTML_STYLE)),
  ]);
  const body = element('body', null, [
    element('h1', null, escapeText(title)),
    pageBody(report, dialect, sections),
  ]);
  return `<!DOCTYPE html>\n${element('html', { lang: 'fr' }, join([head, body]))}\n`;
}
