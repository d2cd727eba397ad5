import { z } from 'zod';
import { CONTRACT_PRESETS } from '../../../core/contract/presets';
import { parseCommandArgs } from '../../args';
import type { Command } from '../../command';
import { commandGroup } from '../../group';
import { loadContract } from '../../inputs';
import { ExitCode } from '../../io';

const oneSource = z.strictObject({
  positionals: z.array(z.string()).length(1, 'donnez un contrat : preset:ID ou un fichier .json'),
});

const checkCommand: Command = {
  name: 'check',
  summary: 'Vérifie un contrat et l’écrit complété en JSON.',
  help: [
    'Usage : jalon contract check <preset:ID | fichier.json>',
    '',
    'Vérifie le contrat (schéma, références entre horloges, champs, statuts et calendriers) ;',
    's’il est valide, l’écrit en JSON avec les valeurs par défaut : exporter un préréglage donne',
    'le point de départ d’un contrat à soi (jalon contract check preset:demat-ads > contrat.json).',
    'Sinon, chaque problème est listé avec son chemin JSON.',
    '',
  ].join('\n'),
  run(args, io) {
    const parsed = parseCommandArgs(args, {}, oneSource);
    if (!parsed.ok) {
      io.stderr(`jalon contract check : ${parsed.message}\n`);
      return ExitCode.usage;
    }
    const source = parsed.value.positionals[0] ?? '';
    const contract = loadContract(source);
    if (!contract.ok) {
      const lines = contract.issues?.map((i) => `  ${i.path} : ${i.message}`) ?? [];
      io.stderr(
        `jalon contract check : « ${source} » n’est pas valide (${contract.code}).\n${[contract.message, ...lines].join('\n')}\n`,
      );
      return ExitCode.failure;
    }
    io.stdout(`${JSON.stringify(contract.value.contract, null, 2)}\n`);
    return ExitCode.ok;
  },
};

const presetsCommand: Command = {
  name: 'presets',
  summary: 'Liste les contrats préréglés (contrats types).',
  help: 'Usage : jalon contract presets\n\nListe les préréglages : identifiant à passer en preset:ID et libellé.\n',
  run(_args, io) {
    for (const [id, preset] of Object.entries(CONTRACT_PRESETS))
      io.stdout(`preset:${id.padEnd(16)}${preset.label}\n`);
    return ExitCode.ok;
  },
};

export const contractCommand = commandGroup({
  name: 'contract',
  path: 'jalon contract',
  summary: 'Contrats : préréglages, vérification et export JSON.',
  description:
    'Un contrat décrit calendriers, catégories de tickets, champs de qualification, statuts et horloges.',
  commands: [checkCommand, presetsCommand],
});
