import { z } from 'zod';
import { centsSchema } from '../contract/catalogue-schema';
import { isIsoDate } from '../time/civil-date';

const isoDate = z
  .string()
  .refine(isIsoDate, 'Date attendue au format AAAA-MM-JJ, par exemple "2026-03-31".');

/** One invoice of an order, as entered in Jalon's "Factures" field. Amounts in cents HT. */
export const invoiceSchema = z.strictObject({
  number: z.string().min(1),
  date: isoDate,
  amount: centsSchema,
  paidOn: isoDate.optional(),
  paidAmount: centsSchema.optional(),
});

export const invoicesFieldSchema = z.strictObject({ invoices: z.array(invoiceSchema) });

export type Invoice = z.output<typeof invoiceSchema>;
