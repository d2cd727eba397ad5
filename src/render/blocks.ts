import type { Verdict } from '../core/indicators/indicator-result';
import {
  element,
  escapeText,
  join,
  safeHttpUrl,
  trusted,
  type Attributes,
  type Markup,
} from './markup';

/** A top-level part of the page: the table of contents lists them. */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: Markup;
}

/** What differs between Confluence storage format and the HTML preview; the rest is shared. */
export interface Dialect {
  lozenge(verdict: Verdict): Markup;
  expand(title: string, body: Markup): Markup;
  toc(sections: readonly Section[]): Markup;
  /** The page properties (`details` macro): header text and cell markup per row. */
  properties(rows: readonly (readonly [string, Markup])[]): Markup;
  heading(level: 2 | 3 | 4, text: string, id?: string): Markup;
  /** What follows the indicators' history table (charts in the preview). */
  historyFigures(indicatorIds: readonly string[]): Markup;
}

/** A paragraph of markup; `textParagraph` for plain text. */
export function paragraph(content: Markup): Markup {
  return element('p', null, content);
}

export function textParagraph(text: string): Markup {
  return element('p', null, escapeText(text));
}

/** A bold label followed by markup: "<strong>État :</strong> …". */
export function labelled(label: string, value: Markup): Markup {
  return join([element('strong', null, escapeText(`${label} :`)), trusted(' '), value]);
}

/** A paragraph "<strong>label :</strong> text". */
export function labelledParagraph(label: string, text: string): Markup {
  return paragraph(labelled(label, escapeText(text)));
}

export function list(items: readonly Markup[]): Markup {
  return element(
    'ul',
    null,
    items.map((item) => element('li', null, item)),
  );
}

export function textList(items: readonly string[]): Markup {
  return list(items.map(escapeText));
}

/** A link for `http:`/`https:` URLs; anything else is shown as text after the label. */
export function link(url: string | null, label: string): Markup {
  const href = safeHttpUrl(url);
  if (href !== null) return element('a', { href }, escapeText(label));
  return url === null || url === '' ? escapeText(label) : escapeText(`${label} (${url})`);
}

function tableRow(cells: readonly Markup[]): Markup {
  return element(
    'tr',
    null,
    cells.map((cell) => element('td', null, cell)),
  );
}

/** A table with a `<th>` header row; cells are markup; `footer` is a whole row (a total). */
export function table(
  header: readonly string[],
  rows: readonly (readonly Markup[])[],
  footer?: Markup,
): Markup {
  const head = element(
    'tr',
    null,
    header.map((h) => element('th', null, escapeText(h))),
  );
  const body = [head, ...rows.map(tableRow)];
  if (footer !== undefined) body.push(footer);
  return element('table', null, element('tbody', null, body));
}

/** The page properties as a two-column table: a `<th>` label and a cell per row. */
export function propertiesTable(
  rows: readonly (readonly [string, Markup])[],
  attributes: Attributes | null,
): Markup {
  const trs = rows.map(([header, cell]) =>
    element('tr', null, [element('th', null, escapeText(header)), element('td', null, cell)]),
  );
  return element('table', attributes, element('tbody', null, trs));
}

/** A list of Jira keys, comma separated, or a dash. */
export function keyList(keys: readonly string[]): Markup {
  return keys.length === 0 ? trusted('—') : escapeText(keys.join(', '));
}
