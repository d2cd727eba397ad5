import { setTimeout as wait } from 'node:timers/promises';
import { fail, succeed, type Result } from '../core/result';
import {
  createHttpClient,
  fetchTransport,
  type ApiTokenAuth,
  type HttpClient,
} from '../platform/http';
import type { CliIo } from './io';

/** The local sandbox answers without credentials; an Atlassian site never does. */
function isLocal(site: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(site).hostname);
  } catch {
    return false;
  }
}

const MISSING =
  'identifiants Atlassian manquants : définissez JALON_EMAIL (l’adresse du compte) et ' +
  'JALON_API_TOKEN (un jeton d’API créé dans votre compte Atlassian, rubrique Sécurité), ' +
  'ou lancez la commande dans un terminal pour les saisir.';

/**
 * The email and API token for a site: from the environment, else asked on the terminal (the
 * token without echo), else a message saying how to give them. Never written anywhere.
 */
export async function siteCredentials(
  site: string,
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
): Promise<Result<ApiTokenAuth | undefined>> {
  if (isLocal(site)) return succeed(undefined);
  let email = env.JALON_EMAIL?.trim() ?? '';
  let token = env.JALON_API_TOKEN?.trim() ?? '';
  if (email !== '' && token !== '') return succeed({ email, token });
  if (io.ask === undefined) return fail('CLI.NO_CREDENTIALS', MISSING);
  if (email === '') email = (await io.ask('Adresse du compte Atlassian : ', false))?.trim() ?? '';
  if (email !== '' && token === '')
    token = (await io.ask('Jeton d’API (rien ne s’affiche) : ', true))?.trim() ?? '';
  return email === '' || token === ''
    ? fail('CLI.NO_CREDENTIALS', MISSING)
    : succeed({ email, token });
}

/**
 * A client of a Jira / Confluence Cloud site (or of the local sandbox) over `fetch`, sleeping
 * for real between retries, each retry told on stderr.
 */
export async function openSite(
  site: string,
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
  where: string,
): Promise<Result<HttpClient>> {
  const auth = await siteCredentials(site, env, io);
  if (!auth.ok) return auth;
  return succeed(
    createHttpClient(fetchTransport(site, auth.value), {
      sleep: async (ms) => {
        await wait(ms);
      },
      random: Math.random,
      now: Date.now,
      onEvent: (event) => {
        io.stderr(
          `${where} : ${event.method} ${event.endpoint} : ${event.kind === 'failed' ? 'abandon' : `nouvel essai dans ${String(Math.round(event.delayMs / 1000))} s`}${event.reason === null ? '' : ` (${event.reason})`}\n`,
        );
      },
    }),
  );
}
