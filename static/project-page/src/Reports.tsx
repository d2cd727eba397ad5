// The published monthly pages of the contract, and "Publier maintenant" with its progress.
import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent } from 'react';
import { openSitePage } from '../../shared/bridge';
import { errorsByPath, Field } from '../../shared/field';
import { call, type ResolverFailure } from '../../shared/resolver-client';
import { useResolver } from '../../shared/use-resolver';
import { JOB_STATUS_LABELS, useJob } from '../../shared/use-job';
import { FailureMessage, Loading } from '../../shared/ui';

const pagePath = (spaceKey: string, id: string): string =>
  `/wiki/spaces/${encodeURIComponent(spaceKey)}/pages/${encodeURIComponent(id)}`;

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
  const [failure, setFailure] = useState<ResolverFailure | null>(null);
  const progress = useJob(jobId, () => {
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
    const answer = await call('report/publish', { contractId, month: publishMonth, spaceKey });
    if (answer.ok) setJobId(answer.value.jobId);
    else setFailure(answer);
  };

  return (
    <section aria-labelledby="rapports-titre">
      <h2 id="rapports-titre">Rapports publiés</h2>
      {state.status === 'loading' ? <Loading label="Lecture des rapports publiés…" /> : null}
      {state.status === 'failed' ? <FailureMessage failure={state.failure} /> : null}
      {state.status === 'loaded' && state.value.length === 0 ? (
        <p>Aucun rapport publié pour ce contrat.</p>
      ) : null}
      {state.status === 'loaded' && state.value.length > 0 ? (
        <ul>
          {state.value.map((report) => (
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
      ) : null}
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
              value={spaceKey}
              onChange={(e) => {
                setSpace(e.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary" isDisabled={progress.status === 'waiting'}>
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
        {progress.status === 'waiting' ? (
          <>
            <p>
              Publication{' '}
              {progress.job === null ? 'demandée' : JOB_STATUS_LABELS[progress.job.status]}…
            </p>
            <ProgressBar isIndeterminate ariaLabel="Progression de la publication" />
          </>
        ) : null}
        {progress.status === 'finished' ? (
          <SectionMessage appearance={progress.job.status === 'done' ? 'success' : 'error'}>
            <p>
              {progress.job.outcome ?? `Publication ${JOB_STATUS_LABELS[progress.job.status]}.`}
            </p>
          </SectionMessage>
        ) : null}
        {progress.status === 'failed' ? <FailureMessage failure={progress.failure} /> : null}
      </div>
    </section>
  );
}
