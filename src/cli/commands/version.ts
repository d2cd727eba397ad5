import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { ExitCode } from '../io';

const packageJson = z.object({ name: z.string(), version: z.string() });

const versionArgs = z.strictObject({
  json: z.boolean().default(false),
  positionals: z.array(z.string()).max(0, 'la commande « version » ne prend pas d’argument'),
});

/** package.json sits three levels up from both src/cli/commands and dist/cli/commands. */
function readPackage(): z.infer<typeof packageJson> {
  const text = readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8');
  return packageJson.parse(JSON.parse(text));
}

export const versionCommand: Command = {
  name: 'version',
  summary: 'Affiche la version de Jalon et celle de Node.js.',
  help: [
    'Usage : jalon version [--json]',
    '',
    'Affiche la version de Jalon et celle de Node.js qui l’exécute.',
    '',
    'Options :',
    '  --json        Écrit {"name", "version", "node"} en JSON sur la sortie standard.',
    '  -h, --help    Affiche cette aide.',
    '',
  ].join('\n'),
  run(args, io) {
    const parsed = parseCommandArgs(args, { json: 'boolean' }, versionArgs);
    if (!parsed.ok) {
      io.stderr(`jalon version : ${parsed.message}\nLancez « jalon version --help ».\n`);
      return ExitCode.usage;
    }
    const { name, version } = readPackage();
    const node = process.version;
    io.stdout(
      parsed.value.json
        ? `${JSON.stringify({ name, version, node })}\n`
        : `${name} ${version} (Node.js ${node})\n`,
    );
    return ExitCode.ok;
  },
};
