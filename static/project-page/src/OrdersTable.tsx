// The orders triplet: besoin / devis / bon de commande / facture with dates, amounts and deadline
// verdicts, as the core computed them; sortable by every column, paginated, filtered by text and
// by verdict (the filters only hide rows, they judge nothing).
import DynamicTable from '@atlaskit/dynamic-table';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useMemo, useState } from 'react';
import type { OrdersView } from '../../shared/resolver-client';
import { Field } from '../../shared/field';
import { VerdictLozenge } from '../../shared/ui';

type Row = OrdersView['rows'][number];
type Document = keyof Row['cells'];

const DOCUMENTS: readonly { key: Document; label: string }[] = [
  { key: 'besoin', label: 'Besoin' },
  { key: 'devis', label: 'Devis' },
  { key: 'bon-de-commande', label: 'Bon de commande' },
  { key: 'facture', label: 'Facture' },
];

const VERDICT_OPTIONS = [
  { label: 'Tous les verdicts', value: '' },
  { label: 'Conforme', value: 'conforme' },
  { label: 'Non conforme', value: 'non conforme' },
  { label: 'Sans objet', value: 'sans objet' },
];

export const ROWS_PER_PAGE = 10;

function DocumentCell({ cell }: { readonly cell: Row['cells'][Document] }) {
  return (
    <div>
      <div>{cell.dateLabel}</div>
      <VerdictLozenge verdict={cell.verdict} />
      {cell.note === '' ? null : (
        <div style={{ color: token('color.text.subtle', '#44546F'), fontSize: '0.8125em' }}>
          {cell.note}
        </div>
      )}
    </div>
  );
}

export function OrdersTable({ rows }: { readonly rows: readonly Row[] }) {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState('');
  const [sortKey, setSortKey] = useState('besoin');
  const [sortOrder, setSortOrder] = useState<'ASC' | 'DESC'>('ASC');
  const [page, setPage] = useState(1);
  const shown = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase('fr');
    return rows.filter(
      (r) =>
        (verdict === '' || r.verdict === verdict) &&
        (needle === '' ||
          [r.key, r.orderNumber ?? '', r.lines].some((t) =>
            t.toLocaleLowerCase('fr').includes(needle),
          )),
    );
  }, [rows, text, verdict]);
  const head = {
    cells: [
      { key: 'key', content: 'Ticket', isSortable: true },
      { key: 'orderNumber', content: 'N° de commande', isSortable: true },
      ...DOCUMENTS.map((d) => ({ key: d.key, content: d.label, isSortable: true })),
      { key: 'amount', content: 'Montant HT', isSortable: true },
      { key: 'verdict', content: 'Délais', isSortable: true },
    ],
  };
  const tableRows = shown.map((r) => ({
    key: r.key,
    'data-order': r.key,
    cells: [
      { key: r.key, content: <strong>{r.key}</strong> },
      { key: r.orderNumber ?? '', content: r.orderNumber ?? '—' },
      ...DOCUMENTS.map((d) => ({
        key: r.cells[d.key].date ?? '',
        content: <DocumentCell cell={r.cells[d.key]} />,
      })),
      { key: r.amountCents ?? -1, content: <span title={r.lines}>{r.amount}</span> },
      { key: r.verdict, content: <VerdictLozenge verdict={r.verdict} /> },
    ],
  }));
  return (
    <section aria-labelledby="commandes-titre">
      <h2 id="commandes-titre">Commandes : besoin, devis, bon de commande, facture</h2>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: '2fr 1fr',
          gap: token('space.200', '16px'),
          maxWidth: '800px',
        }}
      >
        <Field
          id="filtre-texte"
          label="Filtrer les commandes"
          help="Ticket, numéro de commande ou unités d’œuvre."
        >
          {(wiring) => (
            <Textfield
              {...wiring}
              isInvalid={wiring['aria-invalid']}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setPage(1);
              }}
            />
          )}
        </Field>
        <Field id="filtre-verdict" label="Verdict des délais">
          {(wiring) => (
            <Select
              inputId={wiring.id}
              options={VERDICT_OPTIONS}
              value={VERDICT_OPTIONS.find((o) => o.value === verdict) ?? null}
              onChange={(option) => {
                setVerdict(option?.value ?? '');
                setPage(1);
              }}
            />
          )}
        </Field>
      </div>
      <p role="status" data-testid="orders-count">
        {shown.length === rows.length
          ? `${String(rows.length)} commande(s).`
          : `${String(shown.length)} commande(s) sur ${String(rows.length)} correspondent aux filtres.`}
      </p>
      <DynamicTable
        label="Commandes du projet"
        head={head}
        rows={tableRows}
        rowsPerPage={ROWS_PER_PAGE}
        page={page}
        onSetPage={setPage}
        sortKey={sortKey}
        sortOrder={sortOrder}
        onSort={(data: { key: string; sortOrder: 'ASC' | 'DESC' }) => {
          setSortKey(data.key);
          setSortOrder(data.sortOrder);
        }}
        paginationi18n={{
          prev: 'Page précédente',
          next: 'Page suivante',
          label: 'Pagination des commandes',
          pageLabel: 'Page',
        }}
        emptyView={<p>Aucune commande ne correspond aux filtres.</p>}
      />
    </section>
  );
}
