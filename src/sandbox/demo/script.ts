import type { BusinessCalendar } from '../../core/time';
import type { DraftStep, Values } from './draft';
import type { Person } from './jira-json';
import type { Rng } from '../random';
import { afterBusinessMinutes, onWorkingDay } from './timing';

const SECOND = 1000;

/**
 * Writes an issue's life step by step on one business calendar: a cursor moves through time
 * (business minutes that a clock counts or not, working days, fixed instants) and `set` records a
 * change at the cursor. Steps are strictly increasing in time.
 */
export class Script {
  private cursor: number;
  private counting = 0;
  private readonly written: DraftStep[] = [];

  constructor(
    readonly calendar: BusinessCalendar,
    private readonly rng: Rng,
    created: number,
  ) {
    this.cursor = created;
  }

  /** The cursor (epoch ms). */
  get now(): number {
    return this.cursor;
  }

  /** Business minutes spent in states where the clock counts, so far. */
  get counted(): number {
    return this.counting;
  }

  get steps(): readonly DraftStep[] {
    return this.written;
  }

  /** Time passes while the clock counts. */
  work(minutes: number): this {
    this.counting += Math.max(1, Math.round(minutes));
    return this.move(afterBusinessMinutes(this.calendar, this.cursor, minutes));
  }

  /** Time passes while the clock is paused (or does not matter). */
  wait(minutes: number): this {
    return this.move(afterBusinessMinutes(this.calendar, this.cursor, minutes));
  }

  /** To a working hour of the `n`-th working day after the cursor's day (0: later the same day). */
  days(n: number): this {
    return this.move(onWorkingDay(this.calendar, this.rng, this.cursor, n));
  }

  /** To `instant`, or just after the cursor when `instant` is not later. */
  at(instant: number): this {
    this.cursor = Math.max(instant, this.cursor + this.rng.int(30, 300) * SECOND);
    return this;
  }

  /** Records a change by `author` at the cursor. */
  set(author: Person, values: Values): this {
    const last = this.written.at(-1)?.at;
    if (last !== undefined && this.cursor <= last)
      this.cursor = last + this.rng.int(5, 90) * SECOND;
    this.written.push({ at: this.cursor, author, set: values });
    return this;
  }

  private move(instant: number): this {
    this.cursor = Math.max(
      instant + this.rng.int(0, 59) * SECOND + this.rng.int(0, 999),
      this.cursor,
    );
    return this;
  }
}
