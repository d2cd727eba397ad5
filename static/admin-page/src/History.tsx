// The contract's saved revisions (who, when, why; any can be loaded into the editor) and the
// audit log of every decision, newest first, a page at a time.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { call, type AuditEntry, type ResolverFailure } from '../../shared/resolver-client';
import { useResolver } from '../../shared/use-resolver';
import { FailureMessage, Loading } from '../../shared/ui';

const cell = {
  padding: `${token('space.050', '4px')} ${token('space.100', '8px')}`,
  borderBottom: `1px solid ${token('color.border', '#091E4224')}`,
  textAlign: 'left',
  verticalAlign: 'top',
} as const;
const when = (iso: string): string =>
  new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' });

export function Revisions({
  contractId,
  onLoad,
}: {
  readonly contractId: string;
  readonly onLoad: (revision: number) => void;
}) {
  const { state } = useResolver('contract/versions', { contractId });
  if (state.status === 'loading') return <Loading label="Lecture des révisions…" />;
  if (state.status === 'failed') return <FailureMessage failure={state.failure} />;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>Révisions enregistrées</caption>
      <thead>
        <tr>
          {['Révision', 'Enregistrée le', 'Par', 'Motif', ''].map((h, i) => (
            <th key={h === '' ? i : h} scope="col" style={cell}>
              {h === '' ? <span style={{ position: 'absolute', left: '-9999px' }}>Action</span> : h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {state.value.map((r) => (
          <tr key={r.revision}>
            <th scope="row" style={cell}>
              {r.revision}
            </th>
            <td style={cell}>{when(r.savedAt)}</td>
            <td style={cell}>{r.savedBy}</td>
            <td style={cell}>{r.reason}</td>
            <td style={cell}>
              <Button
                appearance="subtle"
                onClick={() => {
                  onLoad(r.revision);
                }}
              >{`Charger la révision ${String(r.revision)}`}</Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ACTIONS: Readonly<Record<AuditEntry['action'], string>> = {
  configuration: 'Configuration',
  ajustement: 'Ajustement',
  recalcul: 'Recalcul',
  publication: 'Publication',
  export: 'Export',
};

export function AuditLog() {
  const first = useResolver('audit/list', { limit: 20 });
  const [more, setMore] = useState<{
    entries: readonly AuditEntry[];
    cursor: string | null;
  } | null>(null);
  const [failure, setFailure] = useState<ResolverFailure | null>(null);
  if (first.state.status === 'loading') return <Loading label="Lecture du journal d’audit…" />;
  if (first.state.status === 'failed') return <FailureMessage failure={first.state.failure} />;
  const entries = [...first.state.value.entries, ...(more?.entries ?? [])];
  const cursor = more === null ? first.state.value.nextCursor : more.cursor;
  const older = async (): Promise<void> => {
    if (cursor === null) return;
    const answer = await call('audit/list', { limit: 20, cursor });
    if (!answer.ok) {
      setFailure(answer);
      return;
    }
    setMore({
      entries: [...(more?.entries ?? []), ...answer.value.entries],
      cursor: answer.value.nextCursor,
    });
  };
  return (
    <>
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="audit">
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>
          Journal d’audit (le plus récent d’abord)
        </caption>
        <thead>
          <tr>
            {['Date', 'Action', 'Objet', 'Par', 'Ce qui a été fait', 'Motif'].map((h) => (
              <th key={h} scope="col" style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td style={cell}>{when(e.at)}</td>
              <td style={cell}>{ACTIONS[e.action]}</td>
              <td style={cell}>{e.subject}</td>
              <td style={cell}>
                {e.actor.accountId ?? (e.actor.kind === 'app' ? 'Jalon' : e.actor.kind)}
              </td>
              <td style={cell}>{e.summary}</td>
              <td style={cell}>{e.why === '' ? '—' : e.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failure === null ? null : <FailureMessage failure={failure} />}
      {cursor === null ? null : (
        <Button onClick={() => void older()}>Entrées plus anciennes</Button>
      )}
    </>
  );
}
