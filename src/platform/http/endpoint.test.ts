import { endpointPath, endpointTemplate } from './endpoint';

describe('endpointTemplate', () => {
  it.each([
    ['GET', '/rest/api/3/issue/DEM-12?expand=changelog', 'GET /rest/api/3/issue/{id}'],
    ['GET', '/rest/api/3/issue/10042/changelog', 'GET /rest/api/3/issue/{id}/changelog'],
    [
      'PUT',
      '/rest/api/3/issue/TMA_2-7/properties/jalon',
      'PUT /rest/api/3/issue/{id}/properties/jalon',
    ],
    ['POST', '/rest/api/3/search/jql?fields=status', 'POST /rest/api/3/search/jql'],
    ['POST', '/rest/api/2/changelog/bulkfetch', 'POST /rest/api/2/changelog/bulkfetch'],
    ['GET', '/rest/agile/1.0/board/42/sprint', 'GET /rest/agile/1.0/board/{id}/sprint'],
    ['PUT', '/wiki/api/v2/pages/98765', 'PUT /wiki/api/v2/pages/{id}'],
    [
      'GET',
      '/wiki/rest/api/content/123/property/jalon',
      'GET /wiki/rest/api/content/{id}/property/jalon',
    ],
    ['GET', '/rest/api/3/field/customfield_10042', 'GET /rest/api/3/field/customfield_10042'],
  ])('%s %s is accounted as %s', (method, path, expected) => {
    expect(endpointTemplate(method, path)).toBe(expected);
  });
});

describe('endpointPath', () => {
  it('drops the query string and keeps the ids', () => {
    expect(endpointPath('/rest/api/3/issue/DEM-12?expand=changelog#x')).toBe(
      '/rest/api/3/issue/DEM-12',
    );
    expect(endpointPath('/wiki/api/v2/pages')).toBe('/wiki/api/v2/pages');
  });
});
