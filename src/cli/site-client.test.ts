import { siteCredentials } from './site-client';
import type { CliIo } from './io';

const SITE = 'https://administration.atlassian.net';
const TOKEN = 'ATATT3xFfGF0-jeton-secret';

/** An io that records what is written and answers the questions in order. */
function terminal(answers: readonly (string | null)[] | null) {
  const written: string[] = [];
  const asked: { question: string; secret: boolean }[] = [];
  const queue = [...(answers ?? [])];
  const io: CliIo = {
    stdout: (text) => written.push(text),
    stderr: (text) => written.push(text),
    ...(answers === null
      ? {}
      : {
          ask: (question: string, secret: boolean) => {
            asked.push({ question, secret });
            return Promise.resolve(queue.shift() ?? null);
          },
        }),
  };
  return { io, written, asked };
}

describe('the credentials of a site', () => {
  test('the local sandbox needs none and nobody is asked', async () => {
    const { io, asked } = terminal([]);
    expect(await siteCredentials('http://127.0.0.1:4747', {}, io)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(asked).toEqual([]);
  });

  test('the environment gives them without a question', async () => {
    const { io, asked } = terminal([]);
    const env = { JALON_EMAIL: 'chef.projet@example.fr', JALON_API_TOKEN: TOKEN };
    expect(await siteCredentials(SITE, env, io)).toEqual({
      ok: true,
      value: { email: 'chef.projet@example.fr', token: TOKEN },
    });
    expect(asked).toEqual([]);
  });

  test('missing ones are asked on the terminal, the token as a secret, and never written', async () => {
    const { io, asked, written } = terminal(['chef.projet@example.fr', TOKEN]);
    const result = await siteCredentials(SITE, { JALON_EMAIL: '  ' }, io);
    expect(result).toEqual({ ok: true, value: { email: 'chef.projet@example.fr', token: TOKEN } });
    expect(asked.map((a) => a.secret)).toEqual([false, true]);
    expect(written.join('')).not.toContain(TOKEN);
  });

  test('without a terminal, the message says which variables to set', async () => {
    const { io } = terminal(null);
    const result = await siteCredentials(SITE, { JALON_EMAIL: 'chef.projet@example.fr' }, io);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/JALON_EMAIL.*JALON_API_TOKEN/);
  });

  test('a person who declines gets the same message, and no credentials', async () => {
    const { io } = terminal(['chef.projet@example.fr', null]);
    const result = await siteCredentials(SITE, {}, io);
    expect(result.ok).toBe(false);
  });
});
