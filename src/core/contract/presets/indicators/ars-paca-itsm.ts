import type { z } from 'zod';
import type { indicatorSchema } from '../../indicators-schema';

/**
 * ARS PACA (seed 004, `shared/seeds/004_3497ad63661ee54e.txt`): none. Extract 004 §5: "No
 * quality-of-service indicator, no SLA, no penalty formula and no penalty amount appear in this
 * document." Quality is "appréciée par la fourniture régulière de rapports d'états" (L203–204);
 * the VSR's "niveau de performances défini dans le contrat" (L624–626) is defined nowhere; "Les
 * temps de réponse doivent être rapides" (L440) has no figure. The recette thresholds (no
 * bloquante, ≤ 2 majeures per lot, < 15 résiduelles, L605–606) decide one recette, not a monthly
 * indicator, and the 10 jours ouvrés proposal deadline (L913–914) is the preset's clock.
 */
export const arsPacaItsmIndicators = [] satisfies z.input<typeof indicatorSchema>[];
