/**
 * Appends a segment to a consecutive list, joining it to the previous one when both have the same
 * kind and text and touch; empty segments are dropped. Used by every explanation Jalon builds.
 */
export function appendSegment<
  T extends { readonly start: number; readonly end: number; readonly kind: string },
>(out: T[], segment: T, text: (segment: T) => string): void {
  if (segment.end <= segment.start) return;
  const last = out[out.length - 1];
  if (last?.kind === segment.kind && text(last) === text(segment) && last.end === segment.start) {
    out[out.length - 1] = { ...last, end: segment.end };
  } else out.push(segment);
}
