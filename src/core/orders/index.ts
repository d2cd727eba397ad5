export { formatEuros, formatQuantity, lineAmount } from './money';
export type { Cents } from './money';
export { checkLines, uoLinesFieldSchema, uoLineSchema } from './uo-lines';
export type { CheckedLines, LineProblem, UoLine, UoLineInput } from './uo-lines';
export { invoiceSchema, invoicesFieldSchema } from './invoices';
export type { Invoice } from './invoices';
export { evaluateOrder } from './evaluate-order';
export type {
  Acceptance,
  DeliveryOutcome,
  OrderOutcome,
  StepDeadline,
  StepOutcome,
} from './evaluate-order';
export type { CorrectionDeadline } from './corrections';
export type { EnvelopeOutcome, EnvelopeTicket } from './envelope';
export { evaluateOrders } from './portfolio';
export type { CapOutcome, OrdersEvaluation, OrdersOptions } from './portfolio';
export { comiteDashboard } from './dashboard';
export type { ComiteDashboard, DatedItem, Period, Tally } from './dashboard';
export type { DeliveryPunctuality, ValidationPunctuality } from './delivery-checks';
export { datesOf, isActiveIn } from './activity';
