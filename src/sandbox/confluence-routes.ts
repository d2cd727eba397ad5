import { z } from 'zod';
import {
  API,
  badRequest,
  bodyFormat,
  DUPLICATE_TITLE,
  isoInstant,
  listReply,
  notFound,
  pageJson,
  propertyJson,
  spaceJson,
  storageBody,
  titleTaken,
} from './confluence-json';
import {
  changed,
  confluenceError,
  readBody,
  reply,
  type Route,
  type RouteOutcome,
  type SandboxContext,
} from './routes';
import type { SandboxPage, SandboxState } from './state';

const values = (context: SandboxContext, name: string): string[] | null => {
  const raw = context.query.get(name);
  return raw === null ? null : raw.split(',').map((part) => part.trim());
};

/** `GET /spaces?keys=…&ids=…`. */
function listSpaces(context: SandboxContext): RouteOutcome {
  const [keys, ids] = [values(context, 'keys'), values(context, 'ids')];
  const spaces = context.state.spaces.filter(
    (space) =>
      (keys === null || keys.includes(space.key)) && (ids === null || ids.includes(space.id)),
  );
  return listReply(context, '/spaces', spaces.map(spaceJson));
}

/** `GET /pages?space-id=…&title=…&status=…&id=…&body-format=storage`. */
function listPages(context: SandboxContext): RouteOutcome {
  const body = bodyFormat(context);
  if (typeof body !== 'boolean') return body;
  const [spaceIds, ids] = [values(context, 'space-id'), values(context, 'id')];
  const statuses = values(context, 'status') ?? ['current'];
  const title = context.query.get('title');
  const pages = context.state.pages.filter(
    (page) =>
      (spaceIds === null || spaceIds.includes(page.spaceId)) &&
      (ids === null || ids.includes(page.id)) &&
      (title === null || page.title === title) &&
      (statuses.includes('current') || statuses.includes('any')),
  );
  const shown = pages.map((page) => pageJson(context, page, { body, single: false }));
  return listReply(context, '/pages', shown);
}

const pageOf = (state: SandboxState, id: string | undefined) =>
  state.pages.find((page) => page.id === id);

const withPage = (state: SandboxState, page: SandboxPage): SandboxState => ({
  ...state,
  pages: state.pages.map((p) => (p.id === page.id ? page : p)),
});

/** `GET /pages/{id}?body-format=storage`. */
function getPage(context: SandboxContext): RouteOutcome {
  const page = pageOf(context.state, context.params.id);
  if (page === undefined) return notFound();
  const body = bodyFormat(context);
  if (typeof body !== 'boolean') return body;
  return reply(200, pageJson(context, page, { body, single: true }));
}

const createBody = z.looseObject({
  spaceId: z.string(),
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().optional(),
  parentId: z.string().optional(),
  body: z.unknown().optional(),
});

/** A parent that exists in the page's space, or the reason it cannot be one. */
function checkParent(state: SandboxState, spaceId: string, parentId: string | undefined) {
  if (parentId === undefined) return null;
  const parent = pageOf(state, parentId);
  return parent?.spaceId === spaceId ? null : notFound();
}

/** `POST /pages`: a current page in storage format; its title is unique in the space. */
function createPage(context: SandboxContext): RouteOutcome {
  const request = readBody(createBody, context.body ?? {});
  if (request === null) return badRequest('The request body is not a valid page.');
  if (request.status === 'draft') return badRequest('Drafts are not emulated by the sandbox.');
  const title = request.title?.trim() ?? '';
  if (title === '') return badRequest('A page must have a title.');
  const body = storageBody(request.body ?? { representation: 'storage', value: '' });
  if (body === null) return badRequest('The sandbox stores storage-format bodies only.');
  const state = context.state;
  if (!state.spaces.some((space) => space.id === request.spaceId)) return notFound();
  const parent = checkParent(state, request.spaceId, request.parentId);
  if (parent !== null) return parent;
  if (titleTaken(state, request.spaceId, request.title ?? ''))
    return confluenceError(400, 'BAD_REQUEST', DUPLICATE_TITLE);
  const page: SandboxPage = {
    id: String(state.next.page),
    spaceId: request.spaceId,
    parentId: request.parentId ?? null,
    title: request.title ?? '',
    body,
    version: 1,
    createdAt: isoInstant(context.now),
    properties: {},
  };
  const next: SandboxState = {
    ...state,
    pages: [...state.pages, page],
    next: { ...state.next, page: state.next.page + 1 },
  };
  return changed(
    next,
    200,
    pageJson({ ...context, state: next }, page, { body: true, single: true }),
  );
}

