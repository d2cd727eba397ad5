// The clock's life as a picture: counting, paused, out-of-hours, holiday and closure spans on one
// line, the events that caused them as marks, and the same in a table for screen readers.
import type { ClockSegmentKind } from '../../../src/core/clocks';
import { token } from '@atlaskit/tokens';
import type { ClockView } from '../../shared/resolver-client';

type TimelineView = NonNullable<ClockView['timeline']>;

const WIDTH = 1000;
const BAR_Y = 26;
const BAR_HEIGHT = 28;

const FILLS: Readonly<Record<ClockSegmentKind, string>> = {
  counting: token('color.background.information.bold', '#0C66E4'),
  paused: token('color.background.warning.bold', '#F5CD47'),
  stopped: token('color.background.neutral.bold', '#44546F'),
  'outside-hours': token('color.background.neutral', '#091E420F'),
  weekend: token('color.background.neutral.hovered', '#091E4224'),
  holiday: token('color.background.discovery.bold', '#6E5DC6'),
  closure: token('color.background.accent.orange.subtle', '#FEC195'),
};

export const LEGEND: readonly { kind: ClockSegmentKind; label: string }[] = [
  { kind: 'counting', label: 'Décompte' },
  { kind: 'paused', label: 'En pause (attente de l’administration)' },
  { kind: 'stopped', label: 'Arrêté' },
  { kind: 'outside-hours', label: 'Hors horaires' },
  { kind: 'weekend', label: 'Jour non ouvré' },
  { kind: 'holiday', label: 'Jour férié' },
  { kind: 'closure', label: 'Fermeture' },
];

export function Timeline({
  view,
  id,
  label,
}: {
  readonly view: TimelineView;
  readonly id: string;
  readonly label: string;
}) {
  const span = Math.max(1, view.to - view.from);
  const x = (ms: number): number => ((ms - view.from) / span) * WIDTH;
  const present = new Set(view.spans.map((s) => s.kind));
  const titleId = `${id}-chrono-titre`;
  const descId = `${id}-chrono-desc`;
  return (
    <figure style={{ margin: `${token('space.150', '12px')} 0` }}>
      <svg
        viewBox={`0 0 ${String(WIDTH)} 86`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ display: 'block', maxHeight: '120px' }}
      >
        <title id={titleId}>{`Chronologie : ${label}`}</title>
        <desc
          id={descId}
        >{`Du ${view.fromLabel} au ${view.toLabel}, ${String(view.spans.length)} périodes et ${String(view.events.length)} événements ; le détail suit dans le tableau.`}</desc>
        {view.spans.map((s) => (
          <rect
            key={`${String(s.start)}-${s.kind}`}
            x={x(s.start)}
            y={BAR_Y}
            width={Math.max(0.5, x(s.end) - x(s.start))}
            height={BAR_HEIGHT}
            fill={FILLS[s.kind]}
            data-kind={s.kind}
          >
            <title>{`${s.kindLabel} — ${s.reason} (${s.when})`}</title>
          </rect>
        ))}
        {view.events.map((e, i) => (
          <g key={`${String(e.at)}-${String(i)}`} data-event={e.text}>
            <line
              x1={x(e.at)}
              x2={x(e.at)}
              y1={12}
              y2={BAR_Y + BAR_HEIGHT + 8}
              stroke={token('color.border.bold', '#7A869A')}
              strokeWidth={2}
            />
            <circle cx={x(e.at)} cy={10} r={5} fill={token('color.icon', '#44546F')}>
              <title>{`${e.atLabel} — ${e.text}`}</title>
            </circle>
          </g>
        ))}
        <text x={0} y={80} fontSize={13} fill={token('color.text.subtle', '#44546F')}>
          {view.fromLabel}
        </text>
        <text
          x={WIDTH}
          y={80}
          fontSize={13}
          textAnchor="end"
          fill={token('color.text.subtle', '#44546F')}
        >
          {view.toLabel}
        </text>
      </svg>
      <figcaption>
        <ul
          aria-label="Légende"
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: token('space.150', '12px'),
            listStyle: 'none',
            padding: 0,
            margin: `${token('space.100', '8px')} 0`,
          }}
        >
          {LEGEND.filter((l) => present.has(l.kind)).map((l) => (
            <li
              key={l.kind}
              style={{ display: 'flex', alignItems: 'center', gap: token('space.050', '4px') }}
            >
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: 14,
                  height: 14,
                  background: FILLS[l.kind],
                  border: `1px solid ${token('color.border', '#091E4224')}`,
                }}
              />
              {l.label}
            </li>
          ))}
        </ul>
        <details>
          <summary>Détail de la chronologie (événements et périodes)</summary>
          <h4>Événements</h4>
          <ul>
            {view.events.map((e, i) => (
              <li key={`${String(e.at)}-${String(i)}`}>
                <strong>{e.atLabel}</strong> — {e.text}
              </li>
            ))}
          </ul>
          <table>
            <caption>Périodes</caption>
            <thead>
              <tr>
                <th scope="col">Période</th>
                <th scope="col">Nature</th>
                <th scope="col">Raison</th>
              </tr>
            </thead>
            <tbody>
              {view.spans.map((s) => (
                <tr key={`${String(s.start)}-${s.kind}`}>
                  <td>{s.when}</td>
                  <td>{s.kindLabel}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
