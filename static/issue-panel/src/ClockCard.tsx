import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ClockView } from '../../shared/resolver-client';
import { Timeline } from './Timeline';

const APPEARANCES: Readonly<Record<ClockView['tone'], ThemeAppearance>> = {
  ok: 'success',
  risk: 'moved',
  breached: 'removed',
  paused: 'inprogress',
  done: 'default',
  waiting: 'new',
  error: 'removed',
};

const term = { fontWeight: 600, color: token('color.text.subtle', '#44546F') } as const;

/** One clock: its state, elapsed and target, due date, time left, why, and its timeline. */
export function ClockCard({ clock }: { readonly clock: ClockView }) {
  const headingId = `delai-${clock.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-clock={clock.id}
      style={{
        border: `1px solid ${token('color.border', '#091E4224')}`,
        borderRadius: token('border.radius.200', '8px'),
        padding: token('space.200', '16px'),
        marginBottom: token('space.200', '16px'),
      }}
    >
      <h2
        id={headingId}
        style={{
          font: token('font.heading.small', '600 16px/20px sans-serif'),
          margin: 0,
          display: 'flex',
          gap: token('space.100', '8px'),
          alignItems: 'center',
        }}
      >
        {clock.label} <Lozenge appearance={APPEARANCES[clock.tone]}>{clock.state}</Lozenge>
      </h2>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          gap: `${token('space.050', '4px')} ${token('space.200', '16px')}`,
          margin: `${token('space.150', '12px')} 0`,
        }}
      >
        <dt style={term}>Écoulé / objectif</dt>
        <dd style={{ margin: 0 }} data-field="elapsed">
          {clock.elapsed} / {clock.target}
        </dd>
        <dt style={term}>Échéance</dt>
        <dd style={{ margin: 0 }} data-field="due">
          {clock.due === null ? '—' : <time dateTime={clock.dueIso ?? undefined}>{clock.due}</time>}
        </dd>
        <dt style={term}>Temps ouvré restant</dt>
        <dd style={{ margin: 0 }} data-field="remaining">
          {clock.remaining ?? '—'}
        </dd>
      </dl>
      <h3
        style={{
          font: token('font.heading.xsmall', '600 14px/16px sans-serif'),
          margin: `${token('space.100', '8px')} 0`,
        }}
      >
        Pourquoi
      </h3>
      <ul data-field="why" style={{ marginTop: 0 }}>
        {clock.why.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {clock.adjustments.length > 0 ? (
        <>
          <h3 style={{ font: token('font.heading.xsmall', '600 14px/16px sans-serif') }}>
            Ajustements pris en compte
          </h3>
          <ul data-field="adjustments">
            {clock.adjustments.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {clock.timeline === null ? null : (
        <Timeline view={clock.timeline} id={clock.id} label={clock.label} />
      )}
    </section>
  );
}
