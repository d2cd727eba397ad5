import { InvocationError, InvocationErrorCode } from '@forge/events';
import Resolver from '@forge/resolver';
import { forgeRuntime } from './forge-runtime';
import { accountIdOf } from './resolvers/define';
import { makeResolvers } from './resolvers/index';
import { RESOLVER_KEYS } from './resolvers/keys';
import { makeAutomationAction } from './triggers/automation-action';
import { runJob } from './jobs/run-job';
import {
  makeIssueEventHandler,
  retryDelaySeconds,
  type IssueEventOutcome,
} from './triggers/issue-event';
import { makeDailyCheck, makeHourlyRefresh, type ScheduledOutcome } from './triggers/scheduled';
import { makeWebTrigger } from './triggers/web-trigger';

/**
 * The handlers the manifest names, wired to the real Forge runtime. Each invocation builds its
 * own runtime (fresh HTTP accounts) when it runs: importing this module calls no Forge API.
 */

/** `avi:jira:created|updated:issue`. A rate-limited or unavailable site is retried later. */
export async function onIssueEvent(event: unknown): Promise<IssueEventOutcome | InvocationError> {
  const outcome = await makeIssueEventHandler(forgeRuntime())(event);
  return outcome.status === 'failed' && outcome.retryAfterSeconds !== null
    ? new InvocationError({
        retryAfter: outcome.retryAfterSeconds,
        retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
      })
    : outcome;
}

/**
 * The consumer of the `jalon-jobs` queue: one recompute, or one step of a publication. A
 * rate-limited site is retried by Forge after the delay it asked for (at most 4 times).
 */
export async function onQueueEvent(event: unknown): Promise<string | InvocationError> {
  const body = typeof event === 'object' && event !== null && 'body' in event ? event.body : null;
  const jobId =
    typeof event === 'object' &&
    event !== null &&
    'jobId' in event &&
    typeof event.jobId === 'string'
      ? event.jobId
      : 'inconnu';
  const outcome = await runJob(forgeRuntime(), { body, jobId });
  if (outcome.ok) return outcome.value;
  const retryAfter = retryDelaySeconds(outcome);
  return retryAfter === null
    ? outcome.message
    : new InvocationError({
        retryAfter,
        retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
      });
}

/** Hourly: the clocks whose displayed state is due to change. */
export function onHourlyRefresh(): Promise<ScheduledOutcome> {
  return makeHourlyRefresh(forgeRuntime())();
}

/** Daily: each contract's closed month published, comité deadlines reminded. */
export function onDailyCheck(): Promise<ScheduledOutcome> {
  return makeDailyCheck(forgeRuntime())();
}

/** The web trigger Jira Automation's "Send web request" calls. */
export function onWebtrigger(request: unknown): ReturnType<ReturnType<typeof makeWebTrigger>> {
  return makeWebTrigger(forgeRuntime())(request);
}

/** The automation action "Recalculer les délais Jalon", run as the rule's user. */
export function onAutomationAction(
  payload: unknown,
  context?: unknown,
): ReturnType<ReturnType<typeof makeAutomationAction>> {
  return makeAutomationAction(forgeRuntime({ invoker: invokerOf(context) }))(payload, context);
}

function invokerOf(context: unknown): string | undefined {
  if (typeof context !== 'object' || context === null || !('principal' in context))
    return undefined;
  return accountIdOf(context.principal);
}

const definitions = new Resolver();
for (const key of RESOLVER_KEYS)
  definitions.define(key, async (request: { payload: unknown; context: unknown }) => {
    const resolvers = makeResolvers(forgeRuntime({ invoker: accountIdOf(request.context) }));
    const handler = resolvers[key];
    if (handler === undefined) throw new Error(`No resolver for ${key}`);
    return handler(request);
  });

/** Every resolver of the UI modules (`clocks/get`, `contract/save`, …). */
export const resolver = definitions.getDefinitions();
