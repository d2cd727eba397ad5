import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent } from 'react';
import { errorsByPath, Field } from '../../shared/field';
import { call, type ResolverFailure } from '../../shared/resolver-client';

interface ClockChoice {
  readonly id: string;
  readonly label: string;
  readonly mode: string;
}

/** An extension or a waiver decided by an authorised user, with its reason (audited). */
export function AdjustmentForm({
  issueKey,
  clocks,
  onDone,
}: {
  readonly issueKey: string;
  readonly clocks: readonly ClockChoice[];
  readonly onDone: () => void;
}) {
  const [clock, setClock] = useState<ClockChoice | null>(clocks[0] ?? null);
  const [kind, setKind] = useState<'extension' | 'waiver'>('extension');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<ResolverFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const days = clock?.mode === 'working-days';
  const errors = errorsByPath(failure?.issues);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (clock === null) return;
    setBusy(true);
    setDone(null);
    const count = Number(amount.replace(',', '.'));
    const duration =
      kind === 'waiver' || amount.trim() === ''
        ? {}
        : days
          ? { workingDays: count }
          : { minutes: Math.round(count * 60) };
    const answer = await call('clocks/adjust', {
      issueKey,
      clock: clock.id,
      kind,
      reason,
      ...duration,
    });
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer);
      return;
    }
    setFailure(null);
    setAmount('');
    setReason('');
    setDone(
      `Ajustement enregistré et inscrit au journal d’audit (${String(answer.value.count)} pour ce ticket).`,
    );
    onDone();
  };

  return (
    <form
      aria-labelledby="ajustement-titre"
      onSubmit={(event) => void submit(event)}
      style={{
        borderTop: `1px solid ${token('color.border', '#091E4224')}`,
        paddingTop: token('space.200', '16px'),
      }}
    >
      <h2
        id="ajustement-titre"
        style={{ font: token('font.heading.small', '600 16px/20px sans-serif') }}
      >
        Ajustement manuel
      </h2>
      {done === null ? null : (
        <SectionMessage appearance="success">
          <p>{done}</p>
        </SectionMessage>
      )}
      {failure !== null && (failure.issues ?? []).length === 0 ? (
        <SectionMessage appearance="error">
          <p>{failure.message}</p>
        </SectionMessage>
      ) : null}
      <Field id="ajust-delai" label="Délai concerné" error={errors.get('clock')}>
        {(wiring) => (
          <Select
            inputId={wiring.id}
            {...(wiring['aria-describedby'] === undefined
              ? {}
              : { descriptionId: wiring['aria-describedby'] })}
            options={clocks.map((c) => ({ label: c.label, value: c.id }))}
            value={clock === null ? null : { label: clock.label, value: clock.id }}
            onChange={(option) => {
              setClock(clocks.find((c) => c.id === option?.value) ?? null);
            }}
          />
        )}
      </Field>
      <fieldset style={{ border: 'none', padding: 0, margin: `0 0 ${token('space.150', '12px')}` }}>
        <legend style={{ fontWeight: 600 }}>Nature de la décision</legend>
        <label style={{ marginRight: token('space.200', '16px') }}>
          <input
            type="radio"
            name="nature"
            checked={kind === 'extension'}
            onChange={() => {
              setKind('extension');
            }}
          />{' '}
          Prolongation
        </label>
        <label>
          <input
            type="radio"
            name="nature"
            checked={kind === 'waiver'}
            onChange={() => {
              setKind('waiver');
            }}
          />{' '}
          Exonération
        </label>
      </fieldset>
      {kind === 'extension' ? (
        <Field
          id="ajust-duree"
          label={
            days
              ? 'Durée de la prolongation (jours ouvrés)'
              : 'Durée de la prolongation (heures ouvrées)'
          }
          error={errors.get('minutes') ?? errors.get('workingDays')}
        >
          {(wiring) => (
            <Textfield
              {...wiring}
              isInvalid={wiring['aria-invalid']}
              inputMode="decimal"
              value={amount}
              onChange={(e) => {
                setAmount(e.currentTarget.value);
              }}
            />
          )}
        </Field>
      ) : null}
      <Field
        id="ajust-motif"
        label="Motif (inscrit au journal d’audit)"
        error={errors.get('reason')}
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
      <Button type="submit" appearance="primary" isLoading={busy}>
        Enregistrer l’ajustement
      </Button>
    </form>
  );
}
