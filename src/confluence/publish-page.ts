import { z } from 'zod';
import { fail, succeed, type Failure, type Result, type Success } from '../core/result';
import {
  createPagePropertyRequest,
  createPageRequest,
  pagePropertyRequest,
  pageRequest,
  pagesByTitleRequest,
  spaceByKeyRequest,
  updatePageRequest,
  type ConfluenceRequest,
} from './confluence-requests';
import { readResponseBody } from '../platform/http/read-body';

/** What the adapter needs from an HTTP client; a failure carries the last HTTP status. */
export interface ConfluenceHttp {
  send(
    request: ConfluenceRequest,
    options?: { readonly objects?: (json: unknown) => number; readonly write?: boolean },
  ): Promise<
    | Success<{ readonly status: number; readonly body: string }>
    | (Failure & { readonly status?: number | null })
  >;
}

/** A page Jalon owns: identified by a content property, never by its title alone. */
export interface OwnedPage {
  readonly spaceKey: string;
  readonly title: string;
  /** Storage-format body. */
  readonly body: string;
  readonly parentId?: string | undefined;
  /** The content property that marks the page as this report's (`jalon-rapport`). */
  readonly property: { readonly key: string; readonly value: Readonly<Record<string, string>> };
  /** The page id remembered from an earlier publication, checked before use. */
  readonly knownId?: string | undefined;
}

export interface Publication {
  readonly id: string;
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly version: number;
}

const list = z.looseObject({ results: z.array(z.looseObject({ id: z.string() })) });
const propertyList = z.looseObject({
  results: z.array(z.looseObject({ key: z.string(), value: z.unknown() })),
});
const page = z.looseObject({
  id: z.string(),
  title: z.string(),
  version: z.looseObject({ number: z.number().int() }),
  body: z.looseObject({ storage: z.looseObject({ value: z.string() }).optional() }).optional(),
});

const resultsIn = (json: unknown): number => {
  const parsed = list.safeParse(json);
  return parsed.success ? parsed.data.results.length : 1;
};

/** A Confluence response body read with its schema (see `readResponseBody`). */
const parseBody = <S extends z.ZodType>(body: string, schema: S, what: string) =>
  readResponseBody('Confluence', body, schema, what);

const endpoint = (request: ConfluenceRequest): string =>
  `${request.method} ${request.path.split('?')[0] ?? ''}`;

async function read<S extends z.ZodType>(
  http: ConfluenceHttp,
  request: ConfluenceRequest,
  schema: S,
): Promise<Result<z.output<S>>> {
  const response = await http.send(request, { objects: resultsIn });
  return response.ok ? parseBody(response.value.body, schema, endpoint(request)) : response;
}

const sameValue = (a: unknown, b: Readonly<Record<string, string>>): boolean =>
  typeof a === 'object' &&
  a !== null &&
  Object.entries(b).every(([k, v]) => (a as Record<string, unknown>)[k] === v);

async function isOurs(
  http: ConfluenceHttp,
  id: string,
  property: OwnedPage['property'],
): Promise<Result<boolean>> {
  const found = await read(http, pagePropertyRequest(id, property.key), propertyList);
  if (!found.ok) return found;
  return succeed(
    found.value.results.some((p) => p.key === property.key && sameValue(p.value, property.value)),
  );
}

/** The page already published for this property: the remembered id, else the pages of that title. */
async function findOwned(
  http: ConfluenceHttp,
  spaceId: string,
  owned: OwnedPage,
): Promise<Result<{ readonly id: string | null; readonly titleTaken: boolean }>> {
  const candidates: string[] = [];
  if (owned.knownId !== undefined) candidates.push(owned.knownId);
  const byTitle = await read(http, pagesByTitleRequest(spaceId, owned.title), list);
  if (!byTitle.ok) return byTitle;
  candidates.push(...byTitle.value.results.map((p) => p.id).filter((id) => id !== owned.knownId));
  for (const id of candidates) {
    const ours = await isOurs(http, id, owned.property);
    if (!ours.ok && ours.code !== 'HTTP.CLIENT_ERROR') return ours;
    if (ours.ok && ours.value) return succeed({ id, titleTaken: false });
  }
  return succeed({ id: null, titleTaken: byTitle.value.results.length > 0 });
}

const VERSION_CONFLICT = (failure: Failure & { readonly status?: number | null }): boolean =>
  failure.status === 409 || (failure.status === 400 && /version/i.test(failure.message));

/**
 * Publishes a page Jalon owns, idempotently: one page per property value (found by its content
 * property), created once; updated with the next version number only when its title or body
 * changed, re-reading and retrying when someone else saved in between (409, or 400 "version").
 */
export async function publishPage(
  http: ConfluenceHttp,
  owned: OwnedPage,
  attempts = 3,
): Promise<Result<Publication>> {
  const space = await read(http, spaceByKeyRequest(owned.spaceKey), list);
  if (!space.ok) return space;
  const spaceId = space.value.results[0]?.id;
  if (spaceId === undefined)
    return fail(
      'CONFLUENCE.NO_SPACE',
      `L’espace Confluence « ${owned.spaceKey} » est introuvable ou n’est pas visible de Jalon : vérifiez la clé d’espace et les droits de l’application.`,
    );
  const existing = await findOwned(http, spaceId, owned);
  if (!existing.ok) return existing;
  if (existing.value.titleTaken)
    return fail(
      'CONFLUENCE.TITLE_TAKEN',
      `Une page « ${owned.title} » existe déjà dans l’espace ${owned.spaceKey} sans être celle de Jalon : Confluence n’accepte qu’une page par titre dans un espace ; renommez ou déplacez cette page, puis publiez à nouveau.`,
    );
  const found = existing.value.id;
  if (found === null) {
    const created = await http.send(
      createPageRequest({
        spaceId,
        title: owned.title,
        body: owned.body,
        parentId: owned.parentId,
      }),
      { write: true },
    );
    if (!created.ok) return created;
    const id = parseBody(created.value.body, page, 'POST /wiki/api/v2/pages');
    if (!id.ok) return id;
    const marked = await http.send(
      createPagePropertyRequest(id.value.id, owned.property.key, owned.property.value),
      { write: true },
    );
    if (!marked.ok) return marked;
    return succeed({ id: id.value.id, action: 'created', version: id.value.version.number });
  }
  for (let attempt = 1; ; attempt++) {
    const current = await read(http, pageRequest(found), page);
    if (!current.ok) return current;
    if (current.value.title === owned.title && current.value.body?.storage?.value === owned.body)
      return succeed({
        id: found,
        action: 'unchanged',
        version: current.value.version.number,
      });
    const version = current.value.version.number + 1;
    const updated = await http.send(
      updatePageRequest({
        id: found,
        title: owned.title,
        body: owned.body,
        version,
        message: 'Mise à jour par Jalon',
      }),
      { write: true },
    );
    if (updated.ok) return succeed({ id: found, action: 'updated', version });
    if (!VERSION_CONFLICT(updated) || attempt >= attempts) return updated;
  }
}
