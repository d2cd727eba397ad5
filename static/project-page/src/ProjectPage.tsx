import SectionMessage from '@atlaskit/section-message';
import { useEffect, useState } from 'react';
import { pageContext } from '../../shared/bridge';
import { useResolver } from '../../shared/use-resolver';
import { FailureMessage, Loading, PageFrame } from '../../shared/ui';
import { EnvelopeGauge } from './EnvelopeGauge';
import { Indicators } from './Indicators';
import { OrdersTable } from './OrdersTable';
import { Reports } from './Reports';

/** The project page: orders triplet, UO-9 envelope, this month's indicators, published reports. */
export function ProjectPage() {
  const [projectKey, setProjectKey] = useState<string | null>(null);
  useEffect(() => {
    void pageContext().then((context) => {
      setProjectKey(context.projectKey ?? '');
    });
  }, []);
  const payload = projectKey === null ? null : projectKey === '' ? {} : { projectKey };
  const orders = useResolver('orders/list', payload).state;
  const indicators = useResolver('indicators/month', payload).state;
  const contract = indicators.status === 'loaded' ? indicators.value.contract : null;
  return (
    <PageFrame
      title={`Suivi du contrat${projectKey === null || projectKey === '' ? '' : ` — projet ${projectKey}`}`}
    >
      {indicators.status === 'loaded' && contract === null ? (
        <SectionMessage appearance="information" title="Aucun contrat">
          <p>Ce projet n’appartient à aucun contrat configuré dans Jalon.</p>
        </SectionMessage>
      ) : null}
      {contract === null ? null : <p>Contrat : {contract.label}</p>}
      {orders.status === 'loading' ? <Loading label="Calcul des commandes…" /> : null}
      {orders.status === 'failed' ? (
        <FailureMessage failure={orders.failure} title="Commandes" />
      ) : null}
      {orders.status === 'loaded' && orders.value.view !== undefined ? (
        <>
          <OrdersTable rows={orders.value.view.rows} />
          {orders.value.view.envelope === null ? null : (
            <EnvelopeGauge envelope={orders.value.view.envelope} />
          )}
        </>
      ) : null}
      {indicators.status === 'loading' ? <Loading label="Calcul des indicateurs…" /> : null}
      {indicators.status === 'failed' ? (
        <FailureMessage failure={indicators.failure} title="Indicateurs" />
      ) : null}
      {indicators.status === 'loaded' && indicators.value.view !== null ? (
        <Indicators view={indicators.value.view} />
      ) : null}
      {contract === null ||
      indicators.status !== 'loaded' ||
      indicators.value.view === null ? null : (
        <Reports contractId={contract.id} month={indicators.value.view.month} />
      )}
    </PageFrame>
  );
}
