import {
  contractJql,
  historyQuery,
  monthVersion,
  publishHistories,
  readHistorySlice,
} from '../../app';
import { fail, succeed, type Result } from '../../core/result';
import type { ForgeRuntime } from '../runtime';
import { adjustmentsFor } from '../store/adjustments';
import { appendAudit } from '../store/audit';
import type { LoadedContract } from '../store/contracts';
import { listPublications, recordPublication } from '../store/reports';
import { deleteSlices, loadSlices, saveSlice } from '../store/slices';
import { enqueueJob } from './enqueue';
import type { JobEvent } from './job-event';

type PublishEvent = Extract<JobEvent, { kind: 'publish' }>;
type SliceEvent = Extract<JobEvent, { kind: 'publish-slice' }>;
type AssembleEvent = Extract<JobEvent, { kind: 'publish-assemble' }>;

/** What every event of a publication repeats: the contract, the month, the space, who asked. */
function publicationOf(event: PublishEvent | SliceEvent) {
  const { contractId, month, spaceKey, requestedBy } = event;
  return { contractId, month, spaceKey, ...(requestedBy === undefined ? {} : { requestedBy }) };
}

/** A run id in the store's key alphabet: the contract, the month and the instant it started. */
const runOf = (event: PublishEvent, at: number): string =>
  `${event.contractId.replace(/[^a-zA-Z0-9._-]/g, '_')}.${event.month}.${String(at)}`;

/**
 * A month's publication, fanned out over the queue: the field ids are read once here, then
 * each slice event reads ≤ 1,000 issues, and a final event assembles the report and publishes it.
 */
export async function startPublication(
  runtime: ForgeRuntime,
  loaded: LoadedContract,
  event: PublishEvent,
): Promise<Result<string>> {
  const version = monthVersion(loaded.compiled, event.month);
  if (!version.ok) return version;
  const query = await historyQuery(
    runtime.asApp().jira,
    version.value,
    contractJql(loaded.compiled, event.month),
  );
  if (!query.ok) return query;
  const queued = await enqueueJob(runtime, {
    ...publicationOf(event),
    kind: 'publish-slice',
    run: runOf(event, runtime.now()),
    slice: 0,
    token: null,
    query: { ...query.value, fields: [...query.value.fields], history: [...query.value.history] },
  });
  return queued.ok ? succeed(`Publication de ${event.month} lancée, tranche par tranche.`) : queued;
}

/** One slice: its issues read and kept, then the next slice queued, or the assembly. */
export async function publishSlice(
  runtime: ForgeRuntime,
  event: SliceEvent,
): Promise<Result<string>> {
  const slice = await readHistorySlice(runtime.asApp().jira, event.query, event.token ?? undefined);
  if (!slice.ok) return slice;
  await saveSlice(runtime.store, event.run, event.slice, slice.value);
  const { run, slice: index, query } = event;
  const publication = publicationOf(event);
  const next: JobEvent =
    slice.value.next === undefined
      ? { ...publication, kind: 'publish-assemble', run, slices: index + 1 }
      : {
          ...publication,
          kind: 'publish-slice',
          run,
          slice: index + 1,
          token: slice.value.next,
          query,
        };
  const queued = await enqueueJob(runtime, next);
  if (!queued.ok) return queued;
  return succeed(
    `Tranche ${String(index + 1)} : ${String(slice.value.histories.length)} ticket(s) lus.`,
  );
}

/** The final event: every slice read back, the report published, the run forgotten. */
export async function assemblePublication(
  runtime: ForgeRuntime,
  loaded: LoadedContract,
  event: AssembleEvent,
): Promise<Result<string>> {
  const read = await loadSlices(runtime.store, event.run, event.slices);
  if (!read.ok) return read;
  const adjustments = await adjustmentsFor(runtime.store);
  if (!adjustments.ok) return adjustments;
  const { contractId, month, spaceKey } = event;
  const earlier = await listPublications(runtime.store, contractId);
  if (!earlier.ok) return earlier;
  const knownIds = Object.fromEntries(
    (earlier.value.find((p) => p.month === month)?.pages ?? []).map((p) => [p.title, p.id]),
  );
  const app = runtime.asApp();
  const published = await publishHistories(
    { jira: app.jira, confluence: app.confluence, now: () => runtime.now() },
    { contract: loaded.compiled, month, spaceKey, knownIds, adjustments: adjustments.value },
    read.value,
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
  await deleteSlices(runtime.store, event.run);
  const summary = `Rapport de ${month} publié dans l’espace ${spaceKey} : ${pages.map((p) => `« ${p.title} »`).join(', ')}.`;
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
      details: { month, pages, slices: event.slices },
    },
    at,
  );
  return audited.ok ? succeed(summary) : fail(audited.code, audited.message);
}
