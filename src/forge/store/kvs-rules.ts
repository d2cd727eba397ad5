import { fail, succeed, type Result } from '../../core/result';
import type { KeyValueStore } from '../runtime';

/**
 * Forge's key-value store rules (forge-platform.md §3.2), checked before anything is written so
 * that a breach fails here with a French message instead of deep inside the platform: a key is
 * at most 500 characters of letters, digits, `: . _ - #` and spaces (not only spaces); a value is
 * at most 240 KiB of JSON.
 */

/** Forge's `/^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/`, with the dash moved last to read as a character. */
export const KVS_KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;
export const KVS_MAX_KEY_LENGTH = 500;
export const KVS_MAX_VALUE_BYTES = 240 * 1024;
/** Forge's maximum page size of a key prefix query. */
export const KVS_MAX_PAGE = 20;

export const STORE_BAD_KEY = 'STORE.BAD_KEY';
export const STORE_TOO_LARGE = 'STORE.TOO_LARGE';

/** A write that breaks a rule: a programmer error when it reaches the store (callers check first). */
export class StoreLimitError extends Error {
  override readonly name = 'StoreLimitError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export function checkKey(key: string): Result<string> {
  if (key.length > KVS_MAX_KEY_LENGTH || !KVS_KEY_PATTERN.test(key))
    return fail(
      STORE_BAD_KEY,
      `Clé de stockage refusée « ${key.slice(0, 80)} » : au plus ${String(KVS_MAX_KEY_LENGTH)} caractères parmi lettres sans accent, chiffres, espaces et « : . _ - # ».`,
    );
  return succeed(key);
}

/** The size Forge counts for a value: its JSON in UTF-8. */
export function valueBytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** `what` names the value in the message ("la configuration du contrat « atih-2025 »"). */
export function checkValue(value: unknown, what: string, advice: string): Result<null> {
  const bytes = valueBytes(value);
  if (bytes > KVS_MAX_VALUE_BYTES)
    return fail(
      STORE_TOO_LARGE,
      `${what} occupe ${String(Math.ceil(bytes / 1024))} Kio, au-delà des ${String(KVS_MAX_VALUE_BYTES / 1024)} Kio qu’une valeur Forge peut contenir : ${advice}`,
    );
  return succeed(null);
}

/** A store that refuses, before writing, any key or value breaking Forge's rules (a rejection). */
export function guardedStore(store: KeyValueStore): KeyValueStore {
  const key = (text: string): string => {
    const checked = checkKey(text);
    if (!checked.ok) throw new StoreLimitError(checked.code, checked.message);
    return text;
  };
  return {
    get: async (k) => store.get(key(k)),
    delete: async (k) => store.delete(key(k)),
    query: async (prefix, page) => {
      const limit = page?.limit ?? KVS_MAX_PAGE;
      if (!Number.isInteger(limit) || limit < 1 || limit > KVS_MAX_PAGE)
        throw new RangeError(
          `query limit must be 1 to ${String(KVS_MAX_PAGE)}, got ${String(limit)}`,
        );
      return store.query(key(prefix), { ...page, limit });
    },
    set: async (k, value) => {
      const checked = checkValue(value, `La valeur de « ${k} »`, 'découpez-la.');
      if (!checked.ok) throw new StoreLimitError(checked.code, checked.message);
      return store.set(key(k), value);
    },
  };
}
