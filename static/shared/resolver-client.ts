// The pages' one way to the backend: every resolver call goes through `call`, typed by the
// resolver's key with the payload it takes and the value it answers (types shared with the
// backend, `src/forge/resolvers/ui-api.ts`). The answer is checked for the shape every resolver
// keeps, `{ ok: true, value }` or `{ ok: false, code, message, issues? }`.
import type { ResolverAnswer, ResolverApi } from '../../src/forge/resolvers/ui-api';
import { invokeResolver } from './bridge';

export type * from '../../src/forge/resolvers/ui-api';

export type Key = keyof ResolverApi;
export type Payload<K extends Key> = ResolverApi[K]['payload'];
export type Value<K extends Key> = ResolverApi[K]['value'];

const unreachable = (detail: string): ResolverAnswer<never> => ({
  ok: false,
  code: 'UI.UNREACHABLE',
  message: `Jalon ne répond pas (${detail}). Réessayez dans un instant ; si cela persiste, prévenez l’administrateur du site.`,
});

function isAnswer(answer: unknown): answer is ResolverAnswer<unknown> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  if (answer.ok === true) return 'value' in answer;
  return answer.ok === false && 'message' in answer && typeof answer.message === 'string';
}

export async function call<K extends Key>(
  key: K,
  payload: Payload<K>,
): Promise<ResolverAnswer<Value<K>>> {
  let answer: unknown;
  try {
    answer = await invokeResolver(key, payload);
  } catch (error: unknown) {
    return unreachable(error instanceof Error ? error.message : String(error));
  }
  // The shape is the resolvers' contract; the value's type is the one ui-api.ts declares.
  return isAnswer(answer) ? (answer as ResolverAnswer<Value<K>>) : unreachable('réponse illisible');
}
