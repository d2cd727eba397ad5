import type { ContractInput } from '../contract-schema';
import { arsPacaItsmCatalogue } from './catalogues/ars-paca-itsm';
import { ORDER_FIELD_REFS, ORDER_FIELDS, ORDER_STATUSES } from './order-workflow';
import { arsPacaItsmIndicators } from './indicators/ars-paca-itsm';

/**
 * ARS PACA — accompagnement ITSM, « Projet GPI » (seed 004, `shared/seeds/004_3497ad63661ee54e.txt`,
 * MAPA/06/2019/ARS13, L804). "004 L913–914" below means lines 913 to 914 of that file. The CCTP has
 * no penalty, no price, no SLA and no suspension rule (extract §5): none here.
 *
 * Clocks of extract §8.5 left out, and why:
 * - ARS review of deliverables (L466–467, L488–490, L561–562) and the correction delay after a
 *   recette provisoire avec réserves (L609–613, L619): "à définir ensemble" / "d'un commun
 *   accord", no number; a per-issue agreed due date is not a target kind.
 * - Handling of reserves "par retour" (L469, L492, L564): no number.
 * - VSR "3 mois" (L624): a joint period in calendar months, not a target kind.
 * - Garantie (L423, L628): no duration in the CCTP.
 * - COPIL agenda "au plus tard 72 heures avant la réunion" (L759–760) and the project lead's
 *   "2 mois avant" notice (L780–781): counted backwards from a later event.
 * - Staff replacement 3 jours, ARS recusal 7 jours, second replacement 3 jours (L893–897): "jours"
 *   is not qualified (calendar or working days), calendar days are not a target kind, and the
 *   events are registered letters outside Jira.
 * - Payment delay (L957–962): not in the CCTP.
 */
export const arsPacaItsm = {
  id: 'ars-paca-itsm',
  label: 'ARS PACA — accompagnement ITSM (Projet GPI)',
  source: 'CCTP MAPA/06/2019/ARS13 Projet GPI, shared/seeds/004_3497ad63661ee54e.txt',
  versions: [
    {
      // 004 L39–40: "prendra effet à compter du 1er septembre 2019", tacitly renewed each year,
      // 36 months at most.
      effectiveFrom: '2019-09-01',
      note: 'Préréglage ARS PACA : remise du document de compréhension des UO en jours ouvrés.',
      calendars: {
        // 004 L913: "jours ouvrés", not defined. Assumption: Monday–Friday without the
        // métropole public holidays (Marseille), and 09:00–18:00 (9 h) since the CCTP gives no
        // hours; no rule of this preset depends on the hours (day-count mode only).
        'jours-ouvres': {
          id: 'jours-ouvres',
          label: 'ARS PACA — jours ouvrés lundi–vendredi (heures 9 h–18 h supposées)',
          zone: 'Europe/Paris',
          windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }],
          hoursPerDay: 9,
          holidays: { region: 'metropole', pentecostMonday: 'holiday', worked: false },
          closures: [],
          extraNonWorkingDates: [],
          extraWorkingDates: [],
        },
      },
      categories: [
        // 004 L871–881: each additional order starts with a cahier des charges written by the
        // ARS; the order issue carries it (extract §8.3). Issue type name: assumption.
        {
          id: 'order',
          label: 'Cahier des charges et bon de commande',
          issueTypes: ['Bon de commande'],
        },
      ],
      fields: {
        ...ORDER_FIELDS,
        // 004 L916–918: the cahier des charges is sent by e-mail, outside Jira: its sending
        // date is entered on the issue. Jira field name: assumption.
        'specification-sent': {
          label: 'Envoi du cahier des charges',
          jira: 'Envoi du cahier des charges',
          kind: 'datetime',
        },
      },
      // Order workflow of extract §8.4, shortened; names are assumptions (the CCTP names none).
      statuses: {
        ...ORDER_STATUSES,
        'Cahier des charges en rédaction': 'todo',
        'Cahier des charges envoyé': 'in-progress',
        'Proposition remise': 'validation',
        Commandé: 'in-progress',
        Livré: 'validation',
        Admis: 'closed',
      },
      clocks: [
        {
          // 004 L913–914: "Délai pour remise du document de « compréhension des unités
          // d'œuvres » : 10 jours ouvrés maximum après envoi du cahier des charges". Starts at
          // the entered sending date, or at the move to "Cahier des charges envoyé". Stops when
          // the proposal is recorded: the proposal's own e-mail date (L920) cannot be the stop
          // instant (there is no stop field). No pause in the CCTP.
          id: 'proposition',
          label: 'Remise du document de compréhension des UO',
          categories: ['order'],
          calendar: 'jours-ouvres',
          start: {
            any: [
              { field: 'specification-sent', set: true },
              { status: ['Cahier des charges envoyé'] },
            ],
          },
          startField: 'specification-sent',
          stop: { status: ['Proposition remise', 'Commandé', 'Livré', 'Admis'] },
          goals: [{ target: { workingDays: 10 } }],
        },
      ],
      indicators: arsPacaItsmIndicators,
      catalogue: arsPacaItsmCatalogue,
      orders: {
        // The preset's own order workflow (extract §8.4): cahier des charges (T0, written by the
        // ARS) → proposition → commande → livraison → admission. A delivery sent back for
        // correction returns to "Commandé".
        categories: ['order'],
        calendar: 'jours-ouvres',
        ...ORDER_FIELD_REFS,
        steps: {
          besoin: { created: true },
          devis: { enters: ['Proposition remise'] },
          'bon-de-commande': { enters: ['Commandé'] },
          livraison: { enters: ['Livré'] },
          admission: { enters: ['Admis'] },
        },
        refusal: { from: ['Livré'], to: ['Commandé'] },
      },
    },
  ],
} satisfies ContractInput;
