import { commandGroup } from '../../group';
import { addCommand } from './add';
import { checkCommand, holidaysCommand, presetsCommand } from './describe';
import { minutesCommand } from './minutes';

export const calendarCommand = commandGroup({
  name: 'calendar',
  path: 'jalon calendar',
  summary: 'Calendriers ouvrés : temps ouvré, échéances, jours fériés, vérification.',
  description:
    'Calcule en temps ouvré dans le calendrier d’un contrat (horaires, jours fériés, fermetures).\nUn calendrier est un préréglage (jalon calendar presets) ou un fichier .json.',
  commands: [minutesCommand, addCommand, holidaysCommand, checkCommand, presetsCommand],
});
