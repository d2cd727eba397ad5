import { IANAZone } from 'luxon';
import { endpointPath } from '../platform/http/endpoint';
import {
  TransportError,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
} from '../platform/http/transport';
import { API } from './confluence-json';
import { CONFLUENCE_ROUTES } from './confluence-routes';
import { DRIVE_ROUTES } from './drive-routes';
import { faultReply, planFaults, seededRandom, type FaultOptions } from './faults';
import { JIRA_PERMISSION_ROUTES } from './jira-permissions';
import { JIRA_PROPERTY_ROUTES } from './jira-properties';
import { APP_USER, JIRA_ROUTES } from './jira-routes';
import { JIRA_SEARCH_ROUTES } from './jira-search';
import { idOf } from './jira-values';
import { DEFAULT_JQL_ZONE } from './jql';
import {
  confluenceError,
  jiraError,
  matchRoutes,
  JIRA_BAD_PAYLOAD,
  type Route,
  type RouteOutcome,
  type SandboxUser,
} from './routes';
import type { SandboxState } from './state';

/**
 * Called with each request body (`status` null) and each response (its status) of a matched
 * route; `route` is the OpenAPI path template (`/wiki/api/v2/pages/{id}`). Tests validate
 * against the OpenAPI documents here; a throw fails the request.
 */
export type SandboxValidator = (
  route: string,
  method: HttpMethod,
  status: number | null,
  json: unknown,
) => void;

export interface SandboxOptions {
  readonly now: () => number;
  /** The site's zone, for Jira timestamps and JQL dates; `Europe/Paris` by default. */
  readonly zone?: string;
  readonly faults?: FaultOptions;
  /** Draws the faults; a seeded generator by default. */
  readonly random?: () => number;
  readonly validate?: SandboxValidator;
  /** The site's address in `self` and `_links`; `http://127.0.0.1` by default. */
  readonly baseUrl?: string;
  /** Called after each request that changed the state (to save it). */
  readonly onChange?: (state: SandboxState) => void;
}

export interface Sandbox {
  readonly transport: HttpTransport;
  state(): SandboxState;
}

const ROUTES: readonly Route[] = [
  ...JIRA_SEARCH_ROUTES,
  ...JIRA_ROUTES,
  ...JIRA_PERMISSION_ROUTES,
  ...JIRA_PROPERTY_ROUTES,
  ...DRIVE_ROUTES,
  ...CONFLUENCE_ROUTES,
];

const PAGE_UPDATE = `${API}/pages/{id}`;
const DEFAULT_USER: SandboxUser = {
  accountId: '712020:sandbox-user',
  displayName: 'Utilisateur du bac à sable',
};

const header = (request: HttpRequest, wanted: string): string =>
  Object.entries(request.headers ?? {})
    .find(([name]) => name.toLowerCase() === wanted)?.[1]
    .trim() ?? '';

/**
 * Who acts: the `X-Sandbox-Account` header (an account id: the app's, or one of the state's
 * accounts, as Forge's `asApp()` and `asUser(accountId)` would), else the `X-Sandbox-User` header
 * (a display name), else the default user.
 */
function userOf(request: HttpRequest, state: SandboxState): SandboxUser {
  const accountId = header(request, 'x-sandbox-account');
  if (accountId !== '') {
    if (accountId === APP_USER.accountId) return APP_USER;
    const account = state.accounts?.find((a) => a.accountId === accountId);
    return { accountId, displayName: account?.displayName ?? accountId };
  }
  const name = header(request, 'x-sandbox-user');
  return name === '' ? DEFAULT_USER : { accountId: `712020:${idOf(name)}`, displayName: name };
}

/** An error in the product's own shape: Confluence v2 under `/wiki`, Jira elsewhere. */
function productError(
  confluence: boolean,
  status: number,
  code: string,
  text: string,
): RouteOutcome {
  return confluence ? confluenceError(status, code, text) : jiraError(status, [text]);
}

function toResponse(outcome: RouteOutcome): HttpResponse {
  const { status, json, headers } = outcome.reply;
  const type: Record<string, string> =
    json === undefined ? {} : { 'content-type': 'application/json;charset=UTF-8' };
  return {
    status,
    headers: { ...type, ...headers },
    body: json === undefined ? '' : JSON.stringify(json),
  };
}

function parseJson(body: string | undefined): { value: unknown } | null {
  if (body === undefined || body.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return null;
  }
}

/**
 * An in-memory Jira Cloud + Confluence Cloud answering the REST subset Jalon calls, as the
 * HTTP transport of the real adapters (in tests, in-process, behind the HTTP server).
 */
export function createSandbox(initial: SandboxState, options: SandboxOptions): Sandbox {
  const zone = options.zone ?? DEFAULT_JQL_ZONE;
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
  const baseUrl = (options.baseUrl ?? 'http://127.0.0.1').replace(/\/+$/, '');
  const faults =
    options.faults === undefined
      ? null
      : planFaults(options.faults, options.random ?? seededRandom(0x5eed));
  const retryAfterSeconds = options.faults?.retryAfterSeconds ?? 1;
  let current = initial;

  async function send(request: HttpRequest): Promise<HttpResponse> {
    await faults?.delay();
    const url = new URL(request.path, 'http://sandbox');
    const path = url.pathname;
    const confluence = path.startsWith('/wiki/');
    const candidates = matchRoutes(ROUTES, path);
    const match = candidates.find((c) => c.route.method === request.method);
    if (match === undefined) {
      if (candidates.length === 0)
        return toResponse(productError(confluence, 404, 'NOT_FOUND', `No resource at ${path}.`));
      const allow = [...new Set(candidates.map((c) => c.route.method))].join(', ');
      const refused = productError(confluence, 405, 'METHOD_NOT_ALLOWED', 'Method Not Allowed');
      return toResponse({ reply: { ...refused.reply, headers: { allow } } });
    }
    const { route, params } = match;
    const body = parseJson(request.body);
    if (body === null) {
      const text = confluence ? 'The request body is not valid JSON.' : JIRA_BAD_PAYLOAD;
      return toResponse(productError(confluence, 400, 'INVALID_REQUEST_PARAMETER', text));
    }
    if (body.value !== undefined)
      options.validate?.(route.template, request.method, null, body.value);
    const pageId = params.id ?? '';
    const conflictable =
      route.template === PAGE_UPDATE &&
      request.method === 'PUT' &&
      current.pages.some((p) => p.id === pageId);
    const fault = faults?.decide(request, conflictable) ?? null;
    if (fault === 'dropped')
      throw new TransportError(request.method, endpointPath(request.path), 'ECONNRESET');
    const context = {
      state: current,
      params,
      query: url.searchParams,
      body: body.value,
      now: options.now(),
      zone,
      baseUrl,
      user: userOf(request, current),
    };
    const outcome =
      fault === null
        ? route.handle(context)
        : faultReply(fault, current, { confluence, pageId, now: context.now, retryAfterSeconds });
    if (outcome.state !== undefined && outcome.state !== current) {
      current = outcome.state;
      options.onChange?.(current);
    }
    options.validate?.(route.template, request.method, outcome.reply.status, outcome.reply.json);
    return toResponse(outcome);
  }

  return { transport: { send }, state: () => current };
}
