import type { IssueHistory } from '../../src/core/clocks';
import { compileContract, type CompiledContract } from '../../src/core/contract';
import { contractPreset, type ContractPresetId } from '../../src/core/contract/presets';
import { evaluateOrders, type OrdersEvaluation, type OrdersOptions } from '../../src/core/orders';
import { at } from './calendars';
import { historyOf } from './issue-history';

/** Field ids of the test site for the presets' order fields, with their display names. */
export const ORDER_NAMES = {
  status: 'Statut',
  customfield_20001: 'Urgent',
  customfield_20002: 'Lignes UO',
  customfield_20003: 'Factures',
  customfield_20004: 'Projet',
  customfield_20005: 'N° de bon de commande',
  customfield_20006: 'Date de livraison prévue',
  customfield_20007: 'Charge estimée',
  customfield_20008: 'Charge validée',
  customfield_20009: 'Devis',
} as const;
type FieldName = (typeof ORDER_NAMES)[keyof typeof ORDER_NAMES];
type Values = Partial<Record<FieldName, string | null>>;

const idOf = new Map(Object.entries(ORDER_NAMES).map(([id, name]) => [name as string, id]));

function ids(values: Values): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [idOf.get(name) ?? name, value ?? null]),
  );
}

export interface OrderStep {
  readonly at: string;
  readonly set: Values;
}

/** An issue of the order workflow as the Jira adapter delivers it, fields by display name. */
export function anOrderIssue(
  key: string,
  issueType: string,
  created: string,
  initial: Values,
  steps: readonly OrderStep[] = [],
): IssueHistory {
  const changes = steps.map((step) => ({ at: step.at, set: ids(step.set) }));
  return historyOf(ORDER_NAMES, key, issueType, created, ids(initial), changes);
}

export interface LineSpec {
  readonly code: string;
  readonly quantity: number;
  readonly level?: string;
  readonly unitPrice?: number;
}

/** The "Lignes UO" field's text for lines. */
export function lines(...items: readonly LineSpec[]): string {
  return JSON.stringify({ lines: items });
}

export function compiledPreset(id: ContractPresetId): CompiledContract {
  const compiled = compileContract(contractPreset(id));
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.value;
}

export function ordersOf(
  contract: CompiledContract,
  issues: readonly IssueHistory[],
  when: string,
  options: OrdersOptions = {},
): OrdersEvaluation {
  const evaluation = evaluateOrders(contract, issues, at(when), options);
  if (!evaluation.ok) throw new Error(evaluation.message);
  return evaluation.value;
}
