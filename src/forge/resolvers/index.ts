import type { ForgeRuntime } from '../runtime';
import { auditResolvers } from './audit';
import { clockResolvers } from './clocks';
import { contractResolvers } from './contract';
import type { ResolverDefinitions } from './define';
import { exportResolvers } from './export';
import { orderResolvers } from './orders';
import { recomputeResolvers } from './recompute';
import { reportResolvers } from './reports';

/** Every resolver of the app, by its namespaced key (`keys.ts`), for one invocation's runtime. */
export function makeResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    ...clockResolvers(runtime),
    ...contractResolvers(runtime),
    ...auditResolvers(runtime),
    ...reportResolvers(runtime),
    ...orderResolvers(runtime),
    ...recomputeResolvers(runtime),
    ...exportResolvers(runtime),
  };
}
