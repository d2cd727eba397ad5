import { DateTime } from 'luxon';
import { z } from 'zod';
import { fail, succeed, type Failure, type Result } from '../result';
import { parseWith } from '../validation';

/** The month's penalty table: draft, observations asked of the titulaire, final. */
export const PENALTY_STATES = ['brouillon', 'observations demandées', 'définitif'] as const;
export type PenaltyState = (typeof PENALTY_STATES)[number];

/** Who did what, when (ISO 8601 with offset), and why. */
export const penaltyActionSchema = z.strictObject({
  at: z.iso.datetime({ offset: true, error: 'Date et heure attendues avec leur décalage.' }),
  author: z.string().trim().min(1, 'Indiquez l’auteur.'),
  note: z.string().default(''),
});
export type PenaltyAction = z.input<typeof penaltyActionSchema>;

/** One entry of the history: the state after the step. */
export interface PenaltyStep {
  readonly state: PenaltyState;
  readonly at: string;
  readonly author: string;
  readonly note: string;
}

export interface PenaltyWorkflow {
  readonly state: PenaltyState;
  /** When the titulaire was invited to present observations. */
  readonly requestedAt: string | null;
  /** The last day for observations (`YYYY-MM-DD`, included, in the contract's zone). */
  readonly deadlineDate: string | null;
  /** The end of that day (ISO 8601 with offset): from then on, finalizing needs no observations. */
  readonly deadline: string | null;
  /** When the titulaire's observations were first recorded. */
  readonly observationsAt: string | null;
  readonly history: readonly PenaltyStep[];
}

export interface ObservationOptions {
  /** Calendar days (`penalties.observationDays`, CCAG 2021 art. 14.1.1: 15). */
  readonly observationDays: number;
  /** The IANA zone the days are counted in; default Europe/Paris. */
  readonly zone?: string;
}

const millisOf = (iso: string): number => DateTime.fromISO(iso, { setZone: true }).toMillis();
const dayOf = (iso: string): string =>
  DateTime.fromISO(iso, { setZone: true }).toFormat('dd/MM/yyyy');
/** `2026-03-17` → "17/03/2026", without any time zone. */
const civilDay = (date: string): string => date.split('-').reverse().join('/');

function parseAction(workflow: PenaltyWorkflow | null, action: PenaltyAction): Result<PenaltyStep> {
  const parsed = parseWith(penaltyActionSchema, action, 'PENALTY.INVALID_ACTION', 'Action');
  if (!parsed.ok) return parsed;
  const last = workflow?.history.at(-1);
  if (last !== undefined && millisOf(parsed.value.at) < millisOf(last.at))
    return fail(
      'PENALTY.TIME_ORDER',
      `L'action du ${parsed.value.at} précède la dernière étape (${last.state}, ${last.at}).`,
    );
  return succeed({ state: workflow?.state ?? 'brouillon', ...parsed.value });
}

function refuse(workflow: PenaltyWorkflow, what: string): Failure {
  return fail(
    workflow.state === 'définitif' ? 'PENALTY.ALREADY_FINAL' : 'PENALTY.INVALID_TRANSITION',
    `Impossible de ${what} : les pénalités du mois sont à l'état « ${workflow.state} ».`,
  );
}

/** Opens the month's penalty table as a draft. */
export function draftPenalties(action: PenaltyAction): Result<PenaltyWorkflow> {
  const step = parseAction(null, action);
  if (!step.ok) return step;
  return succeed({
    state: 'brouillon',
    requestedAt: null,
    deadlineDate: null,
    deadline: null,
    observationsAt: null,
    history: [step.value],
  });
}

/**
 * Invites the titulaire to present observations (CCAG 2021 art. 14.1.1): the deadline is the
 * end of the `observationDays`-th calendar day after the request's day, in `zone` (request on
 * 2 March, 15 days: until 17 March included). The CCAG's extension of a deadline ending on a
 * Saturday, Sunday or holiday is not applied.
 */
