import { z } from 'zod';
import { CCAG_NAMES } from '../../../core/contract';
import { CONTRACT_PRESETS } from '../../../core/contract/presets';
import { CCAG_DEFAULT_RULES } from '../../../core/penalties';
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

const ccagArgs = z.strictObject({
  positionals: z
    .array(z.enum(CCAG_NAMES, { error: `choisissez ${CCAG_NAMES.join(', ')}` }))
    .max(1, 'un seul CCAG'),
});

const ccagCommand: Command = {
  name: 'ccag',
  summary: 'Écrit les pénalités de retard par défaut d’un CCAG, à reprendre dans un contrat.',
  help: [
    `Usage : jalon contract ccag [${CCAG_NAMES.join(' | ')}]`,
    '',
    'Écrit en JSON le bloc "penalties" du régime par défaut du CCAG choisi (CCAG-TIC si aucun) :',
    'P = V × R / 1000 (TIC, FCS) ou / 3000 (PI), plafond de 10 % du montant de chaque commande,',
    'exonération tant que le total du marché ne dépasse pas 1 000 € HT, 15 jours d’observations.',
    'Les préréglages ne l’appliquent jamais d’eux-mêmes : copiez-le dans la version du contrat',
    'quand le CCAP renvoie au CCAG sans y déroger.',
    '',
  ].join('\n'),
  run(args, io) {
    const parsed = parseCommandArgs(args, {}, ccagArgs);
    if (!parsed.ok) {
      io.stderr(`jalon contract ccag : ${parsed.message}\n`);
      return ExitCode.usage;
    }
    const penalties = CCAG_DEFAULT_RULES(parsed.value.positionals[0] ?? 'CCAG-TIC');
    io.stdout(`${JSON.stringify({ penalties }, null, 2)}\n`);
    return ExitCode.ok;
  },
};

export const contractCommand = commandGroup({
  name: 'contract',
  path: 'jalon contract',
  summary: 'Contrats : préréglages, vérification et export JSON.',
  description:
    'Un contrat décrit calendriers, catégories de tickets, champs de qualification, statuts et horloges.',
  commands: [checkCommand, presetsCommand, ccagCommand],
});
