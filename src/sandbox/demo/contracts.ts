import type { ContractInput } from '../../core/contract';
import { contractPreset, type ContractPresetId } from '../../core/contract/presets';

/** The demo's contracts, the Jira projects their issues live in and their Confluence space. */
export const DEMO_CONTRACTS: readonly {
  readonly contract: ContractPresetId;
  readonly projects: readonly string[];
  readonly space: string;
}[] = [
  { contract: 'demat-ads', projects: ['DEM', 'INC'], space: 'DEMAT' },
  { contract: 'atih-2025', projects: ['ATIH'], space: 'ATIH' },
];

/**
 * A demo contract: the preset with each category scoped to the demo's projects, as a site with
 * several contracts needs (both presets call an anomaly "Anomalie").
 */
export function demoContract(id: ContractPresetId): ContractInput {
  const preset = contractPreset(id);
  const projects = DEMO_CONTRACTS.find((d) => d.contract === id)?.projects ?? [];
  return {
    ...preset,
    versions: preset.versions.map((version) => ({
      ...version,
      categories: version.categories.map((c) => ({ ...c, projects: [...projects] })),
    })),
  };
}
