/** The endpoint a message names: the path without its query string, ids kept. */
export function endpointPath(path: string): string {
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

const NUMBER = /^\d+$/;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

/**
 * The accounting key of a request: method and path template, numeric segments and issue keys
 * replaced by `{id}`, query dropped: `GET /rest/api/3/issue/{id}/changelog`. The API version
 * right after `rest/<api>` (`/rest/api/3`) is not an id and stays.
 */
export function endpointTemplate(method: string, path: string): string {
  const segments = endpointPath(path).split('/');
  const template = segments.map((segment, index) => {
    const isVersion = NUMBER.test(segment) && segments[index - 2] === 'rest';
    return !isVersion && (NUMBER.test(segment) || ISSUE_KEY.test(segment)) ? '{id}' : segment;
  });
  return `${method} ${template.join('/')}`;
}
