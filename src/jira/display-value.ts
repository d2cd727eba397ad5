import { normaliseJiraDate } from './jira-time';

/**
 * A text as the clock engine compares it: empty is null, a Jira timestamp becomes its UTC ISO
 * instant (so `+0200` and `Z` spellings of one instant compare equal), anything else is kept.
 */
export function displayText(text: string): string | null {
  if (text === '') return null;
  return normaliseJiraDate(text) ?? text;
}

/**
 * The display string of a field value as Jira sends it in `fields`: status, priority… → name,
 * option → value, user → display name, arrays → their items joined with `, `, numbers and
 * booleans → their text, dates → ISO, empty → null; any other object → its JSON.
 */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return displayText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    const parts = items.map(displayValue).filter((part) => part !== null);
    return parts.length === 0 ? null : parts.join(', ');
  }
  if (typeof value === 'object') {
    if ('displayName' in value && typeof value.displayName === 'string') return value.displayName;
    if ('value' in value && typeof value.value === 'string') return value.value;
    if ('name' in value && typeof value.name === 'string') return value.name;
  }
  return JSON.stringify(value);
}

/**
 * One side of a changelog item: the raw `from`/`to` when it is a date (Jira puts the parseable
 * date there and a locale-formatted one in `fromString`/`toString`), else the display string.
 */
export function changeValue(
  raw: string | null | undefined,
  shown: string | null | undefined,
): string | null {
  const date = raw === null || raw === undefined ? undefined : normaliseJiraDate(raw);
  if (date !== undefined) return date;
  return shown === null || shown === undefined ? null : displayText(shown);
}
