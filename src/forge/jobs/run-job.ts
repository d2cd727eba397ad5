import { publishMonth } from '../../app';
import { fail, succeed, type Result } from '../../core/result';
import { parseWith } from '../../core/validation';
import { recomputeScope } from '../recompute/recompute-scope';
import type { ForgeRuntime } from '../runtime';
import { appendAudit } from '../store/audit';
import { loadContract, type LoadedContract } from '../store/contracts';
import { writeJobState } from '../store/jobs';
import { listPublications, recordPublication } from '../store/reports';
import { jobEventSchema, type JobEvent, type QueuedJob } from './job-event';

/** What became of a page, in French. */
export const PAGE_ACTIONS = {
  created: 'créée',
  updated: 'mise à jour',
  unchanged: 'inchangée',
} as const;

/**
 * Runs one queued job to its end — a contract's JQL recompute or a month's publication — and
 * records its state (running, then done or failed with a French outcome). The queue consumer
 * calls it for each event; `npm start` and the tests drain the local queue through it.
 */
export async function runJob(runtime: ForgeRuntime, job: QueuedJob): Promise<Result<string>> {
  const parsed = parseWith(jobEventSchema, job.body, 'JOB.BAD_EVENT', 'Événement de file');
  if (!parsed.ok) return parsed;
  const event = parsed.value;
  await writeJobState(runtime.store, job.jobId, { status: 'running', event }, runtime.now());
  const outcome = await run(runtime, event);
  await writeJobState(
    runtime.store,
    job.jobId,
    {
      status: outcome.ok ? 'done' : 'failed',
      outcome: outcome.ok ? outcome.value : outcome.message,
      event,
    },
    runtime.now(),
  );
  if (!outcome.ok) runtime.log.error('Tâche en échec', { jobId: job.jobId, code: outcome.code });
  return outcome;
}

async function run(runtime: ForgeRuntime, event: JobEvent): Promise<Result<string>> {
  const loaded = await loadContract(runtime.store, event.contractId);
  if (!loaded.ok) return loaded;
  if (loaded.value === null)
    return fail(
      'JALON.UNKNOWN_CONTRACT',
      `Le contrat « ${event.contractId} » n’est pas configuré dans Jalon : enregistrez-le depuis la page d’administration.`,
    );
  return event.kind === 'recompute'
    ? recompute(runtime, loaded.value, event.jql)
    : publish(runtime, loaded.value, event);
}

async function recompute(
  runtime: ForgeRuntime,
  loaded: LoadedContract,
  jql: string,
): Promise<Result<string>> {
  const done = await recomputeScope(
    runtime.asApp().jira,
    () => runtime.now(),
    loaded.compiled,
    jql,
  );
  if (!done.ok) return done;
  return succeed(
    `${String(done.value.evaluated)} ticket(s) recalculé(s), ${String(done.value.changed.length)} modifié(s).`,
  );
}

async function publish(
  runtime: ForgeRuntime,
  loaded: LoadedContract,
  event: Extract<JobEvent, { kind: 'publish' }>,
): Promise<Result<string>> {
  const { contractId, month, spaceKey } = event;
  const earlier = await listPublications(runtime.store, contractId);
  if (!earlier.ok) return earlier;
  const knownIds = Object.fromEntries(
    (earlier.value.find((p) => p.month === month)?.pages ?? []).map((p) => [p.title, p.id]),
  );
  const app = runtime.asApp();
  const published = await publishMonth(
    { jira: app.jira, confluence: app.confluence, now: () => runtime.now() },
    { contract: loaded.compiled, month, spaceKey, knownIds },
  );
  if (!published.ok) return published;
  const at = runtime.now();
  const pages = published.value.pages.map(({ id, title, action, version }) => ({
    id,
    title,
    action,
    version,
  }));
  await recordPublication(runtime.store, {
    contractId,
    month,
    spaceKey,
    publishedAt: new Date(at).toISOString(),
    publishedBy: event.requestedBy ?? null,
    pages,
    verdict: published.value.report.summary,
  });
  const summary = `Rapport de ${month} publié dans l’espace ${spaceKey} : ${pages.map((p) => `« ${p.title} » (${PAGE_ACTIONS[p.action]})`).join(', ')}.`;
  const audited = await appendAudit(
    runtime.store,
    {
      actor: {
        accountId: event.requestedBy ?? null,
        kind: event.requestedBy === undefined ? 'app' : 'user',
      },
      action: 'publication',
      subject: contractId,
      summary,
      why: '',
      details: { month, pages },
    },
    at,
  );
  return audited.ok ? succeed(summary) : audited;
}
