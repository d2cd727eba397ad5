import type { DatedItem } from '../../src/core/orders/dashboard';
import type { MonthlyReport } from '../../src/core/report/report-model';
import type { IsoDate } from '../../src/core/time/civil-date';

export type TextMap = (text: string) => string;

/**
 * The report with every user-facing text replaced by `f(text)`, in a fixed order: contract,
 * dates, summary, orders, dashboard, indicators, history, penalties, issues, annex. Enumerations
 * (verdicts, units, comparators) and numbers are kept.
 */
export function mapReportTexts(report: MonthlyReport, f: TextMap): MonthlyReport {
  const day = (date: IsoDate): IsoDate => f(date) as IsoDate;
  const nullable = (text: string | null): string | null => (text === null ? null : f(text));
  const items = (list: readonly DatedItem[]): DatedItem[] =>
    list.map((i) => ({ ...i, key: f(i.key), date: day(i.date), detail: f(i.detail) }));
  const { orders, penalties } = report;
  return {
    contract: {
      id: f(report.contract.id),
      label: f(report.contract.label),
      version: f(report.contract.version),
      source: nullable(report.contract.source),
    },
    month: f(report.month),
    monthLabel: f(report.monthLabel),
    period: { from: f(report.period.from), to: f(report.period.to), rule: f(report.period.rule) },
    generatedAt: f(report.generatedAt),
    summary: { ...report.summary, headline: f(report.summary.headline) },
    orders:
      orders === null
        ? null
        : {
            rows: orders.rows.map((r) => ({
              ...r,
              key: f(r.key),
              project: f(r.project),
              orderNumber: nullable(r.orderNumber),
              lines: f(r.lines),
              documents: r.documents.map((d) => ({
                label: f(d.label),
                link: nullable(d.link),
                date: nullable(d.date),
              })),
              steps: r.steps.map((s) => ({
                ...s,
                label: f(s.label),
                date: nullable(s.date),
                note: f(s.note),
              })),
              problems: r.problems.map(f),
            })),
            dashboard: {
              fiscalYear: {
                ...orders.dashboard.fiscalYear,
                label: f(orders.dashboard.fiscalYear.label),
                from: day(orders.dashboard.fiscalYear.from),
                to: day(orders.dashboard.fiscalYear.to),
                topProjectsByOrders: orders.dashboard.fiscalYear.topProjectsByOrders.map((p) => ({
                  ...p,
                  project: f(p.project),
                })),
                topProjectsByAmount: orders.dashboard.fiscalYear.topProjectsByAmount.map((p) => ({
                  ...p,
                  project: f(p.project),
                })),
              },
              sinceLastComite: {
                label: f(orders.dashboard.sinceLastComite.label),
                from: day(orders.dashboard.sinceLastComite.from),
                to: day(orders.dashboard.sinceLastComite.to),
                quotes: items(orders.dashboard.sinceLastComite.quotes),
                orders: items(orders.dashboard.sinceLastComite.orders),
                invoices: items(orders.dashboard.sinceLastComite.invoices),
                quotesLate: items(orders.dashboard.sinceLastComite.quotesLate),
                deliveriesLate: items(orders.dashboard.sinceLastComite.deliveriesLate),
                validationsLate: items(orders.dashboard.sinceLastComite.validationsLate),
                deliveriesRefused: items(orders.dashboard.sinceLastComite.deliveriesRefused),
              },
              rules: orders.dashboard.rules.map(f),
            },
            envelope: nullable(orders.envelope),
            caps: orders.caps.map((c) => ({
              ...c,
              label: f(c.label),
              explanation: f(c.explanation),
            })),
          },
    indicators: report.indicators.map((i) => ({
      ...i,
      id: f(i.id),
      label: f(i.label),
      contributing: i.contributing.map(f),
      apart: i.apart.map(f),
      rule: f(i.rule),
    })),
    history: report.history.map((h) => ({
      month: f(h.month),
      values: h.values.map((v) => ({ ...v, id: f(v.id) })),
    })),
    penalties:
      penalties === null
        ? null
        : {
            ...penalties,
            state: f(penalties.state),
            lines: penalties.lines.map((l) => ({
              ...l,
              rule: f(l.rule),
              label: f(l.label),
              subject: f(l.subject),
              computation: f(l.computation),
            })),
            notes: penalties.notes.map(f),
          },
    issues: report.issues.map((issue) => ({
      key: f(issue.key),
      summary: f(issue.summary),
      category: f(issue.category),
      clocks: issue.clocks.map((c) => ({
        ...c,
        label: f(c.label),
        state: f(c.state),
        figures: f(c.figures),
        explanation: c.explanation.map(f),
      })),
    })),
    annex: {
      calendars: report.annex.calendars.map((c) => ({
        id: f(c.id),
        description: f(c.description),
      })),
      contractVersion: f(report.annex.contractVersion),
      periodRule: f(report.annex.periodRule),
      generatedAt: f(report.annex.generatedAt),
      notes: report.annex.notes.map(f),
    },
  };
}

/** How many texts `mapReportTexts` visits in `report`. */
export function countReportTexts(report: MonthlyReport): number {
  let count = 0;
  mapReportTexts(report, (text) => {
    count += 1;
    return text;
  });
  return count;
}
