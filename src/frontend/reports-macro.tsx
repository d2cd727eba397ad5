// Confluence macro "Jalon – rapports publiés" (UI Kit): a contract's published monthly reports,
// with a link to each page and its indicators' verdicts. The contract comes from the macro's
// configuration; the list from the `report/list` resolver.
import { invoke } from '@forge/bridge';
import ForgeReconciler, {
  DynamicTable,
  Label,
  Link,
  SectionMessage,
  Stack,
  Text,
  Textfield,
  useConfig,
  useProductContext,
} from '@forge/react';
import { useEffect, useState } from 'react';
import {
  macroConfigSchema,
  monthLabel,
  newestFirst,
  pageUrl,
  reportListSchema,
  verdictSummary,
  type PublishedReport,
} from './report-list';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'loaded'; readonly reports: readonly PublishedReport[] };

const HEAD = {
  cells: [
    { key: 'month', content: 'Mois' },
    { key: 'title', content: 'Rapport' },
    { key: 'verdicts', content: 'Verdicts des indicateurs' },
  ],
};

function useReports(contractId: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    invoke('report/list', { contractId })
      .then((answer) => {
        const parsed = reportListSchema.safeParse(answer);
        const next: Loaded = parsed.success
          ? { status: 'loaded', reports: newestFirst(parsed.data.reports) }
          : { status: 'failed', message: 'La liste des rapports reçue est illisible.' };
        if (current) setLoaded(next);
      })
      .catch(() => {
        if (current)
          setLoaded({ status: 'failed', message: 'La liste des rapports est indisponible.' });
      });
    return () => {
      current = false;
    };
  }, [contractId]);
  return loaded;
}

function ReportTable({ contractId }: { readonly contractId: string }) {
  const loaded = useReports(contractId);
  const siteUrl = useProductContext()?.siteUrl ?? '';
  if (loaded.status === 'failed') {
    return (
      <SectionMessage appearance="error" title="Rapports indisponibles">
        <Text>{loaded.message} Réessayez en rechargeant la page.</Text>
      </SectionMessage>
    );
  }
  const rows =
    loaded.status === 'loaded'
      ? loaded.reports.map((report) => ({
          key: report.month,
          cells: [
            { key: 'month', content: monthLabel(report.month) },
            {
              key: 'title',
              content: (
                <Stack>
                  {report.pages.map((page) => (
                    <Link key={page.id} href={pageUrl(siteUrl, report.spaceKey, page.id)}>
                      {page.title}
                    </Link>
                  ))}
                </Stack>
              ),
            },
            { key: 'verdicts', content: verdictSummary(report.verdict) },
          ],
        }))
      : [];
  return (
    <DynamicTable
      caption={`Rapports publiés du contrat ${contractId}`}
      head={HEAD}
      rows={rows}
      isLoading={loaded.status === 'loading'}
      emptyView={<Text>Aucun rapport publié pour ce contrat.</Text>}
    />
  );
}

function ReportsMacro() {
  const { contractId } = macroConfigSchema.parse(useConfig());
  const id = contractId?.trim() ?? '';
  if (id === '') {
    return (
      <SectionMessage appearance="information" title="Macro à configurer">
        <Text>
          Modifiez la macro et indiquez l’identifiant du contrat dont lister les rapports.
        </Text>
      </SectionMessage>
    );
  }
  return <ReportTable contractId={id} />;
}

/** The macro's configuration panel: each named field is stored in the macro's config. */
function ReportsMacroConfig() {
  return (
    <>
      <Label labelFor="contractId">Identifiant du contrat</Label>
      <Textfield id="contractId" name="contractId" placeholder="par exemple atih-2025" />
    </>
  );
}

ForgeReconciler.render(<ReportsMacro />);
ForgeReconciler.addConfig(<ReportsMacroConfig />);
