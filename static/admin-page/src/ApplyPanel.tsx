// The end of an edit: the reason, the dry run ("12 tickets changent : …") and its diff, then the
// application (saved, audited, recompute queued) and its progress, and a check that Jira's fields
// now say what the dry run announced.
import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { Field } from '../../shared/field';
import { call, type ChangesPreview, type ResolverFailure } from '../../shared/resolver-client';
import { JOB_STATUS_LABELS, useJob } from '../../shared/use-job';
import { FailureMessage } from '../../shared/ui';
import { useEditing } from './draft';

const cell = {
  padding: `${token('space.050', '4px')} ${token('space.100', '8px')}`,
  borderBottom: `1px solid ${token('color.border', '#091E4224')}`,
  textAlign: 'left',
} as const;
const SHOWN = 200;

function ChangesTable({
  preview,
  caption,
}: {
  readonly preview: ChangesPreview;
  readonly caption: string;
}) {
  if (preview.changes.length === 0) return null;
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      style={{ maxHeight: '28rem', overflow: 'auto' }}
    >
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="diff">
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
        <thead>
          <tr>
            {['Ticket', 'Champ', 'Avant', 'Après'].map((h) => (
              <th key={h} scope="col" style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.changes.slice(0, SHOWN).map((c) => (
            <tr key={`${c.key}:${c.field}`} data-change={c.key}>
              <th scope="row" style={cell}>
                {c.key}
              </th>
              <td style={cell}>{c.field}</td>
              <td style={cell}>{c.from ?? '—'}</td>
              <td style={cell}>{c.to ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ApplyPanel({
  onProblems,
  onApplied,
}: {
  readonly onProblems: (failure: ResolverFailure | null) => void;
  readonly onApplied: () => void;
}) {
  const { draft } = useEditing();
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<{
    readonly of: string;
    readonly value: ChangesPreview;
  } | null>(null);
  const [failure, setFailure] = useState<ResolverFailure | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [check, setCheck] = useState<ChangesPreview | null>(null);
  const current = JSON.stringify(draft);
  const fresh = preview !== null && preview.of === current;

  const fail = (answer: ResolverFailure): void => {
    setFailure(answer);
    onProblems(answer);
  };

  const runPreview = async (): Promise<void> => {
    setBusy('preview');
    setFailure(null);
    setCheck(null);
    setJobId(null);
    const answer = await call('contract/preview', { contract: draft });
    setBusy(null);
    if (!answer.ok) {
      setPreview(null);
      fail(answer);
      return;
    }
    onProblems(null);
    setPreview({ of: current, value: answer.value });
  };

  const progress = useJob(jobId, (job) => {
    onApplied();
    if (job.status !== 'done') return;
    void call('contract/preview', { contract: draft }).then((answer) => {
      if (answer.ok) setCheck(answer.value);
    });
  });

  const apply = async (): Promise<void> => {
    setBusy('apply');
    setFailure(null);
    const answer = await call('contract/apply', { contract: draft, reason });
    setBusy(null);
    if (!answer.ok) {
      fail(answer);
      return;
    }
    setJobId(answer.value.jobId);
  };

  return (
    <section
      aria-labelledby="appliquer-titre"
      style={{
        borderTop: `2px solid ${token('color.border', '#091E4224')}`,
        marginTop: token('space.300', '24px'),
        paddingTop: token('space.200', '16px'),
      }}
    >
      <h3 id="appliquer-titre">Vérifier et appliquer</h3>
      <Field
        id="motif-modification"
        label="Motif de la modification (inscrit au journal d’audit)"
        error={failure?.issues?.find((i) => i.path === 'reason')?.message}
      >
        {(wiring) => (
          <TextArea
            {...wiring}
            isInvalid={wiring['aria-invalid']}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
        )}
      </Field>
      <div style={{ display: 'flex', gap: token('space.100', '8px') }}>
        <Button onClick={() => void runPreview()} isLoading={busy === 'preview'}>
          Prévisualiser le recalcul
        </Button>
        <Button
          appearance="primary"
          onClick={() => void apply()}
          isDisabled={!fresh || progress.status === 'waiting'}
          isLoading={busy === 'apply'}
        >
          Appliquer
        </Button>
      </div>
      {!fresh && preview !== null ? (
        <p>
          La configuration a changé depuis la prévisualisation : prévisualisez à nouveau avant
          d’appliquer.
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {failure === null ? null : (
          <FailureMessage failure={failure} title="Configuration refusée" />
        )}
        {preview === null ? null : (
          <div data-testid="preview">
            <p>
              <strong>Recalcul à blanc :</strong> {preview.value.summary}
              {preview.value.truncated ? ' (liste tronquée)' : ''}
            </p>
            <ChangesTable preview={preview.value} caption="Champs Jalon qui changeraient" />
          </div>
        )}
        {progress.status === 'waiting' ? (
          <>
            <p>
              Recalcul {progress.job === null ? 'demandé' : JOB_STATUS_LABELS[progress.job.status]}…
            </p>
            <ProgressBar isIndeterminate ariaLabel="Progression du recalcul" />
          </>
        ) : null}
        {progress.status === 'finished' ? (
          <SectionMessage
            appearance={progress.job.status === 'done' ? 'success' : 'error'}
            title={progress.job.status === 'done' ? 'Recalcul terminé' : 'Recalcul en échec'}
          >
            <p>{progress.job.outcome}</p>
            {check === null ? null : (
              <p data-testid="check">Vérification après application : {check.summary}</p>
            )}
          </SectionMessage>
        ) : null}
        {progress.status === 'failed' ? <FailureMessage failure={progress.failure} /> : null}
      </div>
    </section>
  );
}
