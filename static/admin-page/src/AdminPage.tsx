import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useEffect, useMemo, useState } from 'react';
import { errorsByPath } from '../../shared/field';
import { call, type ResolverFailure } from '../../shared/resolver-client';
import { useResolver } from '../../shared/use-resolver';
import { FailureMessage, Loading, PageFrame } from '../../shared/ui';
import { ApplyPanel } from './ApplyPanel';
import { CalendarEditor } from './CalendarEditor';
import { CatalogueEditor } from './CatalogueEditor';
import { EditingContext, edited, type Draft } from './draft';
import { AuditLog, Revisions } from './History';
import { ImportExport } from './ImportExport';
import { IndicatorsEditor } from './IndicatorsEditor';
import { PenaltiesEditor } from './PenaltiesEditor';
import { ProblemsSummary } from './Problems';
import { ClocksEditor, JsonParts, StatusRoles } from './RulesEditor';
import { TextInput } from './inputs';

function VersionPicker({
  draft,
  version,
  onPick,
  onAdd,
}: {
  readonly draft: Draft;
  readonly version: number;
  readonly onPick: (v: number) => void;
  readonly onAdd: (from: string) => void;
}) {
  const [from, setFrom] = useState('');
  return (
    <div
      style={{
        display: 'flex',
        gap: token('space.200', '16px'),
        alignItems: 'flex-end',
        flexWrap: 'wrap',
        marginBottom: token('space.200', '16px'),
      }}
    >
      <div>
        <label htmlFor="version-choisie" style={{ display: 'block', fontWeight: 600 }}>
          Version du contrat
        </label>
        <select
          id="version-choisie"
          value={version}
          onChange={(e) => {
            onPick(Number(e.currentTarget.value));
          }}
          style={{ padding: token('space.075', '6px'), minWidth: '16rem' }}
        >
          {draft.versions.map((v, i) => (
            <option
              key={v.effectiveFrom}
              value={i}
            >{`En vigueur à partir du ${v.effectiveFrom}`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="nouvelle-version" style={{ display: 'block', fontWeight: 600 }}>
          Date d’effet d’une nouvelle version (AAAA-MM-JJ)
        </label>
        <Textfield
          id="nouvelle-version"
          value={from}
          onChange={(e) => {
            setFrom(e.currentTarget.value);
          }}
        />
      </div>
      <Button
        isDisabled={from.trim() === ''}
        onClick={() => {
          onAdd(from.trim());
          setFrom('');
        }}
      >
        Créer la version (copie de la dernière)
      </Button>
    </div>
  );
}

/** The admin page: the contract editor, its revisions, the audit log, import and export. */
export function AdminPage() {
  const contracts = useResolver('contract/list', {});
  const [contractId, setContractId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [version, setVersion] = useState(0);
  const [problems, setProblems] = useState<ResolverFailure | null>(null);
  const [loadFailure, setLoadFailure] = useState<ResolverFailure | null>(null);
  const list = contracts.state.status === 'loaded' ? contracts.state.value : [];
  const chosen = contractId ?? list[0]?.id ?? null;

  const load = async (id: string, revision?: number): Promise<void> => {
    const answer = await call(
      'contract/get',
      revision === undefined ? { contractId: id } : { contractId: id, revision },
    );
    if (!answer.ok) {
      setLoadFailure(answer);
      return;
    }
    setLoadFailure(null);
    setProblems(null);
    const loaded = answer.value.contract as Draft;
    setDraft(loaded);
    setVersion(Math.max(0, loaded.versions.length - 1));
  };
  useEffect(() => {
    if (chosen !== null) void load(chosen);
  }, [chosen]);

  const errors = useMemo(() => errorsByPath(problems?.issues), [problems]);
  const editing = useMemo(
    () =>
      draft === null
        ? null
        : {
            draft,
            version,
            errors,
            change: (f: (copy: Draft) => void) => {
              setDraft((d) => (d === null ? d : edited(d, f)));
            },
          },
    [draft, version, errors],
  );

  return (
    <PageFrame title="Configuration de Jalon">
      {contracts.state.status === 'loading' ? <Loading label="Lecture des contrats…" /> : null}
      {contracts.state.status === 'failed' ? (
        <FailureMessage failure={contracts.state.failure} />
      ) : null}
      {contracts.state.status === 'loaded' && list.length === 0 ? (
        <p>Aucun contrat n’est configuré : importez-en un (onglet « Import / export »).</p>
      ) : null}
      {list.length > 0 ? (
        <div style={{ marginBottom: token('space.200', '16px') }}>
          <label htmlFor="contrat-choisi" style={{ display: 'block', fontWeight: 600 }}>
            Contrat
          </label>
          <select
            id="contrat-choisi"
            value={chosen ?? ''}
            onChange={(e) => {
              setContractId(e.currentTarget.value);
            }}
            style={{ padding: token('space.075', '6px'), minWidth: '24rem' }}
          >
            {list.map((c) => (
              <option
                key={c.id}
                value={c.id}
              >{`${c.label} (révision ${String(c.revision)})`}</option>
            ))}
          </select>
        </div>
      ) : null}
      {loadFailure === null ? null : <FailureMessage failure={loadFailure} />}
      {editing === null || chosen === null ? null : (
        <EditingContext.Provider value={editing}>
          <Tabs id="onglets-admin">
            <TabList>
              <Tab>Configuration</Tab>
              <Tab>Révisions</Tab>
              <Tab>Journal d’audit</Tab>
              <Tab>Import / export</Tab>
            </TabList>
            <TabPanel>
              <div style={{ width: '100%', paddingTop: token('space.200', '16px') }}>
                {problems === null ? null : <ProblemsSummary failure={problems} />}
                <TextInput
                  path="label"
                  label="Libellé du contrat"
                  value={editing.draft.label}
                  width="40rem"
                  onChange={(v) => {
                    editing.change((d) => {
                      d.label = v;
                    });
                  }}
                />
                <VersionPicker
                  draft={editing.draft}
                  version={version}
                  onPick={setVersion}
                  onAdd={(from) => {
                    editing.change((d) => {
                      const last = d.versions.at(-1);
                      if (last !== undefined)
                        d.versions.push({
                          ...structuredClone(last),
                          effectiveFrom: from,
                          note: `Version du ${from}`,
                        });
                    });
                    setVersion(editing.draft.versions.length);
                  }}
                />
                <CalendarEditor />
                <StatusRoles />
                <ClocksEditor />
                <CatalogueEditor />
                <IndicatorsEditor />
                <PenaltiesEditor />
                <JsonParts />
                <ApplyPanel
                  onProblems={setProblems}
                  onApplied={() => {
                    contracts.reload();
                  }}
                />
              </div>
            </TabPanel>
            <TabPanel>
              <div style={{ width: '100%', paddingTop: token('space.200', '16px') }}>
                <Revisions contractId={chosen} onLoad={(revision) => void load(chosen, revision)} />
              </div>
            </TabPanel>
            <TabPanel>
              <div style={{ width: '100%', paddingTop: token('space.200', '16px') }}>
                <AuditLog />
              </div>
            </TabPanel>
            <TabPanel>
              <div style={{ width: '100%', paddingTop: token('space.200', '16px') }}>
                <ImportExport
                  onImport={(imported) => {
                    setDraft(imported);
                    setVersion(Math.max(0, imported.versions.length - 1));
                    setProblems(null);
                  }}
                />
              </div>
            </TabPanel>
          </Tabs>
        </EditingContext.Provider>
      )}
    </PageFrame>
  );
}
