import { csvTable as cliCsvTable } from '../../src/cli/format';
import { csvTable, renderCsv } from '../../src/render';
import { atihReport, dematReport, emptyReport } from '../support/report-fixtures';

/** A small RFC 4180 reader with `;` separators, enough to read back what csvTable writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      [row, cell] = [[], ''];
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('csvTable', () => {
  test('separates cells with ";", ends rows with CRLF and quotes only when needed', () => {
    expect(csvTable([['a', 'b;c', 'd"e', 'f\ng']])).toBe('a;"b;c";"d""e";"f\ng"\r\n');
  });

  test('is still what the CLI exports', () => {
    expect(cliCsvTable).toBe(csvTable);
  });
});

describe('renderCsv', () => {
  test('writes one file per table, each with its header even when empty', () => {
    const files = renderCsv(emptyReport());
    expect(Object.keys(files).sort()).toEqual([
      'comite.csv',
      'commandes.csv',
      'indicateurs.csv',
      'penalites.csv',
      'tickets.csv',
    ]);
    expect(readCsv(files['tickets.csv'] ?? '')).toEqual([
      ['Ticket', 'Résumé', 'Catégorie', 'Horloge', 'État', 'Verdict', 'Chiffres', 'Explication'],
    ]);
  });

  test('writes amounts as 12400,00 and decimals with a comma', () => {
    const files = renderCsv(atihReport());
    const orders = readCsv(files['commandes.csv'] ?? '');
    expect(orders[1]?.slice(0, 7)).toEqual([
      'ATIH-412',
      'PMSI-MCO',
      'BC-2026-014',
      '3 × UO-4 + 2 × UO-2F = 12 400,00 € HT',
      '12400,00',
      '0,00',
      '0,00',
    ]);
    const indicators = readCsv(files['indicateurs.csv'] ?? '');
    expect(indicators.find((r) => r[0] === 'IQ-3')?.slice(0, 7)).toEqual([
      'IQ-3',
      'Qualité des développements',
      '%',
      '4,2',
      '<=',
      '7',
      'conforme',
    ]);
  });

  test('lists penalties with their total after caps and waivers', () => {
    const rows = readCsv(renderCsv(dematReport())['penalites.csv'] ?? '');
    expect(rows[1]?.[4]).toBe('450,00');
    expect(rows.at(-1)?.[0]).toBe('Total');
    expect(rows.at(-1)?.[4]).toBe('1650,00');
  });

  test('writes one row per clock with its explanation lines in one cell', () => {
    const report = dematReport();
    const rows = readCsv(renderCsv(report)['tickets.csv'] ?? '');
    expect(rows).toHaveLength(1 + report.issues.reduce((n, i) => n + i.clocks.length, 0));
    expect(rows[1]?.[1]).toBe(report.issues[0]?.summary);
    expect(rows[1]?.[7]?.split('\n')).toEqual(report.issues[0]?.clocks[0]?.explanation);
  });

  test('reads back every cell as written, separators and quotes included', () => {
    const report = dematReport();
    const summary = 'Erreur ; "guillemets" et\r\nretour à la ligne';
    const hostile = { ...report, issues: [{ ...report.issues[0]!, summary }] };
    const rows = readCsv(renderCsv(hostile)['tickets.csv'] ?? '');
    expect(rows[1]?.[1]).toBe(summary);
  });

  test('neutralises texts a spreadsheet would run as formulas', () => {
    const report = dematReport();
    const hostile = { ...report, issues: [{ ...report.issues[0]!, summary: '=HYPERLINK("x")' }] };
    const rows = readCsv(renderCsv(hostile)['tickets.csv'] ?? '');
    expect(rows[1]?.[1]).toBe('\'=HYPERLINK("x")');
  });

  test('writes the comité dashboard: fiscal year figures and items since the last comité', () => {
    const rows = readCsv(renderCsv(atihReport())['comite.csv'] ?? '');
    expect(rows[0]).toEqual([
      'Période',
      'Rubrique',
      'Ticket ou projet',
      'Date',
      'Nombre',
      'Montant HT',
      'Détail',
    ]);
    expect(rows[1]).toEqual([
      'Exercice 2026 (du 01/01/2026 au 31/03/2026)',
      'Devis transmis',
      '',
      '',
      '5',
      '42100,00',
      '1 sans prix',
    ]);
    expect(rows).toContainEqual([
      'Depuis le comité du 2026-02-26 (du 27/02/2026 au 31/03/2026)',
      'Factures',
      'ATIH-398',
      '20/03/2026',
      '',
      '3100,00',
      'facture FA-2026-031',
    ]);
  });
});
