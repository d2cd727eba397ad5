import type { Issue } from '../../core/result';

/** What an Atlassian error body says: general messages, and field errors with their field. */
export interface ErrorDetails {
  readonly messages: readonly string[];
  readonly fields: readonly Issue[];
}

const MAX_TEXT = 200;

/**
 * Reads an error body in any of the shapes Atlassian sends:
 * - Jira: `{ errorMessages: string[], errors: { field: message } }`;
 * - Confluence v2: `{ errors: [{ status, code, title, detail }] }`;
 * - gateways and Confluence v1: `{ message }`;
 * - anything else that is not JSON: its text, shortened, unless it is an HTML page.
 */
export function readErrorBody(body: string): ErrorDetails {
  const json = parseJson(body);
  if (json === undefined) return { messages: plainText(body), fields: [] };
  if (typeof json === 'string') return { messages: plainText(json), fields: [] };
  if (typeof json !== 'object' || json === null) return { messages: [], fields: [] };

  const messages: string[] = [];
  const fields: Issue[] = [];
  if ('errorMessages' in json && Array.isArray(json.errorMessages)) {
    const items: readonly unknown[] = json.errorMessages;
    messages.push(...items.filter(isText));
  }
  if ('errors' in json) {
    const errors: unknown = json.errors;
    if (Array.isArray(errors)) {
      const items: readonly unknown[] = errors;
      messages.push(...items.map(confluenceError).filter(isText));
    } else if (typeof errors === 'object' && errors !== null) {
      for (const [path, message] of Object.entries(errors)) {
        if (isText(message)) fields.push({ path, message });
      }
    }
  }
  if ('message' in json && isText(json.message)) messages.push(json.message);
  if ('errorMessage' in json && isText(json.errorMessage)) messages.push(json.errorMessage);
  return { messages, fields };
}

/** `title : detail` of one Confluence v2 error, or whichever of the two is there. */
function confluenceError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return isText(error) ? error : undefined;
  const title = 'title' in error && isText(error.title) ? error.title : undefined;
  const detail = 'detail' in error && isText(error.detail) ? error.detail : undefined;
  if (title !== undefined && detail !== undefined && title !== detail)
    return `${title} : ${detail}`;
  return detail ?? title ?? ('code' in error && isText(error.code) ? error.code : undefined);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function plainText(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '' || flat.startsWith('<')) return [];
  return [flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat];
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
