import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { OrdersView } from '../../shared/resolver-client';

type Envelope = NonNullable<OrdersView['envelope']>;

/** The UO-9 envelope: days credited, consumed, estimated and left, as a gauge and in words. */
export function EnvelopeGauge({ envelope }: { readonly envelope: Envelope }) {
  const consumed = `${String(Math.round(envelope.consumedShare * 1000) / 10)}%`;
  const estimated = `${String(Math.round(envelope.estimateShare * 1000) / 10)}%`;
  return (
    <section aria-labelledby="enveloppe-titre">
      <h2 id="enveloppe-titre">
        Enveloppe {envelope.code}{' '}
        {envelope.alert === null ? null : (
          <Lozenge appearance="removed">{`enveloppe ${envelope.alert}`}</Lozenge>
        )}
      </h2>
      <div
        role="img"
        aria-label={`Jauge de l’enveloppe : ${envelope.consumed} consommés et ${envelope.openEstimate} estimés sur ${envelope.credited} crédités.`}
        style={{
          display: 'flex',
          height: '20px',
          maxWidth: '600px',
          borderRadius: token('border.radius', '4px'),
          overflow: 'hidden',
          border: `1px solid ${token('color.border.bold', '#758195')}`,
          background: token('color.background.neutral', '#091E420F'),
        }}
      >
        <div
          style={{
            width: consumed,
            background: token('color.background.information.bold', '#0C66E4'),
          }}
        />
        <div
          style={{
            width: estimated,
            background: token('color.background.warning.bold', '#F5CD47'),
          }}
        />
      </div>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'max-content max-content',
          gap: `0 ${token('space.200', '16px')}`,
        }}
      >
        <dt>Crédités (bons de commande)</dt>
        <dd style={{ margin: 0 }}>{envelope.credited}</dd>
        <dt>Consommés (charges validées)</dt>
        <dd style={{ margin: 0 }}>{envelope.consumed}</dd>
        <dt>Estimés, non validés</dt>
        <dd style={{ margin: 0 }}>{envelope.openEstimate}</dd>
        <dt>Solde</dt>
        <dd style={{ margin: 0 }}>{envelope.balance}</dd>
      </dl>
      <p>{envelope.summary}</p>
    </section>
  );
}