const updateBody = z.looseObject({
  id: z.string(),
  status: z.enum(['current', 'draft']),
  title: z.string(),
  parentId: z.string().optional(),
  body: z.unknown(),
  version: z.looseObject({ number: z.number().int(), message: z.string().optional() }),
});

/** `PUT /pages/{id}`: the version must be the current one plus one, else 409. */
function updatePage(context: SandboxContext): RouteOutcome {
  const page = pageOf(context.state, context.params.id);
  if (page === undefined) return notFound();
  const request = readBody(updateBody, context.body ?? {});
  if (request === null) return badRequest('The request body is not a valid page update.');
  if (request.id !== page.id)
    return badRequest('The page id of the body is not the one of the path.');
  if (request.status === 'draft') return badRequest('Drafts are not emulated by the sandbox.');
  if (request.version.number !== page.version + 1)
    return confluenceError(
      409,
      'CONFLICT',
      `Version must be incremented on update. Current version is: ${String(page.version)}`,
    );
  const body = storageBody(request.body);
  if (body === null) return badRequest('The sandbox stores storage-format bodies only.');
  if (request.title.trim() === '') return badRequest('A page must have a title.');
  if (titleTaken(context.state, page.spaceId, request.title, page.id))
    return confluenceError(400, 'BAD_REQUEST', DUPLICATE_TITLE);
  const parent = checkParent(context.state, page.spaceId, request.parentId);
  if (parent !== null) return parent;
  const updated: SandboxPage = {
    ...page,
    title: request.title,
    body,
    parentId: request.parentId ?? page.parentId,
    version: request.version.number,
    updatedAt: isoInstant(context.now),
    versionMessage: request.version.message ?? '',
  };
  const next = withPage(context.state, updated);
  return changed(
    next,
    200,
    pageJson({ ...context, state: next }, updated, { body: true, single: true }),
  );
}

/** `GET /pages/{page-id}/properties?key=…`. */
function listProperties(context: SandboxContext): RouteOutcome {
  const page = pageOf(context.state, context.params['page-id']);
  if (page === undefined) return notFound();
  const key = context.query.get('key');
  const keys = Object.keys(page.properties).filter((k) => key === null || k === key);
  return listReply(
    context,
    `/pages/${page.id}/properties`,
    keys.map((k) => propertyJson(page, k)),
  );
}

const propertyBody = z.looseObject({ key: z.string().min(1).max(255), value: z.unknown() });

/** `POST /pages/{page-id}/properties`: a new key only (409 when it exists). */
function createProperty(context: SandboxContext): RouteOutcome {
  const page = pageOf(context.state, context.params['page-id']);
  if (page === undefined) return notFound();
  const request = readBody(propertyBody, context.body ?? {});
  if (request === null) return badRequest('A content property needs a key and a value.');
  if (Object.hasOwn(page.properties, request.key))
    return confluenceError(
      409,
      'CONFLICT',
      `Cannot create property '${request.key}': a property with this key already exists.`,
    );
  const updated = { ...page, properties: { ...page.properties, [request.key]: request.value } };
  return changed(withPage(context.state, updated), 200, propertyJson(updated, request.key));
}

/** `GET /pages/{id}/children`: the direct children, in creation order. */
function listChildren(context: SandboxContext): RouteOutcome {
  const page = pageOf(context.state, context.params.id);
  if (page === undefined) return notFound();
  const children = context.state.pages
    .filter((child) => child.parentId === page.id)
    .map((child, index) => ({
      id: child.id,
      status: 'current',
      title: child.title,
      spaceId: child.spaceId,
      childPosition: index,
    }));
  return listReply(context, `/pages/${page.id}/children`, children);
}

export const CONFLUENCE_ROUTES: readonly Route[] = [
  { method: 'GET', template: `${API}/spaces`, handle: listSpaces },
  { method: 'GET', template: `${API}/pages`, handle: listPages },
  { method: 'POST', template: `${API}/pages`, handle: createPage },
  { method: 'GET', template: `${API}/pages/{id}`, handle: getPage },
  { method: 'PUT', template: `${API}/pages/{id}`, handle: updatePage },
  { method: 'GET', template: `${API}/pages/{page-id}/properties`, handle: listProperties },
  { method: 'POST', template: `${API}/pages/{page-id}/properties`, handle: createProperty },
  { method: 'GET', template: `${API}/pages/{id}/children`, handle: listChildren },
];
