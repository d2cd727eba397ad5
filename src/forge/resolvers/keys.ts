/**
 * The resolver keys the UI invokes, namespaced by feature (`@forge/bridge` `invoke(key, payload)`).
 * Each answers a `Result`: `{ ok: true, value }` or `{ ok: false, code, message, issues? }`.
 */
export const RESOLVER_KEYS = [
  'clocks/get',
  'clocks/adjustments',
  'clocks/adjust',
  'contract/list',
  'contract/get',
  'contract/save',
  'contract/versions',
  'contract/preview',
  'contract/apply',
  'audit/list',
  'report/list',
  'report/publish',
  'orders/list',
  'indicators/month',
  'recompute/preview',
  'jobs/get',
  'export/all',
] as const;
export type ResolverKey = (typeof RESOLVER_KEYS)[number];
