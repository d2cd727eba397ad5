import type { Rng } from '../random';

/** Made-up but plausible summaries and labels, in French as the users type them. */

/** DEMAT'ADS products (sphère de dématérialisation des autorisations du droit des sols). */
export const DEMAT_PRODUCTS = [
  ["PLAT'AU", 'platau'],
  ["AD'AU", 'adau'],
  ['GNAU', 'gnau'],
  ['Sitadel', 'sitadel'],
] as const;

const ANOMALIES = [
  'erreur 500 à l’enregistrement d’un dossier de permis de construire',
  'les pièces jointes de plus de 20 Mo ne sont pas transmises',
  'le récépissé de dépôt affiche une date erronée',
  'le tableau de bord instructeur ne se rafraîchit plus',
  'la recherche par numéro de dossier ne renvoie aucun résultat',
  'doublons dans la liste des consultations de services',
  'l’export CSV des dossiers tronque les libellés accentués',
  'échec de la signature électronique de l’arrêté',
  'la notification au pétitionnaire part deux fois',
  'le calcul du délai d’instruction ignore la majoration',
  'lenteurs importantes à l’ouverture d’un dossier',
  'le formulaire Cerfa 13406 refuse une surface décimale',
  'le versement vers l’archivage échoue sans message',
  'droits d’accès incorrects pour un service consulté',
];

const INCIDENTS = [
  'indisponibilité du frontal web',
  'saturation de l’espace disque du serveur de fichiers',
  'base de données PostgreSQL en lecture seule',
  'certificat TLS expiré sur le point d’accès API',
  'file de messages bloquée, échanges interrompus',
  'temps de réponse dégradés sur le cluster applicatif',
  'échec de la sauvegarde nocturne',
  'perte de connectivité avec l’annuaire',
  'redémarrages en boucle d’un conteneur',
];

const DOCUMENTS = [
  'guide utilisateur : captures d’écran obsolètes',
  'dossier d’exploitation : procédure de reprise incomplète',
  'documentation API : exemple de requête erroné',
  'manuel d’installation : version de Java incorrecte',
  'notes de version : correctifs manquants',
];

const ASSISTANCE = [
  'extraction des dossiers déposés le mois dernier',
  'accompagnement à la configuration d’un nouveau service instructeur',
  'analyse d’un rejet de flux',
  'réinitialisation des habilitations d’un guichet',
  'aide à la préparation d’une mise en production',
  'question sur le paramétrage des délais',
];

export const ATIH_PROJECTS = [
  'ScanSanté',
  'PMSI MCO',
  'HospiDiag',
  'ENC MCO',
  'Open CCAM',
  'Indicateurs qualité (IQSS)',
] as const;

const ATIH_NEEDS = [
  'nouvelle restitution des séjours par territoire',
  'refonte du tableau de bord des indicateurs',
  'évolution des extractions annuelles',
  'automatisation des contrôles de cohérence',
  'industrialisation de la chaîne de production',
  'transfert de compétences sur les scripts SAS',
  'mise à jour des référentiels de nomenclature',
];

const ATIH_ANOMALIES = [
  'totaux incohérents entre deux onglets',
  'filtre régional sans effet',
  'libellés tronqués dans l’export',
  'valeurs manquantes pour un établissement',
  'graphique vide pour l’année en cours',
  'arrondis différents de la spécification',
];

const MAINTENANCE = [
  'correction d’un calcul d’indicateur',
  'mise à jour annuelle des seuils',
  'ajout d’une modalité de filtre',
  'correction d’un libellé de restitution',
  'adaptation à la nouvelle nomenclature',
];

export function dematProduct(rng: Rng): readonly [string, string] {
  return rng.pick(DEMAT_PRODUCTS);
}

export const summaries = {
  anomaly: (rng: Rng, product: string) => `${product} — ${rng.pick(ANOMALIES)}`,
  incident: (rng: Rng, product: string) => `${product} — ${rng.pick(INCIDENTS)}`,
  documentation: (rng: Rng, product: string) => `${product} — ${rng.pick(DOCUMENTS)}`,
  assistance: (rng: Rng, product: string) => `${product} — ${rng.pick(ASSISTANCE)}`,
  order: (rng: Rng, project: string) => `${project} — ${rng.pick(ATIH_NEEDS)}`,
  atihAnomaly: (rng: Rng, project: string) => `${project} — ${rng.pick(ATIH_ANOMALIES)}`,
  maintenance: (rng: Rng, project: string) => `${project} — ${rng.pick(MAINTENANCE)}`,
};
