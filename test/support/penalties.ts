import {
  penaltiesSchema,
  type PenaltiesConfigInput,
} from '../../src/core/contract/penalties-schema';
import {
  computePenalties,
  type LateItem,
  type PenaltiesComputation,
  type PenaltyInputs,
} from '../../src/core/penalties';

/** An order late by `lateDays` calendar (and working) days, worth `valueCents`. */
export function anOrder(key: string, valueCents: number | null, lateDays: number | null): LateItem {
  return {
    key,
    label: `${key} — livraison`,
    subject: 'order',
    clock: 'livraison',
    valueCents,
    lateDays,
    lateWorkingDays: lateDays,
    lateMinutes: null,
    breached: lateDays !== null && lateDays > 0,
  };
}

/** A breached clock of an issue, with the lateness figures given. */
export function aClock(key: string, clock: string, late: Partial<LateItem> = {}): LateItem {
  return {
    key,
    label: `${key} — ${clock}`,
    subject: 'clock',
    clock,
    valueCents: null,
    lateDays: null,
    lateWorkingDays: null,
    lateMinutes: null,
    breached: true,
    ...late,
  };
}

/** The month's penalties of a configuration, with empty inputs unless given. */
export function compute(
  config: PenaltiesConfigInput,
  inputs: Partial<PenaltyInputs> = {},
): PenaltiesComputation {
  const result = computePenalties(penaltiesSchema.parse(config), {
    indicators: [],
    lateItems: [],
    contractAmountCents: null,
    previousTotalCents: 0,
    waivers: [],
    ...inputs,
  });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** The CCAG-TIC late penalty on orders, with more configuration. */
export const tic = (extra: PenaltiesConfigInput = {}): PenaltiesConfigInput => ({
  rules: [{ id: 'retard', label: 'Retard de livraison', kind: 'ccag-late', ccag: 'CCAG-TIC' }],
  ...extra,
});
