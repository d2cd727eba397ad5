import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { exportAll } from '../../../forge/export/export-all';
import { fileStore, LOCAL_STORE_FILE } from '../../../forge/local/file-store';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { ExitCode, reportFailure, reportInputError } from '../../io';
import { openSite } from '../../site-client';

const args = z.strictObject({
  site: z.url({
    error: '--site attend l’adresse du site, par exemple https://VOTRE-SITE.atlassian.net',
  }),
  store: z.string().min(1).default(LOCAL_STORE_FILE),
  out: z.string({ error: 'indiquez --out DOSSIER (où écrire l’export)' }).min(1),
  positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
});

const SPEC = { site: 'string', store: 'string', out: 'string' } as const;
const WHERE = 'jalon export';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Exporte les données Jalon en JSON et CSV : configuration, journal d’audit, valeurs.',
  help: [
    'Usage : jalon export --site https://SITE.atlassian.net --out DOSSIER [--store .jalon/forge-store.json]',
    '',
    'Écrit dans DOSSIER tout ce que l’administration possède dans Jalon (réversibilité) :',
    '  jalon-export.json   chaque révision de chaque contrat, le journal d’audit entier, les mois',
    '                      publiés et les valeurs des champs Jalon de chaque ticket, relues dans Jira ;',
    '  journal-audit.csv   le journal d’audit ;  valeurs-jalon.csv   les valeurs par ticket.',
    'Les CSV s’ouvrent dans un tableur français (séparateur « ; »).',
    '--store    le stockage Forge local de « npm start » (par défaut .jalon/forge-store.json) ;',
    '           sur un site où Jalon est installé, l’export se fait depuis la page d’administration.',
    'Authentification : JALON_EMAIL et JALON_API_TOKEN (inutiles pour le bac à sable local).',
    '',
    'Codes de sortie : 0 exporté, 1 échec côté Atlassian, 2 ligne de commande à corriger.',
    '',
  ].join('\n'),
  async run(argv, io) {
    const parsed = parseCommandArgs(argv, SPEC, args);
    if (!parsed.ok) return reportInputError(io, WHERE, parsed.message);
    const options = parsed.value;
    if (!existsSync(options.store))
      return reportInputError(
        io,
        WHERE,
        `stockage « ${options.store} » introuvable : lancez d’abord « npm start » ou indiquez --store.`,
      );
    const opened = await openSite(options.site, process.env, io, WHERE);
    if (!opened.ok) return reportFailure(io, WHERE, opened.message, ExitCode.failure);
    const exported = await exportAll(fileStore(options.store), opened.value, Date.now());
    if (!exported.ok) return reportFailure(io, WHERE, exported.message, ExitCode.failure);
    mkdirSync(options.out, { recursive: true });
    const names = Object.keys(exported.value.files);
    for (const [name, content] of Object.entries(exported.value.files))
      writeFileSync(join(options.out, name), content);
    const { data } = exported.value;
    io.stdout(
      `${String(data.configuration.contracts.length)} contrat(s), ${String(data.audit.length)} entrée(s) du journal, ${String(data.values.length)} ticket(s) : ${names.join(', ')} écrits dans ${options.out}.\n`,
    );
    return ExitCode.ok;
  },
};
