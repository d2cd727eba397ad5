import { ofMonth } from '../core/report/describe';
import type { ReportHead } from '../core/report/report-model';
import { annexSection } from './annex-section';
import type { Dialect, Section } from './blocks';
import { indicatorsSection } from './indicators-section';
import { ordersSection } from './orders-section';
import { penaltiesSection } from './penalties-section';
import { propertiesBlock, summarySection } from './summary-section';
import { join, type Markup } from './markup';

/** Confluence refuses longer titles. */
const MAX_TITLE = 255;

/** Title text on one line: controls and line breaks become spaces, lone surrogates U+FFFD. */
function titleText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters have no place in a title
      .replace(/[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, ' ')
      .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** `base + suffix` within the title limit, `base` shortened with an ellipsis when needed. */
function fitTitle(base: string, suffix: string): string {
  const baseChars = Array.from(base);
  const suffixChars = Array.from(suffix);
  const room = MAX_TITLE - suffixChars.length;
  if (baseChars.length <= room) return `${base}${suffix}`.trim();
  const shortened = [...baseChars.slice(0, Math.max(0, room - 1)), '…', ...suffixChars];
  return shortened.slice(0, MAX_TITLE).join('').trim();
}

const monthSuffix = (report: ReportHead): string =>
  ` — rapport ${ofMonth(titleText(report.monthLabel))}`;

/** "DEMAT'ADS — rapport de mars 2026", on one line, at most 255 characters. */
export function reportTitle(report: ReportHead): string {
  return fitTitle(titleText(report.contract.label), monthSuffix(report));
}

/**
 * "DEMAT'ADS — rapport de mars 2026 — Détail des tickets (2/3)": titles are unique in a
 * Confluence space, so a detail page repeats the contract and the month.
 */
export function detailPageTitle(report: ReportHead, part: number, parts: number): string {
  const suffix = `${monthSuffix(report)} — Détail des tickets (${String(part)}/${String(parts)})`;
  return fitTitle(titleText(report.contract.label), suffix);
}

/** The sections of the main page in order, with `detail` for the per-issue part. */
export function mainSections(report: ReportHead, dialect: Dialect, detail: Section): Section[] {
  const orders = ordersSection(report, dialect);
  return [
    summarySection(report),
    ...(orders === null ? [] : [orders]),
    indicatorsSection(report, dialect),
    penaltiesSection(report, dialect),
    detail,
    annexSection(report, dialect),
  ];
}

/** Table of contents, page properties, then each section under its heading. */
export function pageBody(
  report: ReportHead,
  dialect: Dialect,
  sections: readonly Section[],
): Markup {
  return join([
    dialect.toc(sections),
    propertiesBlock(report, dialect),
    ...sections.flatMap((s) => [dialect.heading(2, s.title, s.id), s.body]),
  ]);
}
