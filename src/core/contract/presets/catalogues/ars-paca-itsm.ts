import type { CatalogueInput } from '../../catalogue-schema';

/**
 * ARS PACA — projet GPI (ITSM tooling): catalogue of the 7 codes (seed 004, §4 L133–169 and §6).
 * The CCTP announces "3 groupes" (L135) but describes two: P1 "Prestations au forfait" (L137–148)
 * and P2 "Prestations complémentaires en unité d'oeuvre" (L151–162). "Les prix des prestations P1
 * sont forfaitaires. Les prix des prestations P2 sont tarifés unitairement (à l'unité d'œuvre) en
 * jour/homme par type d'activité" (L855–856); the prices are in the bordereau (L867–869).
 *
 * quantityStep 1 on the P1 packages is our choice: one order takes the whole forfait.
 */

// P2 "seront commandées par unité d'œuvre et fonction du ou des scénarios retenus à l'issue de la
// prestation de cadrage (CAD)" (L185–186, also L168–169): CAD comes first.
const afterCadrage = ['CAD'];

export const arsPacaItsmCatalogue = {
  units: [
    {
      code: 'CAD',
      family: 'P1',
      label: 'Cadrage',
      // "1 UO = 1 forfait de la prestation" (L249).
      billing: 'forfait',
      quantityStep: 1,
      source: '004 L142, L223–249',
    },
    {
      code: 'MAJSER',
      family: 'P1',
      label: 'Mise à jour des serveurs GLPI et OCS existants',
      billing: 'forfait',
      quantityStep: 1,
      source: '004 L144–145, L250–270',
    },
    {
      code: 'SERLOG',
      family: 'P1',
      label: 'Installation du serveur GLPI pour la logistique',
      billing: 'forfait',
      quantityStep: 1,
      source: '004 L147–148, L272–318',
    },
    {
      code: 'ESPEC',
      family: 'P2',
      label: 'Etudes techniques, spécifications',
      // "1 UO = 1 journée de prestations" (L374).
      billing: 'jour',
      prerequisites: afterCadrage,
      source: '004 L156, L334–374',
    },
    {
      code: 'INSPT',
      family: 'P2',
      label: 'Installation-paramétrage-test',
      billing: 'jour',
      // Follows "une ou plusieurs prestation(s) ESPEC" (L378–379).
      prerequisites: ['CAD', 'ESPEC'],
      // "ne sera commandée que si les outils existants (GLPI et OCS) ne répondent pas complètement
      // aux besoins … et que l'installation de nouveaux outils a été jugée nécessaire par le
      // comité de pilotage" (L380–382): a COPIL decision before the order.
      priorAgreement: true,
      source: '004 L158, L376–398',
    },
    {
      code: 'TCOMP',
      family: 'P2',
      label: 'Transfert de compétences',
      billing: 'jour',
      prerequisites: afterCadrage,
      source: '004 L160, L399–419',
    },
    {
      code: 'MAINT',
      family: 'P2',
      label: 'Support et maintenance',
      // Also described as a separate "contrat de maintenance corrective" proposed after the
      // garantie (L423–424, L450–451); here the P2 UO in days (L430).
      billing: 'jour',
      prerequisites: afterCadrage,
      source: '004 L162, L421–430',
    },
  ],
  caps: [],
} satisfies CatalogueInput;
