import type { Verdict } from '../core/indicators/indicator-result';
import { propertiesTable, type Dialect } from './blocks';
import { element, escapeText, join, voidElement, type Markup } from './markup';

const COLOURS: Readonly<Record<Verdict, string>> = {
  conforme: 'Green',
  'non conforme': 'Red',
  'sans objet': 'Grey',
};

/** `<ac:structured-macro ac:name="…">` with its parameters and an optional rich-text body. */
export function macro(
  name: string,
  parameters: readonly (readonly [string, string])[],
  body?: Markup,
): Markup {
  const children = parameters.map(([key, value]) =>
    element('ac:parameter', { 'ac:name': key }, escapeText(value)),
  );
  if (body !== undefined) children.push(element('ac:rich-text-body', null, body));
  return element('ac:structured-macro', { 'ac:name': name }, children);
}

/** A link to another page of the space, by its title; Confluence shows the title. */
export function pageLink(title: string): Markup {
  return element('ac:link', null, voidElement('ri:page', { 'ri:content-title': title }));
}

/** Confluence storage format (XHTML with `ac:` macros). */
export const storageDialect: Dialect = {
  lozenge: (verdict) =>
    macro('status', [
      ['colour', COLOURS[verdict]],
      ['title', verdict],
    ]),
  expand: (title, body) => macro('expand', [['title', title]], body),
  toc: () => macro('toc', [['maxLevel', '3']]),
  properties: (rows) =>
    macro('details', [['id', 'jalon-rapport-mensuel']], propertiesTable(rows, null)),
  heading: (level, text) => element(`h${String(level)}`, null, escapeText(text)),
  historyFigures: () => join([]),
};
