import { z } from 'zod';
import { contractJql, publishMonth, readHistories } from '../../../app';
import { adjustmentsByIssue, versionAt } from '../../../core/clocks';
import { assembleReport } from '../../../core/report';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { loadContract } from '../../inputs';
import { ExitCode, reportInputError, type CliIo } from '../../io';
import { openSite } from '../../site-client';
import { loadAdjustments } from '../clocks/load-inputs';

const args = z.strictObject({
  site: z.url({
    error: '--site attend l’adresse du site, par exemple https://VOTRE-SITE.atlassian.net',
  }),
  contract: z.string({ error: 'indiquez --contract (preset:ID ou fichier .json)' }),
  month: z
    .string({ error: 'indiquez --month AAAA-MM' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '--month attend AAAA-MM, par exemple 2026-03'),
  space: z.string({ error: 'indiquez --space CLÉ (l’espace Confluence des rapports)' }).min(1),
  adjustments: z.string().optional(),
  'dry-run': z.boolean().default(false),
  positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
});

const SPEC = {
  site: 'string',
  contract: 'string',
  month: 'string',
  space: 'string',
  adjustments: 'string',
  'dry-run': 'boolean',
} as const;

const inputError = (io: CliIo, message: string) => reportInputError(io, 'jalon publish', message);

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publie le rapport d’un mois dans Confluence, depuis un site Jira Cloud.',
  help: [
    'Usage : jalon publish --site https://SITE.atlassian.net --contract <preset:ID | fichier.json> --month AAAA-MM --space CLÉ [--adjustments fichier.json] [--dry-run]',
    '',
    'Lit les tickets du contrat dans Jira (API REST), calcule le rapport du mois et le publie dans',
    'l’espace Confluence : une seule page par contrat et par mois, mise à jour seulement si elle change.',
    'Authentification : variables d’environnement JALON_EMAIL et JALON_API_TOKEN, sinon demandées',
    'dans le terminal (le jeton sans écho) ; jamais affichées ni journalisées.',
    '--adjustments  prolongations et exonérations décidées par l’administration (comme jalon clocks).',
    '--dry-run  calcule et résume sans rien écrire.',
    '',
    'Codes de sortie : 0 publié (ou simulé), 1 échec côté Atlassian, 2 ligne de commande à corriger.',
    '',
  ].join('\n'),
  async run(argv, io) {
    const parsed = parseCommandArgs(argv, SPEC, args);
    if (!parsed.ok) return inputError(io, parsed.message);
    const options = parsed.value;
    const contract = loadContract(options.contract);
    if (!contract.ok)
      return reportInputError(io, 'jalon publish', contract.message, contract.issues);
    const decisions = loadAdjustments(options.adjustments);
    if (!decisions.ok)
      return reportInputError(io, 'jalon publish', decisions.message, decisions.issues);
    const adjustments = adjustmentsByIssue(decisions.value);
    const opened = await openSite(options.site, process.env, io, 'jalon publish');
    if (!opened.ok) return failure(io, opened.message);
    const client = opened.value;
    const progress = (message: string): void => {
      io.stderr(`${message}\n`);
    };
    if (options['dry-run']) {
      const version = versionAt(contract.value, Date.now());
      if (version === undefined)
        return inputError(io, 'aucune version du contrat n’est en vigueur.');
      const read = await readHistories(
        client,
        version.version,
        contractJql(contract.value, options.month),
        { progress },
      );
      if (!read.ok) return failure(io, read.message);
      const report = assembleReport(contract.value, read.value.histories, options.month, {
        generatedAt: Date.now(),
        adjustments,
      });
      if (!report.ok) return failure(io, report.message);
      io.stdout(`${report.value.summary.headline}\n(simulation : rien n’a été publié)\n`);
      return ExitCode.ok;
    }
    const published = await publishMonth(
      { jira: client, confluence: client, now: Date.now, progress },
      { contract: contract.value, month: options.month, spaceKey: options.space, adjustments },
    );
    if (!published.ok) return failure(io, published.message);
    for (const page of published.value.pages)
      io.stdout(
        `${page.title} : ${ACTIONS[page.action]} (page ${page.id}, version ${String(page.version)})\n`,
      );
    for (const problem of published.value.problems)
      io.stderr(`jalon publish : ${problem.key} : ${problem.message}\n`);
    const account = client.account();
    io.stderr(
      `${String(account.requests)} requête(s), ${String(account.points)} point(s) Atlassian, ${String(account.retries)} nouvel(s) essai(s).\n`,
    );
    return ExitCode.ok;
  },
};

const ACTIONS = { created: 'créée', updated: 'mise à jour', unchanged: 'inchangée' } as const;

function failure(io: CliIo, message: string): ExitCode {
  io.stderr(`jalon publish : ${message}\n`);
  return ExitCode.failure;
}
