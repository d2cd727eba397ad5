import { DateTime } from 'luxon';
import { z } from 'zod';
import { versionAt } from '../../../core/clocks';
import { evaluateOrders, isActiveIn } from '../../../core/orders';
import { isIsoDate } from '../../../core/time';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { evaluationInstant } from '../../format';
import { CONTRACT_AND_ISSUES_ARGS, loadContract, loadIssues } from '../../inputs';
import { ExitCode, reportInputError, type CliIo } from '../../io';
import { renderCsv, renderJson, renderTable, type OrdersView } from './render-orders';

const args = z.strictObject({
  ...CONTRACT_AND_ISSUES_ARGS,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '--month attend AAAA-MM, par exemple 2026-03')
    .optional(),
  at: z.string().optional(),
  since: z
    .string()
    .refine(isIsoDate, '--since attend la date du dernier comité, AAAA-MM-JJ')
    .optional(),
  format: z
    .enum(['json', 'table', 'csv'], { error: '--format attend json, table ou csv' })
    .default('json'),
});

const SPEC = {
  contract: 'string',
  issues: 'string',
  month: 'string',
  at: 'string',
  since: 'string',
  format: 'string',
} as const;

function inputError(
  io: CliIo,
  message: string,
  details: readonly { path: string; message: string }[] = [],
): ExitCode {
  return reportInputError(io, 'jalon orders', message, details);
}

export const ordersCommand: Command = {
  name: 'orders',
  summary: 'Suit les commandes d’unités d’œuvre : triplet, étapes, délais, montants, enveloppe.',
  help: [
    'Usage : jalon orders --contract <preset:ID | fichier.json> --issues <fichier.json> [--month AAAA-MM | --at <instant>] [--since AAAA-MM-JJ] [--format json|table|csv]',
    '',
    '--issues   la réponse de POST /rest/api/3/search/jql avec expand "names,changelog" : les',
    '           commandes et les tickets de l’enveloppe (UO-9), une page ou un tableau de pages.',
    '--month    le mois du rapport : évaluation à la fin du mois ; sont listées les commandes',
    '           qui ont une date dans le mois ou qui sont encore en cours.',
    '--at       instant d’évaluation ISO 8601 (par défaut : maintenant), toutes les commandes.',
    '--since    date du dernier comité : le tableau de bord liste ce qui s’est passé depuis.',
    '--format   json (par défaut), table ou csv (séparateur « ; », montants en euros).',
    '',
    'Codes de sortie : 0 calculé (les problèmes des commandes sont dans le résultat),',
    '2 ligne de commande ou données d’entrée à corriger.',
    '',
    'Exemple : jalon orders --contract preset:atih-2025 --issues export.json --month 2026-03 --since 2026-02-27 --format table',
    '',
  ].join('\n'),
  run(argv, io) {
    const parsed = parseCommandArgs(argv, SPEC, args);
    if (!parsed.ok) return inputError(io, parsed.message);
    const options = parsed.value;
    if (options.month !== undefined && options.at !== undefined)
      return inputError(io, 'choisissez --month ou --at, pas les deux.');
    const contract = loadContract(options.contract);
    if (!contract.ok) return inputError(io, contract.message, contract.issues);
    const firstZone =
      contract.value.versions[0]?.calendars.values().next().value?.zone ?? 'Europe/Paris';
    // A month is evaluated at its last instant: the version in force is the month's own.
    const at =
      options.month === undefined
        ? evaluationInstant(options.at, firstZone, Date.now)
        : evaluationInstant(
            DateTime.fromISO(`${options.month}-01`, { zone: firstZone })
              .plus({ months: 1 })
              .minus({ milliseconds: 1 })
              .toISO() ?? '',
            firstZone,
            Date.now,
          );
    if (!at.ok) return inputError(io, at.message);
    const issues = loadIssues(options.issues);
    if (!issues.ok) return inputError(io, issues.message, issues.issues);
    const evaluation = evaluateOrders(contract.value, issues.value.histories, at.value, {
      lastComite: options.since,
    });
    if (!evaluation.ok) return inputError(io, evaluation.message);
    const version = versionAt(contract.value, at.value);
    const calendar = version?.version.orders?.calendar;
    const zone =
      (calendar === undefined ? undefined : version?.calendars.get(calendar)?.zone) ?? firstZone;
    const month = options.month ?? null;
    const view: OrdersView = {
      contract: contract.value,
      evaluation: evaluation.value,
      orders:
        month === null
          ? evaluation.value.orders
          : evaluation.value.orders.filter((o) => isActiveIn(o, month)),
      month,
      zone,
    };
    const render = { json: renderJson, table: renderTable, csv: renderCsv }[options.format];
    io.stdout(render(view));
    for (const problem of issues.value.problems)
      io.stderr(`jalon orders : ${problem.key} : ${problem.message}\n`);
    const flagged = view.orders.filter((o) => o.problems.length > 0).length;
    if (flagged > 0)
      io.stderr(`jalon orders : ${String(flagged)} commande(s) signalée(s), voir « problems ».\n`);
    return issues.value.problems.length > 0 ? ExitCode.usage : ExitCode.ok;
  },
};
