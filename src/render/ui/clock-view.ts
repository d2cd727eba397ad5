import {
  isClockError,
  type ClockMeasure,
  type ClockResult,
  type ClockSegment,
  type ClockSegmentKind,
} from '../../core/clocks/clock-result';
import { formatHours } from '../../core/clocks/clock-labels';
import { jalonFieldValues, type ClockFieldState } from '../../core/clocks/field-values';
import { frenchDate, frenchInstant, isoInstant } from '../../core/report/describe';

/**
 * What the issue panel shows of one clock, every text ready in French: the components print it
 * and draw the timeline from the instants, nothing more (the rules stay in the core).
 */
export type ClockTone = 'ok' | 'risk' | 'breached' | 'paused' | 'done' | 'waiting' | 'error';

export interface TimelineSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: ClockSegmentKind;
  /** The kind in French ("Décompte", "En pause", "Jour férié"…). */
  readonly kindLabel: string;
  readonly reason: string;
  /** "12/09/2026 09:00 → 12/09/2026 18:00". */
  readonly when: string;
}

export interface TimelineEvent {
  readonly at: number;
  readonly atLabel: string;
  readonly text: string;
}

export interface TimelineView {
  readonly from: number;
  readonly to: number;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly spans: readonly TimelineSpan[];
  readonly events: readonly TimelineEvent[];
}

export interface ClockView {
  readonly id: string;
  readonly label: string;
  /** In the words of the "Jalon – état des délais" field, or "Non démarré", "Incalculable". */
  readonly state: ClockFieldState | 'Non démarré' | 'Incalculable';
  readonly tone: ClockTone;
  readonly elapsed: string;
  readonly target: string;
  readonly due: string | null;
  /** The due instant (ISO 8601 with the calendar's offset) or date, for `<time datetime>`. */
  readonly dueIso: string | null;
  readonly remaining: string | null;
  /** Why the clock says what it says, one French sentence a line. */
  readonly why: readonly string[];
  readonly adjustments: readonly string[];
  readonly timeline: TimelineView | null;
}

export const SEGMENT_LABELS: Readonly<Record<ClockSegmentKind, string>> = {
  counting: 'Décompte',
  paused: 'En pause',
  stopped: 'Arrêté',
  'outside-hours': 'Hors horaires',
  weekend: 'Jour non ouvré',
  holiday: 'Jour férié',
  closure: 'Fermeture',
};

const TONES: Readonly<Record<ClockFieldState, ClockTone>> = {
  'Dans les délais': 'ok',
  'À risque': 'risk',
  Dépassé: 'breached',
  'En pause': 'paused',
  Terminé: 'done',
};

const ouvrees = (minutes: number): string => `${formatHours(minutes)} ouvrées`;

function targetText(clock: ClockMeasure): string {
  if (clock.mode === 'none' || clock.targetMinutes === null) return 'aucun objectif';
  const base = ouvrees(clock.targetMinutes);
  if (clock.mode === 'sprint') return `${base} (fin du sprint suivant)`;
  if (clock.mode === 'working-days') return `${base} (échéance en jours ouvrés)`;
  return base;
}

function lateness(clock: ClockMeasure): string {
  if (clock.mode === 'working-days' || clock.mode === 'sprint') {
    const days = clock.lateWorkingDays ?? 0;
    return `${String(days)} jour${days > 1 ? 's' : ''} ouvré${days > 1 ? 's' : ''} de retard`;
  }
  return `${ouvrees(-(clock.remainingMinutes ?? 0))} de dépassement`;
}

function whyLines(clock: ClockMeasure, state: ClockView['state'], at: (ms: number) => string) {
  const dueMs = dueInstant(clock);
  const due = dueMs === null ? frenchDate(clock.dueDate) : at(dueMs);
  const lines: string[] = [];
  const last = clock.segments.at(-1);
  if (clock.waived) lines.push('Exonéré : une décision d’exonération s’applique à ce délai.');
  if (state === 'Non démarré')
    lines.push('Le délai n’a pas commencé : sa condition de départ n’est pas remplie.');
  else if (clock.breached && clock.state === 'stopped')
    lines.push(
      `Dépassé : l’échéance était le ${due} ; arrêté le ${clock.stoppedAt === null ? '—' : at(clock.stoppedAt)}, ${lateness(clock)}.`,
    );
  else if (clock.breached)
    lines.push(`Dépassé : l’échéance était le ${due} ; le décompte continue, ${lateness(clock)}.`);
  else if (clock.state === 'stopped' && clock.waived)
    lines.push(
      `Arrêté le ${clock.stoppedAt === null ? '—' : at(clock.stoppedAt)} ; aucun dépassement n’est retenu.`,
    );
  else if (clock.state === 'stopped')
    lines.push(
      `Terminé dans les délais le ${clock.stoppedAt === null ? '—' : at(clock.stoppedAt)}${dueMs === null && clock.dueDate === null ? '' : ` (échéance du ${due})`}.`,
    );
  else if (clock.state === 'paused')
    lines.push(`En pause : ${last?.reason ?? 'le ticket attend l’administration'}.`);
  else
    lines.push(
      `En cours : il reste ${clock.remainingMinutes === null ? '—' : ouvrees(clock.remainingMinutes)}, échéance le ${due}.`,
    );
  if (clock.state === 'running' && last !== undefined && last.kind !== 'counting')
    lines.push(`Le décompte est suspendu en ce moment : ${last.reason}.`);
  if (clock.pausedMinutes > 0)
    lines.push(
      `${ouvrees(clock.pausedMinutes)} déduites : périodes où le titulaire attendait l’administration.`,
    );
  return lines;
}

