import { z } from 'zod';
import { evaluateIssue } from '../../../core/clocks';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { evaluationInstant } from '../../format';
import { ExitCode, reportInputError, type CliIo } from '../../io';
import { CONTRACT_AND_ISSUES_ARGS, loadContract, loadIssues } from '../../inputs';
import { loadAdjustments } from './load-inputs';
import { renderJson, renderTable, type IssueOutcome } from './render-clocks';

const args = z.strictObject({
  ...CONTRACT_AND_ISSUES_ARGS,
  at: z.string().optional(),
  format: z.enum(['json', 'table'], { error: '--format attend json ou table' }).default('json'),
  adjustments: z.string().optional(),
});

const SPEC = {
  contract: 'string',
  issues: 'string',
  at: 'string',
  format: 'string',
  adjustments: 'string',
} as const;

function inputError(
  io: CliIo,
  message: string,
  details: readonly { path: string; message: string }[] = [],
): ExitCode {
  return reportInputError(io, 'jalon clocks', message, details);
}

export const clocksCommand: Command = {
  name: 'clocks',
  summary: 'Calcule les délais contractuels de tickets Jira exportés.',
  help: [
    'Usage : jalon clocks --contract <preset:ID | fichier.json> --issues <fichier.json> [--at <instant>] [--format json|table] [--adjustments <fichier.json>]',
    '',
    '--issues   la réponse de POST /rest/api/3/search/jql avec expand "names,changelog" :',
    '           une page ou un tableau de pages ; chaque ticket est dans le périmètre.',
    '--at       instant d’évaluation ISO 8601 (par défaut : maintenant) ; seuls les événements',
    '           antérieurs ou égaux comptent. Sans décalage, heure locale du contrat.',
    '--format   json (par défaut, décrit dans le README) ou table.',
    '--adjustments  prolongations, exonérations et débuts corrigés décidés par l’administration.',
    '',
    'Codes de sortie : 0 calculé, 2 ligne de commande ou données d’entrée à corriger.',
    '',
    'Exemple : jalon clocks --contract preset:demat-ads --issues export.json --at 2026-06-30T18:00+02:00 --format table',
    '',
  ].join('\n'),
  run(argv, io) {
    const parsed = parseCommandArgs(argv, SPEC, args);
    if (!parsed.ok) return inputError(io, parsed.message);
    const contract = loadContract(parsed.value.contract);
    if (!contract.ok) return inputError(io, contract.message, contract.issues);
    const zone =
      contract.value.versions[0]?.calendars.values().next().value?.zone ?? 'Europe/Paris';
    const checkedAt = evaluationInstant(parsed.value.at, zone, Date.now);
    if (!checkedAt.ok) return inputError(io, checkedAt.message);
    const adjustments = loadAdjustments(parsed.value.adjustments);
    if (!adjustments.ok) return inputError(io, adjustments.message, adjustments.issues);
    const issues = loadIssues(parsed.value.issues);
    if (!issues.ok) return inputError(io, issues.message, issues.issues);
    const outcomes: IssueOutcome[] = issues.value.problems.map((p) => ({
      key: p.key,
      error: { code: p.code, message: p.message },
    }));
    for (const history of issues.value.histories) {
      const evaluation = evaluateIssue(contract.value, history, checkedAt.value, adjustments.value);
      outcomes.push(
        evaluation.ok
          ? evaluation.value
          : { key: history.key, error: { code: evaluation.code, message: evaluation.message } },
      );
    }
    const render = parsed.value.format === 'table' ? renderTable : renderJson;
    io.stdout(render(contract.value, checkedAt.value, outcomes));
    for (const problem of issues.value.problems)
      io.stderr(`jalon clocks : ${problem.key} : ${problem.message}\n`);
    return issues.value.problems.length > 0 ? ExitCode.usage : ExitCode.ok;
  },
};
