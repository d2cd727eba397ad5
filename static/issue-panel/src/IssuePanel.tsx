import SectionMessage from '@atlaskit/section-message';
import { useEffect, useState } from 'react';
import { pageContext } from '../../shared/bridge';
import { useResolver } from '../../shared/use-resolver';
import { FailureMessage, Loading, PageFrame } from '../../shared/ui';
import { AdjustmentForm } from './AdjustmentForm';
import { ClockCard } from './ClockCard';

/** The issue panel "Délais contractuels": every clock of the issue, explained. */
export function IssuePanel() {
  const [issueKey, setIssueKey] = useState<string | null>(null);
  useEffect(() => {
    void pageContext().then((context) => {
      setIssueKey(context.issueKey ?? '');
    });
  }, []);
  const payload = issueKey === null ? null : issueKey === '' ? {} : { issueKey };
  const clocks = useResolver('clocks/get', payload);
  const adjustments = useResolver('clocks/adjustments', payload);
  const state = clocks.state;
  return (
    <PageFrame
      title={`Délais contractuels${issueKey === null || issueKey === '' ? '' : ` — ${issueKey}`}`}
    >
      {state.status === 'loading' ? <Loading label="Calcul des délais…" /> : null}
      {state.status === 'failed' ? <FailureMessage failure={state.failure} /> : null}
      {state.status === 'loaded' && state.value.contract === null ? (
        <SectionMessage appearance="information" title="Aucun contrat">
          <p>
            Ce ticket n’appartient à aucun contrat configuré dans Jalon : aucun délai ne s’y
            applique.
          </p>
        </SectionMessage>
      ) : null}
      {state.status === 'loaded' && state.value.contract !== null ? (
        <>
          <p>
            Contrat : {state.value.contract.label} (version du {state.value.contractVersion}).
            Calculé le{' '}
            {new Date(state.value.evaluatedAt).toLocaleString('fr-FR', {
              timeZone: 'Europe/Paris',
            })}
            .
          </p>
          {state.value.views.length === 0 ? (
            <p>Aucun délai du contrat ne s’applique à ce ticket.</p>
          ) : (
            state.value.views.map((clock) => <ClockCard key={clock.id} clock={clock} />)
          )}
          {adjustments.state.status === 'loaded' && adjustments.state.value.canAdjust ? (
            <AdjustmentForm
              issueKey={adjustments.state.value.issueKey}
              clocks={state.value.clocks.map((c) => ({
                id: c.id,
                label: c.label,
                mode: 'mode' in c ? c.mode : 'hours',
              }))}
              onDone={() => {
                clocks.reload();
                adjustments.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </PageFrame>
  );
}
