import type { z } from 'zod';
import type { HttpMethod } from '../platform/http/transport';
import type { SandboxState } from './state';

/** Who the sandbox says made a change (the `X-Sandbox-User` header, or a default user). */
export interface SandboxUser {
  readonly accountId: string;
  readonly displayName: string;
}

/** What a route sees: the state before the request, the request's parts, the injected clock. */
export interface SandboxContext {
  readonly state: SandboxState;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body; undefined when the request had none. */
  readonly body: unknown;
  readonly now: number;
  /** The site's IANA zone: Jira timestamps are written with its offset. */
  readonly zone: string;
  /** The site's address, for `self` and `_links` (`http://127.0.0.1:4280`). */
  readonly baseUrl: string;
  readonly user: SandboxUser;
}

export interface SandboxReply {
  readonly status: number;
  /** A JSON value to send; undefined for an empty body (204). */
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A reply, and the new state when the request changed something. */
export interface RouteOutcome {
  readonly reply: SandboxReply;
  readonly state?: SandboxState;
}

export interface Route {
  readonly method: HttpMethod;
  /** The path template of the OpenAPI document, whole: `/rest/api/3/issue/{issueIdOrKey}`. */
  readonly template: string;
  readonly handle: (context: SandboxContext) => RouteOutcome;
}

export const reply = (status: number, json?: unknown): RouteOutcome =>
  json === undefined ? { reply: { status } } : { reply: { status, json } };

export const changed = (state: SandboxState, status: number, json?: unknown): RouteOutcome => ({
  ...reply(status, json),
  state,
});

/** Jira's `ErrorCollection`: general messages and messages by field. */
export function jiraError(
  status: number,
  messages: readonly string[],
  errors: Readonly<Record<string, string>> = {},
): RouteOutcome {
  return reply(status, { errorMessages: [...messages], errors: { ...errors } });
}

/** Jira's answer to a body it cannot read or that does not match the request schema. */
export const JIRA_BAD_PAYLOAD =
  'Invalid request payload. Refer to the REST API documentation and try again.';

/** Confluence v2's error list: `{ errors: [{ status, code, title, detail }] }`. */
export function confluenceError(
  status: number,
  code: string,
  title: string,
  detail: string | null = null,
): RouteOutcome {
  return reply(status, { errors: [{ status, code, title, detail }] });
}

/** A body read with its schema, or null when it does not match. */
export function readBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> | null {
  const parsed = schema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** An opaque continuation token (base64url of JSON), as Atlassian's tokens look to a client. */
export function encodeCursor(value: Readonly<Record<string, string | number>>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The value of a token made by `encodeCursor`, or null when it is not one. */
export function decodeCursor<S extends z.ZodType>(token: string, schema: S): z.output<S> | null {
  try {
    return readBody(schema, JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
}

/** The routes matching a path, with the path parameters of each (decoded). */
export function matchRoutes(
  routes: readonly Route[],
  path: string,
): { route: Route; params: Record<string, string> }[] {
  const segments = path.split('/');
  return routes.flatMap((route) => {
    const pattern = route.template.split('/');
    if (pattern.length !== segments.length) return [];
    const params: Record<string, string> = {};
    for (const [index, part] of pattern.entries()) {
      const segment = segments[index] ?? '';
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        if (part !== segment) return [];
      } else {
        if (segment === '') return [];
        params[name] = safeDecode(segment);
      }
    }
    return [{ route, params }];
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
