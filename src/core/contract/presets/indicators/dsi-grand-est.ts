import type { z } from 'zod';
import type { indicatorSchema } from '../../indicators-schema';

/**
 * DSI Grand Est (seed 003, `shared/seeds/003_637e1db496385ea1.txt`): none. Extract 003 §5: "No
 * contractual service-quality indicator with a name, formula, measurement period and target."
 * "SLA" appears only as an application's name (L490–517, L817) and in "respectent les SLA
 * définis" (L2486), defined nowhere. The figures it does give are acceptance criteria of a
 * delivery ("100 % des exigences fonctionnelles sont satisfaites", L1126–1130), not periodic
 * indicators; the correction deadlines after a refused recette are the preset's clock.
 */
export const dsiGrandEstIndicators = [] satisfies z.input<typeof indicatorSchema>[];
