import type { IssueDetailList, MonthlyReport, ReportHead } from '../core/report/report-model';
import { list, paragraph, textParagraph } from './blocks';
import { ISSUES_SECTION, issueBlock, issuesIntro } from './issues-section';
import { escapeText, join, utf8Length, type Markup } from './markup';
import { detailPageTitle, mainSections, pageBody, reportTitle } from './report-page';
import { pageLink, storageDialect } from './storage-dialect';
import { plural } from './french';

/** Confluence refuses page bodies over 5 MB (HTTP 413). */
export const CONFLUENCE_MAX_BODY_BYTES = 5_000_000;

export interface StoragePage {
  readonly title: string;
  /** Confluence storage format (XHTML with `ac:`/`ri:` elements), no root element. */
  readonly body: string;
}

export interface StorageDocument {
  /** The main page's title, also `pages[0].title`. */
  readonly title: string;
  /** The main page first, then the child pages of the per-issue detail, if any. */
  readonly pages: readonly StoragePage[];
}

export interface StorageOptions {
  /** UTF-8 bytes a page body may take; 5,000,000 by default. */
  readonly maxBytes?: number;
}

function childIntro(mainTitle: string, part: number, parts: number): Markup {
  return paragraph(
    join([
      escapeText(`Détail des tickets, partie ${String(part)} sur ${String(parts)}, du rapport `),
      pageLink(mainTitle),
      escapeText('.'),
    ]),
  );
}

/** Consecutive issue positions grouped so that each group's bytes stay within `budget` (one at least). */
function packRanges(sizes: readonly number[], budget: number): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  let bytes = 0;
  for (const [index, size] of sizes.entries()) {
    if (index > from && bytes + size > budget) {
      ranges.push([from, index]);
      from = index;
      bytes = 0;
    }
    bytes += size;
  }
  if (sizes.length > from) ranges.push([from, sizes.length]);
  return ranges;
}

/** The publication of a report page by page: each body is rendered when asked for. */
export interface StoragePlan {
  /** The main page's title, also the first page's. */
  readonly title: string;
  /** The main page first, then the child pages of the per-issue detail, if any. */
  readonly titles: readonly string[];
  /** The page at this position of `titles`, rendered now. */
  page(index: number): StoragePage;
}

/**
 * The month's report as Confluence storage format, in French: table of contents, page
 * properties (`details`, for roll-ups), summary, orders and comité dashboard, indicators with
 * status lozenges, penalties, per-issue detail in `expand` macros, method annex. Every text of
 * the report is escaped. When the main body would exceed `maxBytes`, the per-issue detail moves
 * to child pages "… — Détail des tickets (i/N)", each within the limit, linked by title from
 * the main page. A single issue larger than the limit still gets a page of its own, over it.
 *
 * The detail is read twice, once to measure and once to write, so that only one page is ever
 * held: a lazy `details` list keeps a 50,000-issue publication within a Forge function's memory.
 */
export function planStorage(
  report: ReportHead,
  details: IssueDetailList,
  options: StorageOptions = {},
): StoragePlan {
  const maxBytes = options.maxBytes ?? CONFLUENCE_MAX_BODY_BYTES;
  const title = reportTitle(report);
  const dialect = storageDialect;
  const block = (index: number): Markup => {
    const issue = details.at(index);
    return issue === undefined ? join([]) : issueBlock(issue, dialect);
  };
  const blocks = (from: number, to: number): Markup[] =>
    Array.from({ length: to - from }, (_, i) => block(from + i));
  const sizes = Array.from({ length: details.length }, (_, i) => utf8Length(block(i)));
  const intro = issuesIntro(details.length);
  const withDetail = (body: Markup): Markup =>
    pageBody(report, dialect, mainSections(report, dialect, { ...ISSUES_SECTION, body }));
  // The inline page is the page without the issues plus the issues, byte for byte.
  const inlineBytes = utf8Length(withDetail(intro)) + sizes.reduce((sum, b) => sum + b, 0);
  if (sizes.length === 0 || inlineBytes <= maxBytes)
    return {
      title,
      titles: [title],
      page: () => ({ title, body: withDetail(join([intro, ...blocks(0, sizes.length)])) }),
    };

  const widest = utf8Length(childIntro(title, sizes.length, sizes.length));
  const ranges = packRanges(sizes, maxBytes - widest);
  const children = ranges.map((_, i) => detailPageTitle(report, i + 1, ranges.length));
  const main = (): StoragePage => ({
    title,
    body: withDetail(
      join([
        intro,
        textParagraph(
          `Le détail de ${plural(sizes.length, 'ticket')} dépasse la taille d’une page Confluence : il est publié dans ${plural(ranges.length, 'page enfant', 'pages enfants')}.`,
        ),
        list(children.map(pageLink)),
      ]),
    ),
  });
  return {
    title,
    titles: [title, ...children],
    page: (index) => {
      if (index === 0) return main();
      const range = ranges[index - 1];
      if (range === undefined) throw new RangeError(`no page ${String(index)} in this report`);
      return {
        title: children[index - 1] ?? '',
        body: join([childIntro(title, index, ranges.length), ...blocks(range[0], range[1])]),
      };
    },
  };
}

/** Every page of the report at once (see `planStorage`): for files and previews. */
export function renderStorage(
  report: MonthlyReport,
  options: StorageOptions = {},
): StorageDocument {
  const plan = planStorage(report, report.issues, options);
  return { title: plan.title, pages: plan.titles.map((_, index) => plan.page(index)) };
}
