import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseWith } from '../../../core/validation';
import { assembleReport, type MonthlyReport } from '../../../core/report';
import { isIsoDate } from '../../../core/time';
import { renderCsv, renderHtml, renderIndicatorChart, renderStorage } from '../../../render';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { CONTRACT_AND_ISSUES_ARGS, loadContract, loadIssues, readJson } from '../../inputs';
import { ExitCode, reportInputError, type CliIo } from '../../io';
import { adjustmentsByIssue } from '../../../core/clocks';
import { loadAdjustments } from '../clocks/load-inputs';

const args = z.strictObject({
  ...CONTRACT_AND_ISSUES_ARGS,
  month: z
    .string({ error: 'indiquez --month AAAA-MM' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '--month attend AAAA-MM, par exemple 2026-03'),
  format: z
    .enum(['storage', 'html', 'json', 'csv'], {
      error: '--format attend storage, html, json ou csv',
    })
    .default('storage'),
  out: z.string().optional(),
  values: z.string().optional(),
  adjustments: z.string().optional(),
  since: z
    .string()
    .refine(isIsoDate, '--since attend la date du dernier comité, AAAA-MM-JJ')
    .optional(),
});

const SPEC = {
  contract: 'string',
  issues: 'string',
  month: 'string',
  format: 'string',
  out: 'string',
  values: 'string',
  adjustments: 'string',
  since: 'string',
} as const;

const inputError = (
  io: CliIo,
  message: string,
  details: readonly { path: string; message: string }[] = [],
) => reportInputError(io, 'jalon report', message, details);

/** The files of one format: name → content. */
function filesOf(
  report: MonthlyReport,
  format: 'storage' | 'html' | 'json' | 'csv',
): Record<string, string> {
  if (format === 'json') return { 'rapport.json': `${JSON.stringify(report, null, 2)}\n` };
  if (format === 'html') return { 'rapport.html': renderHtml(report) };
  if (format === 'csv') return renderCsv(report);
  const storage = renderStorage(report);
  const pages = Object.fromEntries(
    storage.pages.map((page, i) => [`page-${String(i + 1)}.xml`, page.body]),
  );
  const charts = Object.fromEntries(
    report.indicators.flatMap((indicator) => {
      const svg = renderIndicatorChart(report, indicator.id);
      return svg === null ? [] : [[`graphique-${indicator.id}.svg`, svg]];
    }),
  );
  return { ...pages, ...charts };
}

const manualValuesSchema = z.record(z.string(), z.number());

export const reportCommand: Command = {
  name: 'report',
  summary: 'Produit le rapport mensuel : indicateurs, commandes, pénalités, détail des tickets.',
  help: [
    'Usage : jalon report --contract <preset:ID | fichier.json> --issues <fichier.json> --month AAAA-MM [--format storage|html|json|csv] [--out DOSSIER] [--values fichier.json] [--adjustments fichier.json] [--since AAAA-MM-JJ]',
    '',
    '--format   storage (par défaut : format de stockage Confluence, XHTML), html (aperçu),',
    '           json (le modèle du rapport), csv (un fichier par tableau, demande --out).',
    '--out      écrit les fichiers dans ce dossier (pages, graphiques SVG, CSV) ; sans lui,',
    '           le rapport va sur la sortie standard quand il tient en un fichier.',
    '--values   valeurs saisies des indicateurs que Jira ne connaît pas : {"IND_GOUV01": 100}.',
    '--adjustments  prolongations et exonérations décidées par l’administration (comme jalon clocks).',
    '--since    date du dernier comité, pour le tableau de bord des commandes.',
    '',
    'Codes de sortie : 0 produit, 2 ligne de commande ou données d’entrée à corriger.',
    '',
    'Exemple : jalon report --contract preset:demat-ads --issues export.json --month 2026-03 --format html > mars.html',
    '',
  ].join('\n'),
  run(argv, io) {
    const parsed = parseCommandArgs(argv, SPEC, args);
    if (!parsed.ok) return inputError(io, parsed.message);
    const options = parsed.value;
    const contract = loadContract(options.contract);
    if (!contract.ok) return inputError(io, contract.message, contract.issues);
    const issues = loadIssues(options.issues);
    if (!issues.ok) return inputError(io, issues.message, issues.issues);
    let manualValues: Record<string, number> = {};
    if (options.values !== undefined) {
      const json = readJson(options.values, 'Fichier de valeurs saisies');
      const values = json.ok
        ? parseWith(manualValuesSchema, json.value, 'CLI.BAD_VALUES', 'Valeurs saisies')
        : json;
      if (!values.ok) return inputError(io, values.message, values.issues);
      manualValues = values.value;
    }
    const adjustments = loadAdjustments(options.adjustments);
    if (!adjustments.ok) return inputError(io, adjustments.message, adjustments.issues);
    const report = assembleReport(contract.value, issues.value.histories, options.month, {
      generatedAt: Date.now(),
      manualValues,
      lastComite: options.since,
      adjustments: adjustmentsByIssue(adjustments.value),
    });
    if (!report.ok) return inputError(io, report.message);
    const files = filesOf(report.value, options.format);
    const names = Object.keys(files);
    if (options.out === undefined) {
      // Storage on stdout: the page itself when it is one; its charts need --out.
      const printed =
        options.format === 'storage' ? names.filter((n) => n.startsWith('page-')) : names;
      const only = printed.length === 1 ? files[printed[0] ?? ''] : undefined;
      if (only === undefined)
        return inputError(
          io,
          `le rapport fait ${String(names.length)} fichiers (${names.join(', ')}) : indiquez --out DOSSIER.`,
        );
      io.stdout(only);
      const skipped = names.length - printed.length;
      if (skipped > 0)
        io.stderr(
          `jalon report : ${String(skipped)} graphique(s) SVG non écrit(s) : indiquez --out DOSSIER pour les obtenir.\n`,
        );
    } else {
      mkdirSync(options.out, { recursive: true });
      for (const [name, content] of Object.entries(files))
        writeFileSync(join(options.out, name), content);
      io.stderr(
        `jalon report : ${String(names.length)} fichier(s) écrit(s) dans ${options.out} : ${names.join(', ')}\n`,
      );
    }
    for (const problem of issues.value.problems)
      io.stderr(`jalon report : ${problem.key} : ${problem.message}\n`);
    return issues.value.problems.length > 0 ? ExitCode.usage : ExitCode.ok;
  },
};
