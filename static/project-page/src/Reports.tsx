// The published monthly pages of the contract, and "Publier maintenant" with its progress: the
// publication runs over several queued jobs (slices of issues, then the assembly), so the page
// follows the first job, then waits for the month's publication record to change.
import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useEffect, useState, type FormEvent } from 'react';
import { openSitePage } from '../../shared/bridge';
import { errorsByPath, Field } from '../../shared/field';
import { call, type PublishedMonth, type ResolverFailure } from '../../shared/resolver-client';
import { useJob } from '../../shared/use-job';
import { useResolver } from '../../shared/use-resolver';
import { FailureMessage, Loading } from '../../shared/ui';

const pagePath = (spaceKey: string, id: string): string =>
  `/wiki/spaces/${encodeURIComponent(spaceKey)}/pages/${encodeURIComponent(id)}`;

interface Waiting {
  readonly month: string;
  readonly before: string | null;
}

/** Polls `report/list` until the month's record is newer than `before`; then `onPublished`. */
function usePublished(
  contractId: string,
  waiting: Waiting | null,
  onPublished: (report: PublishedMonth) => void,
): void {
  useEffect(() => {
    if (waiting === null) return;
    let current = true;
    let timer: number | undefined;
    const poll = async (): Promise<void> => {
      const answer = await call('report/list', { contractId });
      if (!current) return;
      const found = answer.ok ? answer.value.find((r) => r.month === waiting.month) : undefined;
      if (found !== undefined && found.publishedAt !== waiting.before) onPublished(found);
      else timer = window.setTimeout(() => void poll(), 500);
    };
    void poll();
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // The callback belongs to the caller's render; the awaited month restarts the polling.
  }, [contractId, waiting]);
}

function PublishedList({ reports }: { readonly reports: readonly PublishedMonth[] }) {
  if (reports.length === 0) return <p>Aucun rapport publié pour ce contrat.</p>;
  return (
    <ul>
      {reports.map((report) => (
        <li key={report.month}>
          <strong>{report.month}</strong> — {report.verdict.headline}
          <ul>
            {report.pages.map((page) => (
              <li key={page.id}>
                <a
                  href={pagePath(report.spaceKey, page.id)}
                  target="_blank"
                  rel="noreferrer"
                  onClick={(e) => {
                    e.preventDefault();
                    void openSitePage(pagePath(report.spaceKey, page.id));
                  }}
                >
                  {page.title}
                </a>{' '}
                (version {page.version})
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function Reports({
  contractId,
  month,
}: {
  readonly contractId: string;
  readonly month: string;
}) {
  const reports = useResolver('report/list', { contractId });
  const [space, setSpace] = useState<string | null>(null);
  const [publishMonth, setPublishMonth] = useState(month);
  const [jobId, setJobId] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [published, setPublished] = useState<PublishedMonth | null>(null);
  const [failure, setFailure] = useState<ResolverFailure | null>(null);
  const progress = useJob(jobId, (job) => {
    if (job.status === 'failed') setWaiting(null);
  });
  usePublished(contractId, waiting, (report) => {
    setWaiting(null);
    setPublished(report);
    reports.reload();
  });
  const state = reports.state;
  const known = state.status === 'loaded' ? state.value[0]?.spaceKey : undefined;
  const spaceKey = space ?? known ?? '';
  const errors = errorsByPath(failure?.issues);

  const publish = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    setJobId(null);
    setPublished(null);
    const before =
      state.status === 'loaded'
        ? (state.value.find((r) => r.month === publishMonth)?.publishedAt ?? null)
        : null;
    const answer = await call('report/publish', { contractId, month: publishMonth, spaceKey });
    if (!answer.ok) {
      setFailure(answer);
      return;
    }
    setJobId(answer.value.jobId);
    setWaiting({ month: publishMonth, before });
  };

  return (
    <section aria-labelledby="rapports-titre">
      <h2 id="rapports-titre">Rapports publiés</h2>
      {state.status === 'loading' ? <Loading label="Lecture des rapports publiés…" /> : null}
      {state.status === 'failed' ? <FailureMessage failure={state.failure} /> : null}
      {state.status === 'loaded' ? <PublishedList reports={state.value} /> : null}
      <form
        onSubmit={(e) => void publish(e)}
        aria-labelledby="publier-titre"
        style={{ maxWidth: '480px', marginTop: token('space.200', '16px') }}
      >
        <h3 id="publier-titre">Publier maintenant</h3>
        <Field id="publier-mois" label="Mois (AAAA-MM)" error={errors.get('month')}>
          {(wiring) => (
            <Textfield
              {...wiring}
              isInvalid={wiring['aria-invalid']}
              value={publishMonth}
              onChange={(e) => {
                setPublishMonth(e.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Field id="publier-espace" label="Espace Confluence" error={errors.get('spaceKey')}>
          {(wiring) => (
            <Textfield
              {...wiring}
              isInvalid={wiring['aria-invalid']}
              value={spaceKey}
              onChange={(e) => {
                setSpace(e.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary" isDisabled={waiting !== null}>
          Publier maintenant
        </Button>
      </form>
      {failure !== null && (failure.issues ?? []).length === 0 ? (
        <FailureMessage failure={failure} title="Publication refusée" />
      ) : null}
      <div
        role="status"
        aria-live="polite"
        style={{ marginTop: token('space.150', '12px'), maxWidth: '480px' }}
      >
        {waiting === null ? null : (
          <>
            <p>
              {progress.status === 'finished' && progress.job.outcome !== null
                ? progress.job.outcome
                : `Publication de ${waiting.month} demandée…`}
            </p>
            <ProgressBar isIndeterminate ariaLabel="Progression de la publication" />
          </>
        )}
        {published === null ? null : (
          <SectionMessage appearance="success" title="Rapport publié">
            <p>
              {`Rapport de ${published.month} publié dans l’espace ${published.spaceKey} : ${published.pages
                .map((p) => `« ${p.title} » (version ${String(p.version)})`)
                .join(', ')}.`}
            </p>
          </SectionMessage>
        )}
        {progress.status === 'finished' && progress.job.status === 'failed' ? (
          <SectionMessage appearance="error" title="Publication en échec">
            <p>{progress.job.outcome}</p>
          </SectionMessage>
        ) : null}
        {progress.status === 'failed' ? <FailureMessage failure={progress.failure} /> : null}
      </div>
    </section>
  );
}
