import type { CatalogueInput } from '../../catalogue-schema';

/**
 * ATIH — catalogue of the 13 orderable work-unit codes (seed 000, CCTP §5, summary table
 * L623–727). UO-2, UO-3 and UO-5 are each split into sub-codes (L1305–1313, L1407–1423,
 * L1684–1698). No prices in the CCTP: they live in the BPU.
 *
 * Assumption for every code: billing 'jour'. Each UO "correspond aux travaux représentant une
 * charge tout profil d'intervenant d'une journée" (L1317–1319 and the like); the "base tarifaire
 * forfaitaire" of L483–485 is the price of an order, computed from its UO quantities.
 */
export const atihCatalogue = {
  units: [
    {
      code: 'UO-1',
      family: 'UO-1',
      label: 'Initialisation / Cadrage d’un projet',
      billing: 'jour',
      // L1226–1228: "une charge totale lancement d'un nouveau projet d'une journée".
      source: '000 L1220–1228',
    },
    {
      code: 'UO-2F',
      family: 'UO-2',
      label: 'Spécification fonctionnelle',
      billing: 'jour',
      source: '000 L1305–1319',
    },
    {
      code: 'UO-2T',
      family: 'UO-2',
      label: 'Spécification technique',
      billing: 'jour',
      source: '000 L1305–1319',
    },
    {
      code: 'UO-3D',
      family: 'UO-3',
      label:
        'Développements de programmes de gestion de données (extraction, production d’indicateurs, génération de statistiques)',
      billing: 'jour',
      // L2181–2191: UO-3 and UO-4 are the denominator of indicator IQ-3.
      development: true,
      source: '000 L1413–1415, L1425–1427',
    },
    {
      code: 'UO-3F',
      family: 'UO-3',
      label:
        'Analyse et conception de flux de traitements complexes (multi-source, multi-sortie, multi-rythmiques)',
      billing: 'jour',
      development: true,
      source: '000 L1417–1419, L1425–1427',
    },
    {
      code: 'UO-3M',
      family: 'UO-3',
      // Typo fixed: the CCTP writes "Administration de bases données" (L1421).
      label:
        'Administration de bases de données, définition de structures de bases de données (réseau, relationnelles, objet…)',
      billing: 'jour',
      development: true,
      source: '000 L1421–1427',
    },
    {
      code: 'UO-4',
      family: 'UO-4',
      label: 'Développements de restitutions de données',
      billing: 'jour',
      development: true,
      source: '000 L1551–1563',
    },
    {
      code: 'UO-5T',
      family: 'UO-5',
      label: 'Développements de tests automatisés',
      billing: 'jour',
      source: '000 L1684–1692, L1700–1702',
    },
    {
      code: 'UO-5A',
      family: 'UO-5',
      label:
        'Audits et conseils de maintenance préventive (identification des risques et planification des actions) et de maintenance axée sur la fiabilité : études, conseils en architecture et méthodes',
      billing: 'jour',
      source: '000 L1684–1702',
    },
    {
      code: 'UO-6',
      family: 'UO-6',
      label: 'Expertise et conseil sur les langages de développement',
      billing: 'jour',
      source: '000 L1788–1801',
    },
    {
      code: 'UO-7',
      family: 'UO-7',
      label: 'Transfert de compétences techniques',
      billing: 'jour',
      source: '000 L1857–1867',
    },
    {
      code: 'UO-8',
      family: 'UO-8',
      label: 'Mise en place et évolutions de la démarche Devops',
      billing: 'jour',
      source: '000 L1940–1951',
    },
    {
      code: 'UO-9',
      family: 'UO-9',
      label: 'Maintenance fonctionnelle et corrective de restitutions de données',
      // L2045–2049 "charge tout profil d'intervenant de journées" (sic), managed as an enveloppe
      // of days on a dedicated order; each JIRA ticket's validated charge is deducted (L2067–2083).
      // L2057 names it "UO-5" by mistake.
      billing: 'jour',
      source: '000 L2037–2063',
    },
  ],
  caps: [],
} satisfies CatalogueInput;
