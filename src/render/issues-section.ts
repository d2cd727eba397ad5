import type { ClockDetail, IssueDetail, MonthlyReport } from '../core/report/report-model';
import { type Dialect, paragraph, type Section, textList, textParagraph } from './blocks';
import { plural } from './french';
import { element, escapeText, join, type Markup } from './markup';

export const ISSUES_SECTION = { id: 'tickets', title: 'Détail par ticket' } as const;

function clockBlock(clock: ClockDetail, dialect: Dialect): Markup {
  const head = paragraph(
    join([
      element('strong', null, escapeText(clock.label)),
      escapeText(` : ${clock.state} `),
      dialect.lozenge(clock.verdict),
      escapeText(clock.figures === '' ? '' : ` — ${clock.figures}`),
    ]),
  );
  return clock.explanation.length === 0 ? head : join([head, textList(clock.explanation)]);
}

/** "DEMAT-12 — Export PDF en erreur (anomalie) — non conforme". */
function issueTitle(issue: IssueDetail): string {
  const category = issue.category === '' ? '' : ` (${issue.category})`;
  const verdicts = issue.clocks.map((c) => c.verdict);
  const verdict = verdicts.includes('non conforme')
    ? ' — non conforme'
    : verdicts.includes('conforme')
      ? ' — conforme'
      : '';
  const summary = issue.summary.trim() === '' ? '' : ` — ${issue.summary}`;
  return `${issue.key}${summary}${category}${verdict}`;
}

/** One issue in an expand: its clocks, each with its figures and explanation lines. */
export function issueBlock(issue: IssueDetail, dialect: Dialect): Markup {
  const body =
    issue.clocks.length === 0
      ? textParagraph('Aucune horloge pour ce ticket.')
      : join(issue.clocks.map((clock) => clockBlock(clock, dialect)));
  return dialect.expand(issueTitle(issue), body);
}

export function issuesIntro(count: number): Markup {
  return count === 0
    ? textParagraph('Aucun ticket ce mois-ci : aucune horloge à détailler.')
    : textParagraph(
        `${plural(count, 'ticket')} ${count === 1 ? 'suivi' : 'suivis'} ce mois-ci ; dépliez un ticket pour voir ses horloges et leur explication.`,
      );
}

/** The detail inline: every issue in its expand. */
export function issuesSection(report: MonthlyReport, dialect: Dialect): Section {
  return {
    ...ISSUES_SECTION,
    body: join([
      issuesIntro(report.issues.length),
      ...report.issues.map((issue) => issueBlock(issue, dialect)),
    ]),
  };
}
