import type { ForgeRuntime } from '../runtime';
import { adjustmentResolvers } from './adjustments';
import { auditResolvers } from './audit';
import { clockResolvers } from './clocks';
import { contractResolvers } from './contract';
import { contractDraftResolvers } from './contract-draft';
import type { ResolverDefinitions } from './define';
import { exportResolvers } from './export';
import { indicatorResolvers } from './indicators';
import { jobResolvers } from './jobs';
import { orderResolvers } from './orders';
import { recomputeResolvers } from './recompute';
import { reportResolvers } from './reports';

/** Every resolver of the app, by its namespaced key (`keys.ts`), for one invocation's runtime. */
export function makeResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    ...clockResolvers(runtime),
    ...adjustmentResolvers(runtime),
    ...contractResolvers(runtime),
    ...contractDraftResolvers(runtime),
    ...auditResolvers(runtime),
    ...reportResolvers(runtime),
    ...orderResolvers(runtime),
    ...indicatorResolvers(runtime),
    ...recomputeResolvers(runtime),
    ...jobResolvers(runtime),
    ...exportResolvers(runtime),
  };
}
