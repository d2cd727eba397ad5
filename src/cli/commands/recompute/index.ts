import { z } from 'zod';
import { contractJql, recomputeIssues } from '../../../app';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { loadContract } from '../../inputs';
import { ExitCode, reportInputError, type CliIo } from '../../io';
import { openSite } from '../../site-client';

const args = z.strictObject({
  site: z.url({
    error: '--site attend l’adresse du site, par exemple https://VOTRE-SITE.atlassian.net',
  }),
  contract: z.string({ error: 'indiquez --contract (preset:ID ou fichier .json)' }),
  jql: z.string().min(1, '--jql ne peut pas être vide').optional(),
  positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
});

const SPEC = { site: 'string', contract: 'string', jql: 'string' } as const;

const failure = (io: CliIo, message: string): ExitCode => {
  io.stderr(`jalon recompute : ${message}\n`);
  return ExitCode.failure;
};

export const recomputeCommand: Command = {
  name: 'recompute',
  summary: 'Recalcule les délais de tickets Jira et met à jour les champs Jalon qui changent.',
  help: [
    'Usage : jalon recompute --site https://SITE.atlassian.net --contract <preset:ID | fichier.json> [--jql "…"]',
    '',
    'Lit les tickets (par défaut, tous ceux du contrat), calcule leurs délais maintenant et écrit',
    'les champs Jalon (état des délais, prochaine échéance, temps restant, délais) seulement là où',
    'une valeur change, par appels groupés. Authentification : JALON_EMAIL et JALON_API_TOKEN,',
    'sinon demandées dans le terminal (le jeton sans écho).',
    '',
    'Codes de sortie : 0 recalculé, 1 échec côté Atlassian, 2 ligne de commande à corriger.',
    '',
  ].join('\n'),
  async run(argv, io) {
    const parsed = parseCommandArgs(argv, SPEC, args);
    if (!parsed.ok) return reportInputError(io, 'jalon recompute', parsed.message);
    const contract = loadContract(parsed.value.contract);
    if (!contract.ok)
      return reportInputError(io, 'jalon recompute', contract.message, contract.issues);
    const now = Date.now();
    const month = new Date(now).toISOString().slice(0, 7);
    const jql = parsed.value.jql ?? contractJql(contract.value, month);
    const opened = await openSite(parsed.value.site, process.env, io, 'jalon recompute');
    if (!opened.ok) return failure(io, opened.message);
    const result = await recomputeIssues(
      {
        jira: opened.value,
        now: () => now,
        progress: (message) => {
          io.stderr(`${message}\n`);
        },
      },
      contract.value,
      jql,
    );
    if (!result.ok) return failure(io, result.message);
    io.stdout(
      `${String(result.value.evaluated)} ticket(s) recalculé(s), ${String(result.value.changed.length)} modifié(s), ${String(result.value.writes)} écriture(s).\n`,
    );
    for (const problem of result.value.problems)
      io.stderr(`jalon recompute : ${problem.key} : ${problem.message}\n`);
    return ExitCode.ok;
  },
};
