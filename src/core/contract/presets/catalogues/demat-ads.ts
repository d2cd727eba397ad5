import type { CatalogueInput } from '../../catalogue-schema';

/**
 * DEMAT'ADS — catalogue of the 23 orderable codes (seed 001: transverse launch, infogérance,
 * AMOE-TMA; L736–772). Prices are in the BPU (L1838–1839), not here. Labels are those of each
 * sheet's "Unité(s) d'œuvre" row, except the profile UOs (headings). Penalties: CCAP art. 7.
 *
 * quantityStep 1 on fixed-price, monthly, sprint and per-complexity codes is our choice: the CCTP
 * orders them as whole units, a half package has no meaning.
 */

// Complexity tiers of UO_EXP_I6 and UO_EXP_TMA_6 ("Délai d'exécution", L2027–2029, L3307–3309).
const expertiseLevels = [
  { id: 'SIMPLE', label: 'Simple', days: 1 },
  { id: 'MOYEN', label: 'Moyen', days: 5 },
  { id: 'COMPLEXE', label: 'Complexe', days: 10 },
];

// Seniority levels of UO_DDV_TMA_8 and UO_UX_TMA_9 ("Niveau de compétence", L3490–3492,
// L3523–3525).
const threeSeniorityLevels = [
  { id: 'JUNIOR', label: 'Junior : 1 à 3 ans' },
  { id: 'CONFIRME', label: 'Confirmé : 3 à 7 ans' },
  { id: 'SENIOR', label: 'Sénior : 7 ans et plus' },
];

// UO_FM "est décliné en 6 UO (UO FMP_O, UO_FMP_A, UO_FMP_B, UO_FMA_O, UO_FMA_A, UO_FMA_B) suivant
// les environnements et le niveau de service attendu (cf. annexe 8)" (L1525–1530). Annexe 8 is
// absent, so the label keeps the contract's wording plus the variant. Reading, not stated: FMP /
// FMA = Production / ACC, _O / _A / _B = OR / ARGENT / BRONZE (service levels, L1344–1357).
// "UO FMP_O" lacks its underscore in the CCTP (L1527): fixed.
const monthlyFee = (variant: string) => ({
  code: `UO_${variant}`,
  family: 'Infogérance',
  label: `Forfait Maintenance Infogérance – ${variant}`,
  billing: 'forfait-mensuel' as const,
  quantityStep: 1,
  // "Délai d'exécution de la prestation : un mois calendaire" (L1544–1545).
  // Entrant: "Les livrables de l'unité d'œuvre UO_PC_I1" (L1551).
  prerequisites: ['UO_PC_I1'],
  source: '001 L1525–1551',
});

