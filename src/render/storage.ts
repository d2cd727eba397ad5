import type { MonthlyReport } from '../core/report/report-model';
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

interface SizedBlock {
  readonly block: Markup;
  readonly bytes: number;
}

/** Consecutive blocks grouped so that each group's bytes stay within `budget` (one at least). */
function packBlocks(blocks: readonly SizedBlock[], budget: number): Markup[][] {
  const groups: Markup[][] = [];
  let current: Markup[] = [];
  let bytes = 0;
  for (const { block, bytes: size } of blocks) {
    if (current.length > 0 && bytes + size > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(block);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The month's report as Confluence storage format, in French: table of contents, page
 * properties (`details`, for roll-ups), summary, orders and comité dashboard, indicators with
 * status lozenges, penalties, per-issue detail in `expand` macros, method annex. Every text of
 * the report is escaped. When the main body would exceed `maxBytes`, the per-issue detail moves
 * to child pages "… — Détail des tickets (i/N)", each within the limit, linked by title from
 * the main page. A single issue larger than the limit still gets a page of its own, over it.
 */
export function renderStorage(
  report: MonthlyReport,
  options: StorageOptions = {},
): StorageDocument {
  const maxBytes = options.maxBytes ?? CONFLUENCE_MAX_BODY_BYTES;
  const title = reportTitle(report);
  const dialect = storageDialect;
  const blocks = report.issues.map((issue): SizedBlock => {
    const block = issueBlock(issue, dialect);
    return { block, bytes: utf8Length(block) };
  });
  const withDetail = (body: Markup): Markup =>
    pageBody(report, dialect, mainSections(report, dialect, { ...ISSUES_SECTION, body }));
  // The inline page is the page without the issues plus the issues, byte for byte.
  const detailBytes = blocks.reduce((sum, b) => sum + b.bytes, 0);
  const inlineBytes = utf8Length(withDetail(issuesIntro(report))) + detailBytes;
  if (blocks.length === 0 || inlineBytes <= maxBytes) {
    const body = withDetail(join([issuesIntro(report), ...blocks.map((b) => b.block)]));
    return { title, pages: [{ title, body }] };
  }

  const widest = utf8Length(childIntro(title, blocks.length, blocks.length));
  const groups = packBlocks(blocks, maxBytes - widest);
  const titles = groups.map((_, i) => detailPageTitle(report, i + 1, groups.length));
  const links = join([
    issuesIntro(report),
    textParagraph(
      `Le détail de ${plural(report.issues.length, 'ticket')} dépasse la taille d’une page Confluence : il est publié dans ${plural(groups.length, 'page enfant', 'pages enfants')}.`,
    ),
    list(titles.map(pageLink)),
  ]);
  const main = withDetail(links);
  const children = groups.map((group, i) => ({
    title: titles[i] ?? '',
    body: join([childIntro(title, i + 1, groups.length), ...group]),
  }));
  return { title, pages: [{ title, body: main }, ...children] };
}
