import type { KeyValueStore, StoredPage } from '../runtime';
import { guardedStore } from '../store/kvs-rules';

/**
 * Forge's key-value store in memory, with its rules (`guardedStore`) and its behaviour: values
 * go through JSON both ways (what is read is a copy, never the caller's object), a prefix query
 * returns keys in ascending order a page at a time with an opaque cursor. `onChange` sees every
 * entry after each write (the file store saves them).
 */
export function memoryStore(
  initial: Readonly<Record<string, unknown>> = {},
  onChange?: (entries: Readonly<Record<string, unknown>>) => void,
): KeyValueStore & { entries(): Record<string, unknown> } {
  const data = new Map<string, string>(
    Object.entries(initial).map(([key, value]) => [key, JSON.stringify(value)]),
  );
  const entries = (): Record<string, unknown> =>
    Object.fromEntries([...data].map(([key, text]) => [key, JSON.parse(text) as unknown]));
  const changed = (): void => onChange?.(entries());
  const store: KeyValueStore = {
    get: (key) => {
      const text = data.get(key);
      return Promise.resolve(text === undefined ? undefined : (JSON.parse(text) as unknown));
    },
    set: (key, value) => {
      data.set(key, JSON.stringify(value));
      changed();
      return Promise.resolve();
    },
    delete: (key) => {
      if (data.delete(key)) changed();
      return Promise.resolve();
    },
    query: (prefix, page = {}) => {
      const after =
        page.cursor === undefined ? '' : Buffer.from(page.cursor, 'base64url').toString();
      const keys = [...data.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const limit = page.limit ?? keys.length;
      const shown = keys.slice(0, limit);
      const last = shown.at(-1);
      const result: StoredPage = {
        results: shown.map((key) => ({
          key,
          value: JSON.parse(data.get(key) ?? 'null') as unknown,
        })),
        nextCursor:
          keys.length > limit && last !== undefined
            ? Buffer.from(last).toString('base64url')
            : null,
      };
      return Promise.resolve(result);
    },
  };
  return { ...guardedStore(store), entries };
}
