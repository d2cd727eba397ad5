// The parts of a version the forms edit as their JSON shape (penalties, indicators, catalogue):
// read with light guards, written at a path of keys. What the values must be is for the
// contract model to say, at the preview; a form only puts what is typed where it belongs.
import { useEditing, useVersion } from './draft';

export type Json = Record<string, unknown>;
export type Key = string | number;

/** The value as an object, or an empty one. */
export const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** The value as a list, or an empty one. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

export const asNumber = (value: unknown): number | string | undefined =>
  typeof value === 'number' || typeof value === 'string' ? value : undefined;

/** A list of ids typed as "a, b": the ids; empty text, no list. */
export const listOfText = (text: string): string[] | undefined => {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return items.length === 0 ? undefined : items;
};

export const textOfList = (value: unknown): string => asList(value).map(asText).join(', ');

/** Sets `value` at `keys` under `root` (objects made on the way); `undefined` removes the key. */
export function setIn(root: Json, keys: readonly Key[], value: unknown): void {
  let at: unknown = root;
  keys.slice(0, -1).forEach((key, i) => {
    const holder = at as Record<Key, unknown>;
    const next = holder[key];
    if (typeof next !== 'object' || next === null)
      holder[key] = typeof keys[i + 1] === 'number' ? [] : {};
    at = holder[key];
  });
  const last = keys.at(-1);
  if (last === undefined) return;
  const holder = at as Record<Key, unknown>;
  if (value === undefined && !Array.isArray(holder)) Reflect.deleteProperty(holder, last);
  else holder[last] = value;
}

export type PartKey = 'penalties' | 'indicators' | 'catalogue';

/** A part of the version being edited: its value, its path, and a setter at keys under it. */
export function usePart(key: PartKey): {
  readonly value: unknown;
  readonly at: string;
  readonly set: (keys: readonly Key[], value: unknown) => void;
} {
  const { change, version: index } = useEditing();
  const { version, at } = useVersion();
  return {
    value: (version as unknown as Json)[key],
    at: `${at}.${key}`,
    set: (keys, value) => {
      change((d) => {
        const target = d.versions[index] as unknown as Json | undefined;
        if (target !== undefined) setIn(target, [key, ...keys], value);
      });
    },
  };
}

/** The path of an item: `versions[0].penalties.rules[2].amountCents`. */
export const pathOf = (at: string, keys: readonly Key[]): string =>
  keys.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${String(key)}]` : `${path}.${key}`),
    at,
  );
