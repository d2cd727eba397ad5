import type { z } from 'zod';
import type {
  clockAdjustPayload,
  clockAdjustmentsPayload,
} from '../../src/forge/resolvers/adjustments';
import type { auditListPayload } from '../../src/forge/resolvers/audit';
import type { clocksGetPayload } from '../../src/forge/resolvers/clocks';
import type {
  contractGetPayload,
  contractSavePayload,
  contractVersionsPayload,
} from '../../src/forge/resolvers/contract';
import type {
  contractApplyPayload,
  contractPreviewPayload,
} from '../../src/forge/resolvers/contract-draft';
import type { indicatorsMonthPayload } from '../../src/forge/resolvers/indicators';
import type { jobGetPayload } from '../../src/forge/resolvers/jobs';
import { RESOLVER_KEYS } from '../../src/forge/resolvers/keys';
import type { ordersListPayload } from '../../src/forge/resolvers/orders';
import type { recomputePreviewPayload } from '../../src/forge/resolvers/recompute';
import type { reportListPayload, reportPublishPayload } from '../../src/forge/resolvers/reports';
import type { MissingApiKeys, ResolverApi } from '../../src/forge/resolvers/ui-api';

/** True when every payload the UI may send is one the resolver's schema takes. */
type Accepts<S extends z.ZodType, K extends keyof ResolverApi> =
  ResolverApi[K]['payload'] extends z.input<S> ? true : false;

/** Each line fails to compile when the UI's payload type and the resolver's schema part. */
export const PAYLOADS_AGREE: Record<keyof ResolverApi, true> = {
  'clocks/get': true satisfies Accepts<typeof clocksGetPayload, 'clocks/get'>,
  'clocks/adjustments': true satisfies Accepts<
    typeof clockAdjustmentsPayload,
    'clocks/adjustments'
  >,
  'clocks/adjust': true satisfies Accepts<typeof clockAdjustPayload, 'clocks/adjust'>,
  'contract/list': true,
  'contract/get': true satisfies Accepts<typeof contractGetPayload, 'contract/get'>,
  'contract/save': true satisfies Accepts<typeof contractSavePayload, 'contract/save'>,
  'contract/versions': true satisfies Accepts<typeof contractVersionsPayload, 'contract/versions'>,
  'contract/preview': true satisfies Accepts<typeof contractPreviewPayload, 'contract/preview'>,
  'contract/apply': true satisfies Accepts<typeof contractApplyPayload, 'contract/apply'>,
  'audit/list': true satisfies Accepts<typeof auditListPayload, 'audit/list'>,
  'report/list': true satisfies Accepts<typeof reportListPayload, 'report/list'>,
  'report/publish': true satisfies Accepts<typeof reportPublishPayload, 'report/publish'>,
  'orders/list': true satisfies Accepts<typeof ordersListPayload, 'orders/list'>,
  'indicators/month': true satisfies Accepts<typeof indicatorsMonthPayload, 'indicators/month'>,
  'recompute/preview': true satisfies Accepts<typeof recomputePreviewPayload, 'recompute/preview'>,
  'jobs/get': true satisfies Accepts<typeof jobGetPayload, 'jobs/get'>,
  'export/all': true,
};

describe('the UI’s resolver API types', () => {
  test('name exactly the resolver keys, and every payload agrees with its schema', () => {
    const missing: MissingApiKeys[] = [];
    expect(missing).toEqual([]);
    expect(Object.keys(PAYLOADS_AGREE).sort()).toEqual([...RESOLVER_KEYS].sort());
  });
});
