import { z } from 'zod';
import { readResponseBody } from './read-body';

const page = z.object({ results: z.array(z.object({ id: z.string() })) });

describe('reading an Atlassian response body', () => {
  test('gives the value its schema describes', () => {
    expect(readResponseBody('Confluence', '{"results":[{"id":"7"}]}', page, 'la page')).toEqual({
      ok: true,
      value: { results: [{ id: '7' }] },
    });
  });

  test('a body that is not JSON names the request and what to check', () => {
    expect(readResponseBody('Jira', '<html>Connexion</html>', page, 'la recherche JQL')).toEqual({
      ok: false,
      code: 'JIRA.BAD_RESPONSE',
      message:
        'Réponse illisible de Jira pour la recherche JQL : ce n’est pas du JSON ; vérifiez que l’adresse désigne bien un site Jira Cloud.',
    });
  });

  test('JSON of another shape is refused, never cast', () => {
    const read = readResponseBody('Confluence', '{"results":[{"id":7}]}', page, 'la page');
    expect(read).toMatchObject({ ok: false, code: 'CONFLUENCE.BAD_RESPONSE' });
    expect(read.ok ? '' : read.message).toMatch(/^Réponse inattendue de Confluence pour la page/);
  });
});
