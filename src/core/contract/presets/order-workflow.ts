import type { StatusRole } from '../condition';
import type { ContractInput } from '../contract-schema';

type Version = ContractInput['versions'][number];

/**
 * Jalon's default conventions for an order issue, shared by the presets (the CCTPs name no Jira
 * status or field: every name here is an assumption to adapt to the site). One issue per order,
 * issue type "Commande", from the expression de besoin (creation, T0) to payment.
 */
export const ORDER_STATUSES = {
  'Besoin exprimé': 'todo',
  'Devis transmis': 'other',
  'BC reçu': 'other',
  'BC accepté': 'other',
  'En cours': 'in-progress',
  Livré: 'validation',
  'En vérification': 'validation',
  Validé: 'closed',
  Facturé: 'closed',
  Réglé: 'closed',
} satisfies Record<string, StatusRole>;

export const ORDER_CATEGORY = {
  id: 'order',
  label: 'Commande d’unités d’œuvre',
  issueTypes: ['Commande'],
} satisfies Version['categories'][number];

/** The order's fields besides Jalon's own "Lignes UO" and "Factures". */
export const ORDER_FIELDS = {
  project: { label: 'Projet', jira: 'Projet', kind: 'text' },
  'order-number': { label: 'N° de bon de commande', jira: 'N° de bon de commande', kind: 'text' },
  'planned-delivery': {
    label: 'Date de livraison prévue',
    jira: 'Date de livraison prévue',
    kind: 'date',
  },
  'need-link': { label: 'Expression de besoin (lien)', jira: 'Expression de besoin', kind: 'text' },
  'quote-link': { label: 'Devis (lien)', jira: 'Devis', kind: 'text' },
  'order-link': { label: 'Bon de commande (lien)', jira: 'Bon de commande', kind: 'text' },
  'invoice-link': { label: 'Facture (lien)', jira: 'Facture', kind: 'text' },
} satisfies Version['fields'];

/** The orders configuration's references to `ORDER_FIELDS`. */
export const ORDER_FIELD_REFS = {
  projectField: 'project',
  orderNumberField: 'order-number',
  plannedDeliveryField: 'planned-delivery',
  documents: {
    besoin: 'need-link',
    devis: 'quote-link',
    'bon-de-commande': 'order-link',
    facture: 'invoice-link',
  },
} satisfies Partial<NonNullable<Version['orders']>>;

/**
 * The orders configuration of the default workflow on `calendar`; `verification` and `refusal`
 * describe the recette when the preset's workflow names it otherwise.
 */
export function defaultOrders(
  calendar: string,
  recette: {
    readonly verification: readonly string[];
    readonly admission: readonly string[];
    readonly refusal: { readonly from: readonly string[]; readonly to: readonly string[] };
  } = {
    verification: ['En vérification'],
    admission: ['Validé'],
    refusal: { from: ['En vérification'], to: ['En cours'] },
  },
): NonNullable<Version['orders']> {
  return {
    categories: ['order'],
    calendar,
    ...ORDER_FIELD_REFS,
    steps: {
      besoin: { created: true },
      devis: { enters: ['Devis transmis'] },
      'bon-de-commande': { enters: ['BC reçu'] },
      acceptation: { enters: ['BC accepté'] },
      demarrage: { enters: ['En cours'] },
      livraison: { enters: ['Livré'] },
      verification: { enters: [...recette.verification] },
      admission: { enters: [...recette.admission] },
      facture: { enters: ['Facturé'] },
      paiement: { enters: ['Réglé'] },
    },
    refusal: { from: [...recette.refusal.from], to: [...recette.refusal.to] },
  };
}
