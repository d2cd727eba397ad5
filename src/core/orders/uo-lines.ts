import { z } from 'zod';
import type { Catalogue, CatalogueUnit } from '../contract/catalogue-schema';
import { BILLING_LABELS, centsSchema } from '../contract/catalogue-schema';
import { formatEuros, formatQuantity, lineAmount, type Cents } from './money';

/** One line of Jalon's "Lignes UO" field as people enter it. */
export const uoLineSchema = z.strictObject({
  code: z.string().min(1),
  level: z.string().min(1).optional(),
  quantity: z.number(),
  /** A price agreed for this order, in cents; otherwise the catalogue's. */
  unitPrice: centsSchema.optional(),
});

/** The field's value: an object, as a Forge object custom field holds. */
export const uoLinesFieldSchema = z.strictObject({ lines: z.array(uoLineSchema) });

export type UoLineInput = z.output<typeof uoLineSchema>;

/** A line checked against the catalogue. */
export interface UoLine {
  /** 1-based, as people count lines. */
  readonly line: number;
  readonly code: string;
  readonly level: string | null;
  readonly label: string;
  readonly family: string | null;
  readonly billing: string | null;
  readonly quantity: number;
  readonly unitPrice: Cents | null;
  readonly amount: Cents | null;
  readonly development: boolean;
}

export interface LineProblem {
  readonly code: string;
  readonly message: string;
}

export interface CheckedLines {
  readonly lines: readonly UoLine[];
  /** Sum of the lines, or null when a price is missing. */
  readonly amount: Cents | null;
  /** Codes without a price (catalogue, level or line). */
  readonly unpriced: readonly string[];
  readonly problems: readonly LineProblem[];
  /** What to check by hand, such as a code that needs the administration's prior agreement. */
  readonly notices: readonly string[];
  /** "3 × UO-4 + 2 × UO-2F = 12 400,00 € HT". */
  readonly text: string;
}

function problem(code: string, message: string): LineProblem {
  return { code, message };
}

const onGrid = (quantity: number, step: number): boolean =>
  Math.abs(Math.round(quantity / step) * step - quantity) < 1e-9;

/** The code whose duration band holds `days`, among the codes of the same family that have bands. */
function bandCodeFor(catalogue: Catalogue, unit: CatalogueUnit, days: number): string | undefined {
  return catalogue.units.find(
    (u) =>
      u.family === unit.family &&
      u.durationBand !== undefined &&
      (u.durationBand.minDays === undefined || days >= u.durationBand.minDays) &&
      (u.durationBand.maxDays === undefined || days <= u.durationBand.maxDays),
  )?.code;
}

function checkLine(
  catalogue: Catalogue,
  input: UoLineInput,
  line: number,
  problems: LineProblem[],
): UoLine {
  const name = `ligne ${String(line)} (${input.code})`;
  const unit = catalogue.units.find((u) => u.code === input.code);
  const base = {
    line,
    code: input.code,
    level: input.level ?? null,
    quantity: input.quantity,
  };
  if (unit === undefined) {
    problems.push(
      problem(
        'ORDER.UNKNOWN_CODE',
        `${name} : code inconnu du catalogue ; codes possibles : ${catalogue.units.map((u) => u.code).join(', ')}.`,
      ),
    );
    return {
      ...base,
      label: input.code,
      family: null,
      billing: null,
      unitPrice: null,
      amount: null,
      development: false,
    };
  }
  if (!(input.quantity > 0))
    problems.push(
      problem(
        'ORDER.BAD_QUANTITY',
        `${name} : quantité ${formatQuantity(input.quantity)} ; attendu un nombre positif.`,
      ),
    );
  else if (!onGrid(input.quantity, unit.quantityStep))
    problems.push(
      problem(
        'ORDER.BAD_QUANTITY',
        `${name} : quantité ${formatQuantity(input.quantity)} hors du pas de ${formatQuantity(unit.quantityStep)} ; arrondissez-la au pas.`,
      ),
    );
  const level = unit.levels?.find((l) => l.id === input.level || l.label === input.level);
  if (unit.levels !== undefined && input.level === undefined)
    problems.push(
      problem(
        'ORDER.MISSING_LEVEL',
        `${name} : niveau manquant ; choisissez parmi ${unit.levels.map((l) => l.label).join(', ')}.`,
      ),
    );
  else if (unit.levels !== undefined && level === undefined)
    problems.push(
      problem(
        'ORDER.UNKNOWN_LEVEL',
        `${name} : niveau « ${input.level ?? ''} » inconnu ; choisissez parmi ${unit.levels.map((l) => l.label).join(', ')}.`,
      ),
    );
  else if (unit.levels === undefined && input.level !== undefined)
    problems.push(
      problem(
        'ORDER.UNEXPECTED_LEVEL',
        `${name} : ce code n'a pas de niveaux ; retirez « ${input.level} ».`,
      ),
    );
  const band = unit.durationBand;
  if (
    band !== undefined &&
    input.quantity > 0 &&
    ((band.minDays !== undefined && input.quantity < band.minDays) ||
      (band.maxDays !== undefined && input.quantity > band.maxDays))
  ) {
    const right = bandCodeFor(catalogue, unit, input.quantity);
    problems.push(
      problem(
        'ORDER.WRONG_TIER',
        `${name} : ${formatQuantity(input.quantity)} jour(s) hors de la tranche de ce code${right === undefined ? '' : ` ; le code de cette durée est ${right}`}.`,
      ),
    );
  }
  const unitPrice = input.unitPrice ?? level?.unitPrice ?? unit.unitPrice ?? null;
  return {
    ...base,
    level: level?.label ?? input.level ?? null,
    label: unit.label,
    family: unit.family,
    billing: BILLING_LABELS[unit.billing],
    unitPrice,
    amount:
      unitPrice === null || !(input.quantity > 0) ? null : lineAmount(input.quantity, unitPrice),
    development: unit.development,
  };
}

function describe(
  lines: readonly UoLine[],
  amount: Cents | null,
  unpriced: readonly string[],
): string {
  if (lines.length === 0) return 'aucune ligne';
  const terms = lines
    .map(
      (l) => `${formatQuantity(l.quantity)} × ${l.code}${l.level === null ? '' : ` (${l.level})`}`,
    )
    .join(' + ');
  if (amount !== null) return `${terms} = ${formatEuros(amount)} HT`;
  return `${terms} (prix non renseigné : ${unpriced.join(', ')})`;
}

/** Checks an order's lines against the catalogue: every problem names its line; nothing is dropped. */
export function checkLines(catalogue: Catalogue, inputs: readonly UoLineInput[]): CheckedLines {
  const problems: LineProblem[] = [];
  const lines = inputs.map((input, i) => checkLine(catalogue, input, i + 1, problems));
  const unpriced = [...new Set(lines.filter((l) => l.unitPrice === null).map((l) => l.code))];
  const amount =
    lines.length > 0 && lines.every((l) => l.amount !== null)
      ? lines.reduce((sum, l) => sum + (l.amount ?? 0), 0)
      : null;
  const notices = [
    ...new Set(
      inputs.flatMap((input) =>
        catalogue.units.some((u) => u.code === input.code && u.priorAgreement)
          ? [`${input.code} : accord préalable de l’administration requis avant la commande.`]
          : [],
      ),
    ),
  ];
  return { lines, amount, unpriced, problems, notices, text: describe(lines, amount, unpriced) };
}
