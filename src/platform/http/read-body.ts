import type { z } from 'zod';
import { fail, succeed, type Result } from '../../core/result';

/** The Atlassian products Jalon reads, as their failures are coded and named. */
const PRODUCTS = { Jira: 'JIRA.BAD_RESPONSE', Confluence: 'CONFLUENCE.BAD_RESPONSE' } as const;

/**
 * A response body read with its schema: JSON that does not parse, or does not match, is a
 * `<PRODUCT>.BAD_RESPONSE` naming the request (`what`) and what to check, never a cast.
 */
export function readResponseBody<S extends z.ZodType>(
  product: keyof typeof PRODUCTS,
  body: string,
  schema: S,
  what: string,
): Result<z.output<S>> {
  const check = `vérifiez que l’adresse désigne bien un site ${product} Cloud`;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail(
      PRODUCTS[product],
      `Réponse illisible de ${product} pour ${what} : ce n’est pas du JSON ; ${check}.`,
    );
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? succeed(parsed.data)
    : fail(PRODUCTS[product], `Réponse inattendue de ${product} pour ${what} : ${check}.`);
}
