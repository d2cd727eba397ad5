import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Failure } from '../../core/result';
import { parseWith } from '../../core/validation';
import type { WebTriggerResponse } from '../ping';
import {
  ACCESS_DENIED,
  CONTRACT_NEEDED,
  NO_CONTRACT,
  recomputeRequestSchema,
  requestRecompute,
  type RecomputeReply,
} from '../recompute/request-recompute';
import type { ForgeRuntime } from '../runtime';

/** The header Jira Automation's "Send web request" must carry, with the shared secret. */
export const SECRET_HEADER = 'x-jalon-secret';

/** What Forge hands a web trigger (`@forge/api` `WebTriggerRequest`). */
const requestSchema = z.looseObject({
  method: z.string(),
  headers: z.record(z.string(), z.array(z.string())).default({}),
  body: z.string().default(''),
});

const USAGE =
  'Envoyez en POST un JSON { "issueKey": "DEM-42" } ou { "jql": "project = DEM AND updated >= -1d", "contract": "demat-ads" } (« contract » facultatif quand Jalon ne connaît qu’un contrat), avec l’en-tête X-Jalon-Secret.';

const reply = (
  statusCode: number,
  json: Readonly<Record<string, unknown>>,
): WebTriggerResponse => ({
  statusCode,
  headers: { 'Content-Type': ['application/json; charset=utf-8'] },
  body: JSON.stringify(json),
});

/** Equal secrets, compared in constant time on their SHA-256 digests (equal lengths). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function headerOf(
  headers: Readonly<Record<string, readonly string[]>>,
  wanted: string,
): string | null {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === wanted);
  return entry?.[1][0] ?? null;
}

function described(outcome: RecomputeReply): string {
  if (outcome.kind === 'queued')
    return `Plus de tickets que ce qu’un appel traite : recalcul mis en file (tâche ${outcome.jobId}).`;
  if (outcome.kind === 'issue')
    return outcome.outcome.evaluated
      ? `${outcome.outcome.key} recalculé : champs Jalon ${outcome.outcome.fieldsWritten ? 'mis à jour' : 'inchangés'}.`
      : `${outcome.outcome.key} n’est couvert par aucune catégorie du contrat « ${outcome.contractId} » : rien à calculer.`;
  return `${String(outcome.outcome.evaluated)} ticket(s) recalculé(s), ${String(outcome.outcome.changed.length)} modifié(s).`;
}

function failure(result: Failure): WebTriggerResponse {
  const status =
    result.code === NO_CONTRACT
      ? 404
      : result.code === CONTRACT_NEEDED
        ? 400
        : result.code === ACCESS_DENIED
          ? 403
          : 502;
  return reply(status, { message: result.message, code: result.code });
}

/**
 * The web trigger Jira Automation calls ("Send web request"): authenticated by the shared
 * secret in `X-Jalon-Secret`, it recomputes one issue or a JQL scope (large scopes are queued).
 */
export function makeWebTrigger(runtime: ForgeRuntime) {
  return async (request: unknown): Promise<WebTriggerResponse> => {
    const parsed = requestSchema.safeParse(request);
    if (!parsed.success) return reply(400, { message: `Requête illisible. ${USAGE}` });
    const { method, headers, body } = parsed.data;
    const secret = await runtime.webTriggerSecret();
    if (secret === null)
      return reply(503, {
        message:
          'Le secret du déclencheur web n’est pas configuré : définissez JALON_WEBTRIGGER_SECRET (forge variables set --encrypt) puis réessayez.',
      });
    const given = headerOf(headers, SECRET_HEADER);
    if (given === null || !sameSecret(given, secret))
      return reply(401, {
        message:
          'Secret absent ou incorrect : ajoutez l’en-tête X-Jalon-Secret avec le secret partagé de Jalon.',
      });
    if (method.toUpperCase() !== 'POST')
      return {
        ...reply(405, { message: `Méthode ${method} refusée. ${USAGE}` }),
        headers: { Allow: ['POST'] },
      };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return reply(400, { message: `Le corps n’est pas du JSON. ${USAGE}` });
    }
    const wanted = parseWith(
      recomputeRequestSchema,
      json,
      'WEBTRIGGER.BAD_BODY',
      'Demande de recalcul',
    );
    if (!wanted.ok) return reply(400, { message: `${wanted.message}. ${USAGE}` });
    const done = await requestRecompute(runtime, wanted.value, { kind: 'web-trigger' });
    if (!done.ok) return failure(done);
    return reply(done.value.kind === 'queued' ? 202 : 200, {
      message: described(done.value),
      ...done.value,
    });
  };
}
