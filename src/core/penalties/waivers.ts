import type { DraftLine } from './draft-line';
import type { PenaltyWaiver } from './inputs';

/**
 * Sets to 0 each line a waiver names (rule × subject); the line stays, marked `waived`, with who
 * decided, when and why. A waiver that names no line of the month is reported in a note.
 */
export function applyWaivers(
  lines: readonly DraftLine[],
  waivers: readonly PenaltyWaiver[],
): { readonly lines: DraftLine[]; readonly notes: string[] } {
  const used = new Set<PenaltyWaiver>();
  const waived = lines.map((line) => {
    const matching = waivers.filter((w) => w.rule === line.rule && w.subject === line.subject);
    const waiver = matching[0];
    if (waiver === undefined) return line;
    for (const w of matching) used.add(w);
    return {
      ...line,
      amountCents: 0,
      waived: true,
      computation: `${line.computation} — pénalité levée par ${waiver.author} le ${waiver.decidedAt} : ${waiver.reason}`,
    };
  });
  const notes = waivers
    .filter((waiver) => !used.has(waiver))
    .map(
      (waiver) =>
        `La renonciation de ${waiver.author} (${waiver.decidedAt}) vise la pénalité « ${waiver.rule} » pour ${waiver.subject}, absente ce mois : sans effet.`,
    );
  return { lines: waived, notes };
}
