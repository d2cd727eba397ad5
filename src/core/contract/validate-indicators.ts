import { referencesOf } from './condition';
import type { ContractVersion } from './contract-schema';
import type { Problem } from './validate-orders';

/**
 * Checks the indicators against the version: unique ids, known categories, clocks, calendars
 * and condition fields, and orders configured for the kinds that read orders.
 */
export function checkIndicators(version: ContractVersion, path: string, problems: Problem[]): void {
  const categories = new Set(version.categories.map((c) => c.id));
  const clocks = new Set(version.clocks.map((c) => c.id));
  const seen = new Set<string>();
  version.indicators.forEach((indicator, i) => {
    const at = `${path}.indicators[${String(i)}]`;
    const problem = (code: string, where: string, message: string): void => {
      problems.push({ code, path: `${at}${where}`, message });
    };
    if (seen.has(indicator.id))
      problem(
        'CONTRACT.DUPLICATE_INDICATOR',
        '.id',
        `Deux indicateurs portent l'identifiant « ${indicator.id} ».`,
      );
    seen.add(indicator.id);
    if ('categories' in indicator)
      indicator.categories.forEach((id, c) => {
        if (!categories.has(id))
          problem(
            'CONTRACT.UNKNOWN_CATEGORY',
            `.categories[${String(c)}]`,
            `La catégorie « ${id} » n'existe pas : choisissez parmi ${[...categories].join(', ')}.`,
          );
      });
    if ('when' in indicator && indicator.when !== undefined)
      for (const field of referencesOf(indicator.when).fields)
        if (!Object.hasOwn(version.fields, field))
          problem(
            'CONTRACT.UNKNOWN_FIELD',
            '.when',
            `Le champ « ${field} » n'est pas déclaré dans fields.`,
          );
    if ('clock' in indicator && !clocks.has(indicator.clock))
      problem(
        'CONTRACT.UNKNOWN_CLOCK',
        '.clock',
        `L'horloge « ${indicator.clock} » n'est pas déclarée dans clocks.`,
      );
    if (
      indicator.kind === 'availability' &&
      indicator.window !== '24/7' &&
      !Object.hasOwn(version.calendars, indicator.window)
    )
      problem(
        'CONTRACT.UNKNOWN_CALENDAR',
        '.window',
        `Le calendrier « ${indicator.window} » n'est pas déclaré dans calendars.`,
      );
    const readsOrders = [
      'order-lateness',
      'deliveries-before-validation',
      'anomalies-per-unit',
    ].includes(indicator.kind);
    if (readsOrders && version.orders === undefined)
      problem(
        'CONTRACT.NO_ORDERS',
        '.kind',
        `L'indicateur « ${indicator.id} » lit les commandes : renseignez orders et catalogue.`,
      );
  });
}