export const dematAdsCatalogue = {
  units: [
    {
      code: 'UO_INIT_1',
      family: 'Transverse',
      // Also written "UO_Init_1" (L1633, L2764); the heading says "Lancement du marché" (L1082).
      label: 'Lancement de marché',
      billing: 'forfait',
      quantityStep: 1,
      // "commandée une seule fois au démarrage du marché" (L1084–1085); "UO au forfait activable
      // une seule fois après la notification du marché" (L1108). Its "délai moyen de 10 jours"
      // (L1119) has no unit and is an average: no deliveryWorkingDays.
      onceOnly: true,
      source: '001 L1082–1122',
    },
    monthlyFee('FMP_O'),
    monthlyFee('FMP_A'),
    monthlyFee('FMP_B'),
    monthlyFee('FMA_O'),
    monthlyFee('FMA_A'),
    monthlyFee('FMA_B'),
    {
      code: 'UO_PC_I1',
      family: 'Infogérance',
      label: 'Acquisition et prise en charge de l’infogérance',
      billing: 'forfait',
      quantityStep: 1,
      // Not onceOnly: "activable une seule fois en début de marché et en cas de lancement d'un
      // nouveau produit de la Sphère Démat" (L1607–1610).
      prerequisites: ['UO_INIT_1'],
      // "40 jours ouvrés maximum" (L1645); L1624 says "2 mois" instead: the jours ouvrés kept.
      deliveryWorkingDays: 40,
      source: '001 L1604–1645',
    },
    {
      code: 'UO_REV_I2',
      family: 'Infogérance',
      label: 'Réversibilité des prestations d’infogérance',
      billing: 'forfait',
      quantityStep: 1,
      // "UO au forfait activable une seule fois après la notification du marché" (L1727), though
      // it runs at the end of the contract (L1704); not ordered if the contractor stays
      // (L1711–1712).
      // Deadline "2 mois à compter du lancement de la commande" (L1741): months, not jours ouvrés.
      onceOnly: true,
      source: '001 L1703–1742',
    },
    {
      code: 'UO_PCAE_I3',
      family: 'Infogérance',
      label: 'Etude PCA',
      billing: 'forfait',
      quantityStep: 1,
      onceOnly: true,
      source: '001 L1814–1827',
    },
    {
      code: 'UO_PCAM_I4',
      family: 'Infogérance',
      label: 'Mise en œuvre PCA',
      billing: 'forfait',
      quantityStep: 1,
      onceOnly: true,
      // "elle fait suite à UO_PCAE_I3 – Étude PCA" (L1873–1874); entrant: the PCA study (L1901).
      prerequisites: ['UO_PCAE_I3'],
      source: '001 L1872–1901',
    },
    {
      code: 'UO_CP_I5',
      family: 'Infogérance',
      label: 'Installation ou décommissionnement d’un composant',
      // Assumption: billed per complexity tier; the sheet gives only each tier's "délai
      // d'exécution" (L1957–1963), no unit.
      billing: 'complexite',
      quantityStep: 1,
      levels: [
        { id: 'TRES_SIMPLE', label: 'Très simple', days: 1 },
        { id: 'SIMPLE', label: 'Simple', days: 2 },
        { id: 'MOYEN', label: 'Moyen', days: 3 },
        { id: 'COMPLEXE', label: 'Complexe', days: 5 },
      ],
      source: '001 L1939–1963',
    },
    {
      code: 'UO_EXP_I6',
      family: 'Infogérance',
      label: 'Études et/ou expertises diverses d’infogérance',
      // Assumption: billed per complexity tier, as UO_CP_I5 (L2024–2029).
      billing: 'complexite',
      quantityStep: 1,
      levels: expertiseLevels,
      source: '001 L2003–2029',
    },
    {
      code: 'UO_PC_TMA_1',
      family: 'AMOE-TMA',
      label: 'Acquisition et prise en charge de la TMA',
      billing: 'forfait',
      quantityStep: 1,
      // Not onceOnly: also used for a new product (L2705–2707, L2735–2738); not ordered if the
      // contractor stays (L2709).
      prerequisites: ['UO_INIT_1'],
      // "40 jours ouvrés maximum" (L2778); L2750 says "2 mois" instead: the jours ouvrés kept.
      deliveryWorkingDays: 40,
      source: '001 L2704–2778',
    },
    {
      code: 'UO_REV_TMA_2',
      family: 'AMOE-TMA',
      label: 'Transfert du produit numérique - Réversibilité',
      // Assumption: forfait, as its infogérance twin UO_REV_I2 "UO au forfait" (L1727); the sheet
      // states no unit, only "la charge prévue" in the proposal (L2895).
      billing: 'forfait',
      quantityStep: 1,
      // Ordered "au plus tard dans le mois qui précède la fin du marché" (L2836); once-only is
      // not stated. Deadline "2 mois" (L2892): months, not jours ouvrés.
      source: '001 L2831–2895',
    },
    {
      // Typo fixed: the sheet writes "U0_REP_TMA_3" with a zero (L3006); heading L2988.
      code: 'UO_REP_TMA_3',
      family: 'AMOE-TMA',
      label: 'Reprise et mise en qualité des données',
      // Assumption: forfait per data-migration job; the sheet gives only a maximum delay and no
      // unit (L3017–3018).
      billing: 'forfait',
      quantityStep: 1,
      deliveryWorkingDays: 20,
      source: '001 L2988–3018',
    },
    {
      code: 'UO_VES_TMA_4',
      family: 'AMOE-TMA',
      label: 'Veille/Supervision de la maintenance préventive et adaptative',
      // "Délai de réalisation : Forfait mensuel" (L3128).
      billing: 'forfait-mensuel',
      quantityStep: 1,
      source: '001 L3049–3128',
    },
    {
      code: 'UO_DEVOPS_TMA_5',
      family: 'AMOE-TMA',
      label: 'Développement des produits de la sphère DEMAT’ADS en mode DevOps',
      // "la durée d'un sprint de 4 semaines, soit 20 jours ouvrés" (L3165–3166).
      billing: 'sprint',
      quantityStep: 1,
      development: true,
      deliveryWorkingDays: 20,
      source: '001 L3160–3209',
    },
    {
      code: 'UO_EXP_TMA_6',
      family: 'AMOE-TMA',
      label: 'Études et/ou expertises diverses d’AMOE TMA',
      // Assumption: billed per complexity tier, as UO_EXP_I6 (L3304–3309).
      billing: 'complexite',
      quantityStep: 1,
      levels: expertiseLevels,
      source: '001 L3273–3309',
    },
    {
      code: 'UO_CA_TMA_7',
      family: 'AMOE-TMA',
      // Sheet row: "journée de prestation de coach agile" (L3430).
      label: 'Coach agile',
      // "Les UO profils correspondent à une journée d'intervention" (L3425).
      billing: 'jour',
      levels: [
        { id: 'CONFIRME', label: 'Confirmé : 5 à 7 ans' },
        { id: 'SENIOR', label: 'Sénior : 7 ans et plus' },
      ],
      source: '001 L3421–3447',
    },
    {
      code: 'UO_DDV_TMA_8',
      family: 'AMOE-TMA',
      // Sheet row: "journée de prestation de développeur Data Visualisation" (L3474–3475).
      label: 'Développeur Data Visualisation',
      billing: 'jour',
      levels: threeSeniorityLevels,
      source: '001 L3425, L3471–3492',
    },
    {
      code: 'UO_UX_TMA_9',
      family: 'AMOE-TMA',
      // Sheet row: "journée de prestation d' UX/UI" (L3512).
      label: 'UX/UI',
      billing: 'jour',
      levels: threeSeniorityLevels,
      source: '001 L3425, L3509–3525',
    },
    {
      // Heading and extract spelling; the sheet row writes "UO_TMA_HNO_10" (L3367).
      code: 'UO_HNO_TMA_10',
      family: 'AMOE-TMA',
      label: 'Heure d’intervention HNO pour maintenance des produits de la sphère DEMAT’ADS',
      // "Cette UO est décomptée à l'heure et mobilisable uniquement à la demande de
      // l'administration et après l'accord explicite de celle-ci" (L3362–3363).
      billing: 'heure',
      priorAgreement: true,
      source: '001 L3350–3388',
    },
  ],
  caps: [
    {
      id: 'expertise-20-pourcent',
      label: 'Expertises ≤ 20 % du montant total commandé',
      codes: ['UO_EXP_I6', 'UO_EXP_TMA_6'],
      maxShare: 0.2,
      source: '001 L2007–2008, L3277–3278',
    },
  ],
} satisfies CatalogueInput;
