export { computePenalties } from './compute-penalties';
export { CCAG_DEFAULT_RULES } from './ccag-defaults';
export { penaltyWaiverSchema } from './inputs';
export type { LateItem, PenaltiesComputation, PenaltyInputs, PenaltyWaiver } from './inputs';
export type { PenaltyLine } from './penalty-line';
export { shortfallOf } from './indicator-lines';
export {
  PENALTY_STATES,
  describePenaltyState,
  draftPenalties,
  finalizePenalties,
  penaltyActionSchema,
  recordObservations,
  requestObservations,
} from './workflow';
export type {
  ObservationOptions,
  PenaltyAction,
  PenaltyState,
  PenaltyStep,
  PenaltyWorkflow,
} from './workflow';