export function requestObservations(
  workflow: PenaltyWorkflow,
  action: PenaltyAction,
  options: ObservationOptions,
): Result<PenaltyWorkflow> {
  if (workflow.state !== 'brouillon') return refuse(workflow, 'demander les observations');
  if (!Number.isSafeInteger(options.observationDays) || options.observationDays <= 0)
    throw new RangeError(
      `observationDays must be a positive integer: ${String(options.observationDays)}`,
    );
  const step = parseAction(workflow, action);
  if (!step.ok) return step;
  const zone = options.zone ?? 'Europe/Paris';
  const requested = DateTime.fromISO(step.value.at, { setZone: true }).setZone(zone);
  if (!requested.isValid)
    return fail('PENALTY.INVALID_ZONE', `Fuseau horaire inconnu : « ${zone} ».`);
  const lastDay = requested.startOf('day').plus({ days: options.observationDays });
  return succeed({
    ...workflow,
    state: 'observations demandées',
    requestedAt: step.value.at,
    deadlineDate: lastDay.toISODate(),
    deadline: lastDay.plus({ days: 1 }).toISO({ suppressMilliseconds: true }),
    history: [...workflow.history, { ...step.value, state: 'observations demandées' }],
  });
}

/** Records the titulaire's observations (any time before the table is final). */
export function recordObservations(
  workflow: PenaltyWorkflow,
  action: PenaltyAction,
): Result<PenaltyWorkflow> {
  if (workflow.state !== 'observations demandées')
    return refuse(workflow, 'enregistrer des observations');
  const step = parseAction(workflow, action);
  if (!step.ok) return step;
  return succeed({
    ...workflow,
    observationsAt: workflow.observationsAt ?? step.value.at,
    history: [...workflow.history, step.value],
  });
}

/**
 * Makes the month's penalties final. Refused before the observations were asked, and before the
 * deadline unless the titulaire's observations were recorded.
 */
export function finalizePenalties(
  workflow: PenaltyWorkflow,
  action: PenaltyAction,
): Result<PenaltyWorkflow> {
  if (workflow.state === 'brouillon')
    return fail(
      'PENALTY.OBSERVATIONS_NOT_REQUESTED',
      'Invitez d’abord le titulaire à présenter ses observations (CCAG art. 14.1.1).',
    );
  if (workflow.state !== 'observations demandées') return refuse(workflow, 'rendre définitif');
  const step = parseAction(workflow, action);
  if (!step.ok) return step;
  const { deadline, deadlineDate } = workflow;
  if (
    workflow.observationsAt === null &&
    deadline !== null &&
    millisOf(step.value.at) < millisOf(deadline)
  )
    return fail(
      'PENALTY.OBSERVATION_PERIOD',
      `Le titulaire peut présenter ses observations jusqu'au ${civilDay(deadlineDate ?? '')} inclus : attendez la fin du délai ou enregistrez ses observations.`,
    );
  return succeed({
    ...workflow,
    state: 'définitif',
    history: [...workflow.history, { ...step.value, state: 'définitif' }],
  });
}

/** The state as the report prints it: "observations demandées le 02/03/2026, jusqu'au 17/03/2026 inclus". */
export function describePenaltyState(workflow: PenaltyWorkflow): string {
  const last = workflow.history.at(-1);
  switch (workflow.state) {
    case 'brouillon':
      return 'brouillon';
    case 'observations demandées': {
      const asked = workflow.requestedAt === null ? '' : ` le ${dayOf(workflow.requestedAt)}`;
      const until =
        workflow.deadlineDate === null
          ? ''
          : `, jusqu'au ${civilDay(workflow.deadlineDate)} inclus`;
      const received =
        workflow.observationsAt === null
          ? ''
          : ` ; observations reçues le ${dayOf(workflow.observationsAt)}`;
      return `observations demandées${asked}${until}${received}`;
    }
    case 'définitif':
      return last === undefined ? 'définitif' : `définitif le ${dayOf(last.at)}`;
  }
}
