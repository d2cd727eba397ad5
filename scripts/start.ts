// `npm start`: until the local Atlassian sandbox (src/sandbox) lands, say what it will do and
// show what already works, computed by the engine.
import { addWorkingDays, businessMinutes, calendarPreset, compileCalendar } from '../src/core/time';

const atih = compileCalendar(calendarPreset('atih'));
if (!atih.ok) throw new Error(atih.message);
const devisDue = addWorkingDays(atih.value, Date.parse('2026-07-10T10:00:00+02:00'), 5);
const minutes = businessMinutes(
  atih.value,
  Date.parse('2026-07-13T17:00:00+02:00'),
  Date.parse('2026-07-15T10:00:00+02:00'),
);

const message = [
  'Jalon : le bac à sable local n’est pas encore livré.',
  '',
  'Quand il le sera, « npm start » :',
  '  1. démarrera un émulateur local de Jira et Confluence, peuplé de contrats de démonstration ;',
  '  2. calculera les horloges contractuelles de leurs tickets ;',
  '  3. publiera la page du mois dans le Confluence local.',
  '',
  'Ce qui fonctionne déjà : le moteur de temps ouvré, par exemple (calendrier ATIH, 9 h–18 h) :',
  `  devis demandé le ven. 10 juillet 2026 à 10:00, T0 + 5 jours ouvrés → dû le ${devisDue.ok ? devisDue.value : devisDue.message}`,
  `  du lun. 13 juillet 17:00 au mer. 15 juillet 10:00 (14 juillet férié) → ${String(minutes)} minutes ouvrées`,
  '',
  '  npm run --silent jalon -- calendar --help',
  '',
];

process.stdout.write(message.join('\n'));
