import { refreshRunningClocks } from '../../app';
import { dailyPlan } from '../../core/report';
import { enqueueJob } from '../jobs/enqueue';
import type { ForgeRuntime } from '../runtime';
import { appendAudit } from '../store/audit';
import { contractIndex, loadContract, type LoadedContract } from '../store/contracts';
import { listPublications } from '../store/reports';
import { adjustmentsFor } from '../store/adjustments';

/** What a scheduled run did for each contract, in French, for its logs and tests. */
export type ScheduledOutcome = readonly { readonly contractId: string; readonly done: string }[];

/** Runs `step` for every configured contract; one contract's failure does not stop the others. */
async function eachContract(
  runtime: ForgeRuntime,
  step: (loaded: LoadedContract) => Promise<string>,
): Promise<ScheduledOutcome> {
  const index = await contractIndex(runtime.store);
  if (!index.ok) {
    runtime.log.error(index.message, { code: index.code });
    return [];
  }
  const outcome: { contractId: string; done: string }[] = [];
  for (const { id } of index.value) {
    const loaded = await loadContract(runtime.store, id);
    const done = !loaded.ok
      ? loaded.message
      : loaded.value === null
        ? 'contrat absent du stockage'
        : await step(loaded.value);
    runtime.log.info(`${id} : ${done}`);
    outcome.push({ contractId: id, done });
  }
  return outcome;
}

/** Hourly: each contract's `refreshRunningClocks`, the adjustments read once for all. */
export function makeHourlyRefresh(runtime: ForgeRuntime) {
  return async () => {
    const adjustments = await adjustmentsFor(runtime.store);
    return eachContract(runtime, async (loaded) => {
      if (!adjustments.ok) return adjustments.message;
      const done = await refreshRunningClocks(
        runtime.asApp().jira,
        () => runtime.now(),
        loaded.compiled,
        adjustments.value,
      );
      return done.ok
        ? `${String(done.value.evaluated)} ticket(s) à échéance recalculé(s), ${String(done.value.changed.length)} modifié(s).`
        : `rafraîchissement impossible : ${done.message}`;
    });
  };
}

/**
 * Daily: once a month has closed and the contract's publication day has come, its page is
 * queued for publication; the comité deadlines coming up are recorded once in the audit log.
 */
export function makeDailyCheck(runtime: ForgeRuntime) {
  return () =>
    eachContract(runtime, async (loaded) => {
      const settings = loaded.compiled.contract.publication;
      if (settings === undefined) return 'pas de publication automatique configurée';
      const published = await listPublications(runtime.store, loaded.compiled.contract.id);
      if (!published.ok) return published.message;
      const months = new Set(published.value.map((p) => p.month));
      const done: string[] = [];
      for (const action of dailyPlan(loaded.compiled, runtime.now(), months)) {
        if (action.kind === 'publish') {
          const queued = await enqueueJob(runtime, {
            kind: 'publish',
            contractId: loaded.compiled.contract.id,
            month: action.month,
            spaceKey: settings.spaceKey,
          });
          done.push(queued.ok ? `publication de ${action.month} lancée` : queued.message);
          continue;
        }
        const key = `rappel:${loaded.compiled.contract.id}:${action.id}`;
        if ((await runtime.store.get(key)) !== undefined) continue;
        const audited = await appendAudit(
          runtime.store,
          {
            actor: { accountId: null, kind: 'app' },
            action: 'rappel',
            subject: loaded.compiled.contract.id,
            summary: action.message,
            why: '',
            details: { comite: action.comite, due: action.due },
          },
          runtime.now(),
        );
        if (audited.ok) await runtime.store.set(key, { at: new Date(runtime.now()).toISOString() });
        done.push(audited.ok ? action.message : audited.message);
      }
      return done.length === 0 ? 'rien à faire aujourd’hui' : done.join(' ; ');
    });
}
