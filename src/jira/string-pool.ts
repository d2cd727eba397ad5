/** Longer texts are rarely repeated from one issue to the next: not worth a lookup. */
const MAX_POOLED_LENGTH = 64;

/**
 * One copy of each short text read from Jira (field ids, status names, authors, option values):
 * JSON parsing gives every issue its own copies, and 50,000 issues repeat the same few hundred.
 */
export class StringPool {
  private readonly known = new Map<string, string>();

  intern<T extends string | null>(text: T): T {
    if (text === null || text.length > MAX_POOLED_LENGTH) return text;
    const known = this.known.get(text);
    if (known !== undefined) return known as T;
    this.known.set(text, text);
    return text;
  }
}
