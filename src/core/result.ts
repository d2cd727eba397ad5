/** One problem found in an input, located by its JSON path (`windows[1].to`). */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * An expected failure: a stable `code` for programs, a French `message` for people that says
 * what to fix, and for validation failures every `issues` entry with its path.
 */
export interface Failure {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

export type Result<T> = Success<T> | Failure;

export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string, issues?: readonly Issue[]): Failure {
  return issues === undefined ? { ok: false, code, message } : { ok: false, code, message, issues };
}
