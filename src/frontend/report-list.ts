// What the `report/list` resolver answers to the "Jalon – rapports publiés" macro, and how the
// macro words it. No JSX here, so the rules are testable without the UI Kit renderer.
import { z } from 'zod';
import { monthLabel } from '../core/report/describe';

/**
 * A contract's published month, as the `report/list` resolver returns it: the record the
 * publication stored (more fields may come; they are ignored).
 */
const publishedReportSchema = z.object({
  /** `YYYY-MM`. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** The Confluence space of the month's pages. */
  spaceKey: z.string().min(1),
  /** The month's pages: the report, and its continuation pages when it was split. */
  pages: z.array(z.object({ id: z.string().min(1), title: z.string().min(1) })),
  /** How many of the month's indicators got each verdict. */
  verdict: z.object({
    conforme: z.number().int().nonnegative(),
    nonConforme: z.number().int().nonnegative(),
    sansObjet: z.number().int().nonnegative(),
  }),
});
export type PublishedReport = z.infer<typeof publishedReportSchema>;

/** `invoke('report/list', { contractId })` resolves to this, in any order. */
export const reportListSchema = z.object({ reports: z.array(publishedReportSchema) });

/** A Confluence Cloud page's address on the site the macro runs on. */
export function pageUrl(siteUrl: string, spaceKey: string, pageId: string): string {
  const site = siteUrl.replace(/\/+$/, '');
  return `${site}/wiki/spaces/${encodeURIComponent(spaceKey)}/pages/${encodeURIComponent(pageId)}`;
}

/** The macro's configuration (`config: true`): the contract whose reports it lists. */
export const macroConfigSchema = z
  .object({ contractId: z.string().optional() })
  .catch({ contractId: undefined });

/** `2026-09` → `septembre 2026`: the report's own wording. */
export { monthLabel };

/** `3 conformes, 1 non conforme, 2 sans objet`; counts of zero are left out. */
export function verdictSummary({ conforme, nonConforme, sansObjet }: PublishedReport['verdict']) {
  const plural = (count: number, one: string, many: string) =>
    `${String(count)} ${count > 1 ? many : one}`;
  const parts = [
    conforme > 0 ? plural(conforme, 'conforme', 'conformes') : '',
    nonConforme > 0 ? plural(nonConforme, 'non conforme', 'non conformes') : '',
    sansObjet > 0 ? `${String(sansObjet)} sans objet` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'Aucun indicateur' : parts.join(', ');
}

/** Newest month first: the committee looks at the last report. */
export function newestFirst(reports: readonly PublishedReport[]): PublishedReport[] {
  return [...reports].sort((a, b) => b.month.localeCompare(a.month));
}
