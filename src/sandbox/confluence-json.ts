import { z } from 'zod';
import { idOf } from './jira-values';
import {
  confluenceError,
  decodeCursor,
  encodeCursor,
  readBody,
  type RouteOutcome,
  type SandboxContext,
} from './routes';
import type { SandboxPage, SandboxSpace, SandboxState } from './state';

/** The JSON shapes of Confluence Cloud REST v2 for the sandbox's spaces, pages and properties. */

export const API = '/wiki/api/v2';

export const notFound = (): RouteOutcome => confluenceError(404, 'NOT_FOUND', 'Not Found');

export const badRequest = (title: string): RouteOutcome =>
  confluenceError(400, 'INVALID_REQUEST_PARAMETER', title);

/** Confluence refuses a second current page of one title in a space. */
export const DUPLICATE_TITLE =
  'A page with this title already exists: A page already exists with the same TITLE in this space';

const cursorSchema = z.object({ offset: z.number().int().nonnegative() });

/**
 * One page of results (`limit` 1–250, default 25) and its `_links.next`, also sent as a `Link`
 * header, as v2 lists paginate.
 */
export function listReply(
  context: SandboxContext,
  path: string,
  items: readonly unknown[],
): RouteOutcome {
  const limit = Math.min(Math.max(Number(context.query.get('limit') ?? '25') || 25, 1), 250);
  const token = context.query.get('cursor');
  const cursor = token === null ? { offset: 0 } : decodeCursor(token, cursorSchema);
  if (cursor === null) return badRequest('The cursor is invalid.');
  const end = cursor.offset + limit;
  const base = `${context.baseUrl}/wiki`;
  if (end >= items.length)
    return {
      reply: { status: 200, json: { results: items.slice(cursor.offset), _links: { base } } },
    };
  const query = new URLSearchParams(context.query);
  query.set('cursor', encodeCursor({ offset: end }));
  const next = `${API}${path}?${query.toString()}`;
  return {
    reply: {
      status: 200,
      json: { results: items.slice(cursor.offset, end), _links: { next, base } },
      headers: { link: `<${next}>; rel="next"` },
    },
  };
}

export function spaceJson(space: SandboxSpace) {
  const links = { webui: `/spaces/${space.key}` };
  return {
    id: space.id,
    key: space.key,
    name: space.name,
    type: 'global',
    status: 'current',
    _links: links,
  };
}

const spaceKeyOf = (state: SandboxState, page: SandboxPage): string =>
  state.spaces.find((space) => space.id === page.spaceId)?.key ?? page.spaceId;

/** `PageBulk` (`PageSingle` with `base` in `_links`), with its storage body when asked. */
export function pageJson(
  context: SandboxContext,
  page: SandboxPage,
  options: { readonly body: boolean; readonly single: boolean },
) {
  const links = {
    webui: `/spaces/${spaceKeyOf(context.state, page)}/pages/${page.id}`,
    editui: `/pages/resumedraft.action?draftId=${page.id}`,
    tinyui: `/x/${page.id}`,
    ...(options.single ? { base: `${context.baseUrl}/wiki` } : {}),
  };
  return {
    id: page.id,
    status: 'current',
    title: page.title,
    spaceId: page.spaceId,
    ...(page.parentId === null ? {} : { parentId: page.parentId, parentType: 'page' }),
    createdAt: page.createdAt,
    version: {
      number: page.version,
      message: page.versionMessage ?? '',
      minorEdit: false,
      createdAt: page.updatedAt ?? page.createdAt,
    },
    body: options.body ? { storage: { representation: 'storage', value: page.body } } : {},
    _links: links,
  };
}

/** `ContentProperty`; the sandbox keeps no property versions, each is at version 1. */
export function propertyJson(page: SandboxPage, key: string) {
  return {
    id: idOf(`${page.id}/${key}`),
    key,
    value: page.properties[key],
    version: { number: 1, message: '', minorEdit: false, createdAt: page.createdAt },
  };
}

/** Whether `body-format` asks for the storage body; a format the sandbox cannot make is refused. */
export function bodyFormat(context: SandboxContext): boolean | RouteOutcome {
  const format = context.query.get('body-format');
  if (format === null) return false;
  if (format === 'storage') return true;
  return badRequest(`body-format '${format}' is not emulated by the sandbox: use storage.`);
}

const write = z.object({
  representation: z.enum(['storage', 'atlas_doc_format', 'wiki']),
  value: z.string(),
});
const nested = z.object({ storage: write });

/** The storage value of `PageBodyWrite` or `PageNestedBodyWrite`; null for other formats. */
export function storageBody(body: unknown): string | null {
  const flat = readBody(write, body);
  if (flat !== null) return flat.representation === 'storage' ? flat.value : null;
  const inner = readBody(nested, body);
  return inner?.storage.representation === 'storage' ? inner.storage.value : null;
}

/** Another current page of this title in the space (Confluence keeps titles unique there). */
export function titleTaken(state: SandboxState, spaceId: string, title: string, self?: string) {
  return state.pages.some((p) => p.spaceId === spaceId && p.title === title && p.id !== self);
}

export const isoInstant = (ms: number): string => new Date(ms).toISOString();
