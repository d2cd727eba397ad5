export type ClockState = 'not-started' | 'running' | 'paused' | 'stopped';
export type ClockMode = 'hours' | 'working-days' | 'sprint' | 'none';
export type ClockSegmentKind =
  'counting' | 'paused' | 'stopped' | 'outside-hours' | 'weekend' | 'holiday' | 'closure';

/** A span of the clock's life with its reason in French. Instants are epoch ms. */
export interface ClockSegment {
  readonly start: number;
  readonly end: number;
  readonly kind: ClockSegmentKind;
  readonly reason: string;
}

/** What a clock says at the evaluation instant. Instants are epoch ms; dates are civil. */
export interface ClockMeasure {
  readonly id: string;
  readonly label: string;
  readonly mode: ClockMode;
  readonly calendar: string;
  readonly cycle: number;
  readonly state: ClockState;
  readonly startedAt: number | null;
  readonly stoppedAt: number | null;
  readonly elapsedMinutes: number;
  readonly pausedMinutes: number;
  readonly targetMinutes: number | null;
  readonly remainingMinutes: number | null;
  readonly breached: boolean;
  readonly breachedAt: number | null;
  readonly dueAt: number | null;
  readonly dueDate: string | null;
  readonly doneDate: string | null;
  readonly lateWorkingDays: number | null;
  readonly waived: boolean;
  /** The adjustments that entered the computation, for the audit trail. */
  readonly adjustments: readonly string[];
  readonly segments: readonly ClockSegment[];
}

/** A clock that cannot be computed for this issue, and why (the other clocks are unaffected). */
export interface ClockError {
  readonly id: string;
  readonly label: string;
  readonly error: { readonly code: string; readonly message: string };
}

export type ClockResult = ClockMeasure | ClockError;

export function isClockError(result: ClockResult): result is ClockError {
  return 'error' in result;
}
