import { calendarPreset } from '../../time';
import type { Condition } from '../condition';
import type { ContractInput, Target } from '../contract-schema';
import { dsiGrandEstCatalogue } from './catalogues/dsi-grand-est';
import { defaultOrders, ORDER_CATEGORY, ORDER_FIELDS, ORDER_STATUSES } from './order-workflow';
import { dsiGrandEstIndicators } from './indicators/dsi-grand-est';

/**
 * DSI de la région académique Grand Est — accord-cadre de prestations informatiques (seed 003,
 * `shared/seeds/003_637e1db496385ea1.txt`). "003 L1133–1139" below means lines 1133 to 1139 of
 * that file. The CCTP gives no severity scale, no resolution SLA, no suspension rule and no
 * penalty amount (CCAP art. 18 / 18.2, not provided): none here. Its only timed obligations
 * are the correction deadlines after a refused recette (extract §3.3), encoded below.
 */

const LEVELS = ['SIMPLE', 'MOYEN', 'AVANCE'] as const;

/** The 42 UO codes (003 L1144–2518): 13 families × 3 expertise levels, and 6_EXP by duration. */
const FAMILIES = [
  '1_DEV',
  '2_CPR',
  '3_DTC',
  '4_UXD',
  '5_ARC',
  '7_QUF',
  '8_INT',
  '9_DIF',
  '10_DIT',
  '11_SCR',
  '12_POW',
  '13_ADD',
  '14_DTA',
] as const;
const EXPERTISE_CODES = ['6_EXP_1J', '6_EXP_5J', '6_EXP_10J'];

function codesOf(family: string): string[] {
  return family === '6_EXP' ? EXPERTISE_CODES : LEVELS.map((level) => `${family}_${level}`);
}

const UO_CODES = [...FAMILIES.flatMap(codesOf), ...EXPERTISE_CODES];

/** One goal for the UO families listed. */
function forFamilies(families: readonly string[], target: Target) {
  const when: Condition = { field: 'uo-code', equals: families.flatMap(codesOf) };
  return { when, target };
}

export const dsiGrandEst = {
  id: 'dsi-grand-est',
  label: 'DSI région académique Grand Est — prestations informatiques',
  source:
    'CCTP accord-cadre DSI région académique Grand Est, shared/seeds/003_637e1db496385ea1.txt',
  versions: [
    {
      // Assumption: the notification date is not in the CCTP; set it when the contract is known.
      // Early enough that exports of past years find a version in force.
      effectiveFrom: '2020-01-01',
      note: 'Préréglage DSI Grand Est : délais de correction après refus de recette, en jours ouvrés.',
      calendars: {
        // 003 L37–46: jours ouvrés Monday–Friday, "hors jours fériés et hors jours de fermeture
        // du site du bénéficiaire", 8h–18h, 2 weeks' summer and 1 week's year-end closures
        // (dates not given: the calendar preset's 2026 dates are to be confirmed each year).
        'dsi-grand-est': calendarPreset('dsi-grand-est'),
      },
      categories: [
        ORDER_CATEGORY,
        // 003 §3.2 (extract): each UO family's deliverables go through a recette that validates
        // or refuses them. Issue type name: assumption.
        { id: 'deliverable', label: 'Livrable soumis à recette', issueTypes: ['Livrable'] },
      ],
      fields: {
        ...ORDER_FIELDS,
        // 003 L1144–2518, "MODALITES DE COMMANDE" tables: the UO ordered, which fixes the family
        // and so the correction rule. Jira field name: assumption.
        'uo-code': { label: 'Code UO', jira: 'Code UO', kind: 'option', values: UO_CODES },
      },
      // Recette cycle of extract §9.4; names are assumptions (the CCTP names no status). A
      // refusal ("PV de recette" or "retour motivé") moves the issue to "Refusé".
      statuses: {
        ...ORDER_STATUSES,
        'À faire': 'todo',
        'En cours': 'in-progress',
        Livré: 'validation',
        'En recette': 'validation',
        Refusé: 'in-progress',
        'En correction': 'in-progress',
        Validé: 'closed',
      },
      clocks: [
        {
          // From the refusal to the new submission; each refusal opens a new iteration ("La
          // procédure de recette est alors relancée pour une nouvelle itération", L1135–1136),
          // hence new-cycle. "En recette" is a stop state too, so leaving it towards "Validé" or
          // "Refusé" is the only way out. Start at the move to "Refusé": the PV date when it
          // differs must be entered as a manual adjustment. No pause (extract §4.4).
          id: 'correction',
          label: 'Délai de correction après refus de recette',
          categories: ['deliverable'],
          calendar: 'dsi-grand-est',
          start: { status: ['Refusé'] },
          stop: { status: ['Livré', 'En recette', 'Validé'] },
          reopen: 'new-cycle',
          goals: [
            // 10 jours ouvrés: 2_CPR L1241–1242; 6_EXP L1666 ("version amendée sous 10 jours
            // ouvrés"; its refusal clause L1690–1691 says only "dans un délai défini"); 7_QUF
            // L1766, L1787–1788; 9_DIF L2020–2021 and 10_DIT L2143–2144 (their process steps,
            // L1995–1997 and L2123–2125, say "dans un délai défini": 10 jo taken as default).
            forFamilies(['2_CPR', '6_EXP', '7_QUF', '9_DIF', '10_DIT'], { workingDays: 10 }),
            // "dans un délai équivalent à 10% du nombre de jour de développement", from the PV
            // de recette (1_DEV L1133–1139, 3_DTC L1385–1391, 4_UXD L1469–1475, 5_ARC
            // L1588–1594, 13_ADD L2426–2432, 14_DTA L2501–2507; penalties CCAP art. 18.2).
            // Not expressible: the target depends on each order's number of days, and the
            // schema's targets are constants. Measured without a target until it can be.
            forFamilies(['1_DEV', '3_DTC', '4_UXD', '5_ARC', '13_ADD', '14_DTA'], { none: true }),
            // 12_POW L2357–2358: "évaluation lors du sprint suivant" would be { sprint: 'next' },
            // but a sprint goal needs a sprint cadence the CCTP does not give: no target.
            // 11_SCR L2247–2248: "suivi sur un ou deux sprints" is a follow-up, not a deadline.
            // 8_INT L1889–1890: returned for correction, no deadline.
            forFamilies(['8_INT', '11_SCR', '12_POW'], { none: true }),
          ],
        },
      ],
      indicators: dsiGrandEstIndicators,
      catalogue: dsiGrandEstCatalogue,
      orders: defaultOrders('dsi-grand-est', {
        // 003 §3.2: the recette of each delivery ends in a PV that validates it or refuses it.
        verification: ['En recette'],
        admission: ['Validé'],
        refusal: { from: ['En recette'], to: ['Refusé'] },
      }),
    },
  ],
} satisfies ContractInput;
