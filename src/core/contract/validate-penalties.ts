import type { ContractVersion } from './contract-schema';
import type { Problem } from './validate-orders';

/**
 * Checks the penalty rules against the version's indicators, clocks and orders: each rule id
 * once, each indicator and clock declared, an indicator rule on an indicator with a target.
 */
export function checkPenalties(version: ContractVersion, path: string, problems: Problem[]): void {
  const penalties = version.penalties;
  if (penalties === undefined) return;
  const indicators = new Map(version.indicators.map((i) => [i.id, i]));
  const clocks = new Set(version.clocks.map((c) => c.id));
  const ids = new Set<string>();
  penalties.rules.forEach((rule, r) => {
    const at = `${path}.penalties.rules[${String(r)}]`;
    if (ids.has(rule.id))
      problems.push({
        code: 'CONTRACT.DUPLICATE_RULE',
        path: `${at}.id`,
        message: `Deux pénalités portent l'identifiant « ${rule.id} » : renommez l'une d'elles.`,
      });
    ids.add(rule.id);
    if (rule.kind === 'indicator-shortfall' || rule.kind === 'tiers') {
      const indicator = indicators.get(rule.indicator);
      if (indicator === undefined) {
        const known = [...indicators.keys()];
        problems.push({
          code: 'CONTRACT.UNKNOWN_INDICATOR',
          path: `${at}.indicator`,
          message: `La pénalité « ${rule.id} » vise l'indicateur « ${rule.indicator} », absent de indicators${known.length > 0 ? ` (${known.join(', ')})` : ''}.`,
        });
      } else if (indicator.threshold === null)
        problems.push({
          code: 'CONTRACT.NO_THRESHOLD',
          path: `${at}.indicator`,
          message: `L'indicateur « ${rule.indicator} » n'a pas d'objectif : la pénalité « ${rule.id} » ne peut pas mesurer d'écart.`,
        });
      return;
    }
    rule.clocks?.forEach((id, c) => {
      if (!clocks.has(id))
        problems.push({
          code: 'CONTRACT.UNKNOWN_CLOCK',
          path: `${at}.clocks[${String(c)}]`,
          message: `L'horloge « ${id} » de la pénalité « ${rule.id} » n'est pas déclarée dans clocks.`,
        });
    });
    if (rule.subject === 'orders' && version.orders === undefined)
      problems.push({
        code: 'CONTRACT.NO_ORDERS',
        path: `${at}.subject`,
        message: `La pénalité « ${rule.id} » porte sur les commandes : renseignez orders pour les suivre.`,
      });
  });
}
