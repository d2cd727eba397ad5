import { useEffect, useState } from 'react';
import { call, type JobState, type ResolverFailure } from './resolver-client';

export type JobProgress =
  | { readonly status: 'idle' }
  | { readonly status: 'waiting'; readonly job: JobState | null }
  | { readonly status: 'finished'; readonly job: JobState }
  | { readonly status: 'failed'; readonly failure: ResolverFailure };

/** Follows a queued job (`jobs/get`) until it is done or failed; `onFinished` runs once then. */
export function useJob(jobId: string | null, onFinished?: (job: JobState) => void): JobProgress {
  const [progress, setProgress] = useState<JobProgress>({ status: 'idle' });
  useEffect(() => {
    if (jobId === null) return;
    let current = true;
    let timer: number | undefined;
    setProgress({ status: 'waiting', job: null });
    const poll = async (): Promise<void> => {
      const answer = await call('jobs/get', { jobId });
      if (!current) return;
      if (!answer.ok) {
        setProgress({ status: 'failed', failure: answer });
        return;
      }
      const job = answer.value;
      if (job.status === 'done' || job.status === 'failed') {
        setProgress({ status: 'finished', job });
        onFinished?.(job);
        return;
      }
      setProgress({ status: 'waiting', job });
      timer = window.setTimeout(() => void poll(), 400);
    };
    void poll();
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // onFinished is a callback of the caller's render; the job id alone restarts the polling.
  }, [jobId]);
  return progress;
}

export const JOB_STATUS_LABELS: Readonly<Record<JobState['status'], string>> = {
  queued: 'en file d’attente',
  running: 'en cours',
  done: 'terminée',
  failed: 'en échec',
};