/** The events that changed the clock: its start, each pause or stop and its end, its due instant. */
function eventsOf(clock: ClockMeasure, at: (ms: number) => string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (ms: number, text: string): void => {
    events.push({ at: ms, atLabel: at(ms), text });
  };
  if (clock.startedAt !== null) add(clock.startedAt, 'Début du décompte');
  let previous: ClockSegment | undefined;
  for (const segment of clock.segments) {
    const eventful = segment.kind === 'paused' || segment.kind === 'stopped';
    const wasEventful = previous?.kind === 'paused' || previous?.kind === 'stopped';
    if (eventful && (previous?.reason !== segment.reason || !wasEventful))
      add(segment.start, `${SEGMENT_LABELS[segment.kind]} : ${segment.reason}`);
    else if (!eventful && wasEventful && segment.kind === 'counting')
      add(segment.start, `Reprise du décompte : ${segment.reason}`);
    if (segment.kind === 'counting' || eventful) previous = segment;
  }
  if (clock.breachedAt !== null) add(clock.breachedAt, 'Échéance dépassée');
  else if (clock.dueAt !== null) add(clock.dueAt, 'Échéance');
  return events.sort((a, b) => a.at - b.at);
}

function timelineOf(clock: ClockMeasure, at: (ms: number) => string): TimelineView | null {
  // A stopped clock's last stretch runs to the evaluation: the picture ends at the stop.
  const final = clock.segments.at(-1);
  const segments =
    clock.state === 'stopped' && final?.kind === 'stopped' && clock.segments.length > 1
      ? clock.segments.slice(0, -1)
      : clock.segments;
  const first = segments[0];
  const last = segments.at(-1);
  if (first === undefined || last === undefined) return null;
  const to = Math.max(last.end, clock.dueAt ?? last.end, clock.breachedAt ?? last.end);
  return {
    from: first.start,
    to,
    fromLabel: at(first.start),
    toLabel: at(to),
    spans: segments.map((s) => ({
      start: s.start,
      end: s.end,
      kind: s.kind,
      kindLabel: SEGMENT_LABELS[s.kind],
      reason: s.reason,
      when: `${at(s.start)} → ${at(s.end)}`,
    })),
    events: eventsOf(clock, at),
  };
}

/** The due instant: projected while the clock runs, the instant it was reached once breached. */
function dueInstant(clock: ClockMeasure): number | null {
  return clock.dueAt ?? (clock.breached ? clock.breachedAt : null);
}

function measureView(clock: ClockMeasure, zone: string): ClockView {
  const at = (ms: number): string => frenchInstant(ms, zone);
  const due = dueInstant(clock);
  const field = jalonFieldValues([clock]).clocks.clocks[0];
  const state: ClockView['state'] =
    clock.state === 'not-started' && !clock.breached ? 'Non démarré' : (field?.state ?? 'Terminé');
  const tone: ClockTone = state === 'Non démarré' ? 'waiting' : TONES[state];
  return {
    id: clock.id,
    label: clock.label,
    state,
    tone,
    elapsed: ouvrees(clock.elapsedMinutes),
    target: targetText(clock),
    due: due === null ? (clock.dueDate === null ? null : frenchDate(clock.dueDate)) : at(due),
    dueIso: due === null ? clock.dueDate : isoInstant(due, zone),
    remaining:
      clock.state === 'stopped' || clock.remainingMinutes === null
        ? null
        : ouvrees(clock.remainingMinutes),
    why: whyLines(clock, state, at),
    adjustments: clock.adjustments,
    timeline: timelineOf(clock, at),
  };
}

/**
 * The panel's view of an issue's clocks. `zoneOf` gives the IANA zone of a calendar of the
 * contract (instants are shown in the calendar's zone, never the browser's).
 */
export function clockViews(
  clocks: readonly ClockResult[],
  zoneOf: (calendar: string) => string,
): ClockView[] {
  return clocks.map((clock) =>
    isClockError(clock)
      ? {
          id: clock.id,
          label: clock.label,
          state: 'Incalculable',
          tone: 'error',
          elapsed: '—',
          target: '—',
          due: null,
          dueIso: null,
          remaining: null,
          why: [clock.error.message],
          adjustments: [],
          timeline: null,
        }
      : measureView(clock, zoneOf(clock.calendar)),
  );
}
