// This month's indicators with their verdicts, and one indicator's last 12 months as a chart
// (its values and its threshold), with the same figures in a table for screen readers.
import Select from '@atlaskit/select';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { Field } from '../../shared/field';
import type { IndicatorsView } from '../../shared/resolver-client';
import { VerdictLozenge } from '../../shared/ui';

const cell = {
  padding: `${token('space.050', '4px')} ${token('space.100', '8px')}`,
  borderBottom: `1px solid ${token('color.border', '#091E4224')}`,
  textAlign: 'left',
} as const;

function TrendChart({ view, id }: { readonly view: IndicatorsView; readonly id: string }) {
  const series = view.trend.find((s) => s.id === id);
  if (series === undefined) return null;
  const values = series.points.filter((p): p is number => p !== null);
  const top = Math.max(1, ...values, series.threshold ?? 0) * 1.1;
  const [width, height, left, bottom] = [720, 220, 48, 30];
  const step = (width - left - 40) / Math.max(1, series.points.length - 1);
  const x = (i: number): number => left + i * step;
  const y = (v: number): number => height - bottom - (v / top) * (height - bottom - 10);
  const path = series.points
    .map((p, i) => (p === null ? null : `${x(i).toFixed(1)},${y(p).toFixed(1)}`))
    .filter((p) => p !== null)
    .join(' ');
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width="100%"
        style={{ maxWidth: `${String(width)}px` }}
        role="img"
        aria-labelledby="tendance-titre"
      >
        <title id="tendance-titre">{`${series.label} sur 12 mois, seuil ${series.thresholdLabel}`}</title>
        <line
          x1={left}
          x2={width}
          y1={height - bottom}
          y2={height - bottom}
          stroke={token('color.border.bold', '#758195')}
        />
        {series.threshold === null ? null : (
          <line
            x1={left}
            x2={width}
            y1={y(series.threshold)}
            y2={y(series.threshold)}
            stroke={token('color.border.danger', '#E2483D')}
            strokeDasharray="6 4"
          />
        )}
        <polyline
          points={path}
          fill="none"
          stroke={token('color.chart.brand', '#1D7AFC')}
          strokeWidth={2}
        />
        {series.points.map((p, i) =>
          p === null ? null : (
            <circle
              key={view.months[i]?.month ?? i}
              cx={x(i)}
              cy={y(p)}
              r={4}
              fill={token('color.chart.brand', '#1D7AFC')}
            >
              <title>{`${view.months[i]?.label ?? ''} : ${series.pointLabels[i] ?? ''}`}</title>
            </circle>
          ),
        )}
        {view.months.map((m, i) =>
          i % 2 === series.points.length % 2 ? null : (
            <text
              key={m.month}
              x={x(i)}
              y={height - 8}
              fontSize={12}
              textAnchor="middle"
              fill={token('color.text.subtle', '#44546F')}
            >
              {m.label.replace(/ \d{4}$/, '')}
            </text>
          ),
        )}
      </svg>
      <details>
        <summary>Valeurs mensuelles</summary>
        <table style={{ borderCollapse: 'collapse' }}>
          <caption>{series.label}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                Mois
              </th>
              <th scope="col" style={cell}>
                Valeur
              </th>
            </tr>
          </thead>
          <tbody>
            {view.months.map((m, i) => (
              <tr key={m.month}>
                <td style={cell}>{m.label}</td>
                <td style={cell}>{series.pointLabels[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function Indicators({ view }: { readonly view: IndicatorsView }) {
  const [chosen, setChosen] = useState(view.indicators[0]?.id ?? '');
  const options = view.indicators.map((i) => ({ label: `${i.id} — ${i.label}`, value: i.id }));
  return (
    <section aria-labelledby="indicateurs-titre">
      <h2 id="indicateurs-titre">Indicateurs de {view.monthLabel}</h2>
      <p>{view.headline}</p>
      {view.indicators.length === 0 ? (
        <p>Aucun indicateur n’est défini pour ce contrat.</p>
      ) : (
        <>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <caption style={{ textAlign: 'left' }}>Valeurs du mois et verdicts</caption>
            <thead>
              <tr>
                {['Indicateur', 'Libellé', 'Valeur', 'Seuil', 'Verdict', 'Calcul'].map((h) => (
                  <th key={h} scope="col" style={cell}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.indicators.map((i) => (
                <tr key={i.id} data-indicator={i.id}>
                  <th scope="row" style={cell}>
                    {i.id}
                  </th>
                  <td style={cell}>{i.label}</td>
                  <td style={cell}>{i.value}</td>
                  <td style={cell}>{i.threshold}</td>
                  <td style={cell}>
                    <VerdictLozenge verdict={i.verdict} />
                  </td>
                  <td style={cell}>{i.ratio}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Tendance sur 12 mois</h3>
          <div style={{ maxWidth: '480px' }}>
            <Field id="tendance-indicateur" label="Indicateur affiché">
              {(wiring) => (
                <Select
                  inputId={wiring.id}
                  options={options}
                  value={options.find((o) => o.value === chosen) ?? null}
                  onChange={(option) => {
                    setChosen(option?.value ?? '');
                  }}
                />
              )}
            </Field>
          </div>
          <TrendChart view={view} id={chosen} />
        </>
      )}
    </section>
  );
}
