/**
 * The Confluence Cloud REST v2 requests Jalon makes, as plain values shaped after the v2 OpenAPI
 * document (paths under `/wiki/api/v2`). An adapter sends them through the client it is given.
 */
export interface ConfluenceRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly body?: string;
}

const API = '/wiki/api/v2';

const query = (params: Readonly<Record<string, string | number | undefined>>): string => {
  const pairs = Object.entries(params).flatMap(([k, v]) =>
    v === undefined ? [] : [`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`],
  );
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
};

/** `GET /spaces?keys=KEY`: the space's id from its key. */
export function spaceByKeyRequest(key: string): ConfluenceRequest {
  return { method: 'GET', path: `${API}/spaces${query({ keys: key, limit: 1 })}` };
}

/** `GET /pages?space-id=…&title=…`: the pages of a space with this exact title. */
export function pagesByTitleRequest(spaceId: string, title: string): ConfluenceRequest {
  return {
    method: 'GET',
    path: `${API}/pages${query({ 'space-id': spaceId, title, status: 'current', limit: 25 })}`,
  };
}

/** `GET /pages/{id}?body-format=storage`: the page with its version and storage body. */
export function pageRequest(id: string): ConfluenceRequest {
  return {
    method: 'GET',
    path: `${API}/pages/${encodeURIComponent(id)}${query({ 'body-format': 'storage' })}`,
  };
}

/** `GET /pages/{id}/properties?key=…`: one content property of a page. */
export function pagePropertyRequest(id: string, key: string): ConfluenceRequest {
  return {
    method: 'GET',
    path: `${API}/pages/${encodeURIComponent(id)}/properties${query({ key })}`,
  };
}

/** `POST /pages` (`PageCreateRequest`): a published page in storage format. */
export function createPageRequest(page: {
  readonly spaceId: string;
  readonly title: string;
  readonly body: string;
  readonly parentId?: string | undefined;
}): ConfluenceRequest {
  return {
    method: 'POST',
    path: `${API}/pages`,
    body: JSON.stringify({
      spaceId: page.spaceId,
      status: 'current',
      title: page.title,
      ...(page.parentId === undefined ? {} : { parentId: page.parentId }),
      body: { representation: 'storage', value: page.body },
    }),
  };
}

/** `PUT /pages/{id}` (`PageUpdateRequest`) with the next version number. */
export function updatePageRequest(page: {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly version: number;
  readonly message: string;
}): ConfluenceRequest {
  return {
    method: 'PUT',
    path: `${API}/pages/${encodeURIComponent(page.id)}`,
    body: JSON.stringify({
      id: page.id,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: page.body },
      version: { number: page.version, message: page.message },
    }),
  };
}

/** `POST /pages/{id}/properties` (`ContentPropertyCreateRequest`). */
export function createPagePropertyRequest(
  id: string,
  key: string,
  value: unknown,
): ConfluenceRequest {
  return {
    method: 'POST',
    path: `${API}/pages/${encodeURIComponent(id)}/properties`,
    body: JSON.stringify({ key, value }),
  };
}
