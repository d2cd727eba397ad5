import type { ContractInput } from '../contract-schema';
import { arsPacaItsm } from './ars-paca-itsm';
import { atih2025 } from './atih-2025';
import { dematAds } from './demat-ads';
import { dsiGrandEst } from './dsi-grand-est';

/** One preset per seed contract (DESIGN.md §1), as editable contract input, by id. */
export const CONTRACT_PRESETS = {
  'atih-2025': atih2025,
  'demat-ads': dematAds,
  'dsi-grand-est': dsiGrandEst,
  'ars-paca-itsm': arsPacaItsm,
} as const satisfies Record<string, ContractInput>;

export type ContractPresetId = keyof typeof CONTRACT_PRESETS;

export function isContractPresetId(id: string): id is ContractPresetId {
  return Object.hasOwn(CONTRACT_PRESETS, id);
}

/** A fresh copy of a preset, safe to edit. */
export function contractPreset(id: ContractPresetId): ContractInput {
  return structuredClone(CONTRACT_PRESETS[id]);
}
