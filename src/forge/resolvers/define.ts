import { z } from 'zod';
import { fail, type Result } from '../../core/result';
import { parseWith } from '../../core/validation';
import { hasPermission, type PermissionContext } from '../../jira/permissions';
import type { ForgeRuntime } from '../runtime';

/** What `@forge/resolver` hands a resolver function. */
export interface ResolverRequest {
  readonly payload: unknown;
  readonly context: unknown;
}

/** Every resolver answers a `Result`: the UI shows `message` (French) when `ok` is false. */
export type ResolverHandler = (request: ResolverRequest) => Promise<Result<unknown>>;
export type ResolverDefinitions = Readonly<Record<string, ResolverHandler>>;

/** The invoking user and the page they are on (issue panel, project page, macro). */
export interface Caller {
  readonly accountId: string;
  readonly issueKey: string | undefined;
  readonly projectKey: string | undefined;
}

const contextSchema = z.looseObject({
  accountId: z.string().min(1).optional(),
  extension: z
    .looseObject({
      issue: z.looseObject({ key: z.string() }).optional(),
      project: z.looseObject({ key: z.string() }).optional(),
    })
    .optional(),
});

/** The account a resolver request comes from, if any (Forge's `context.accountId`). */
export function accountIdOf(context: unknown): string | undefined {
  const parsed = contextSchema.safeParse(context ?? {});
  return parsed.success ? parsed.data.accountId : undefined;
}

/**
 * Who may call a resolver. Configuration is for Jira administrators; issue and project data
 * for the users Jira lets browse them — asked of Jira as that user, never decided by Jalon.
 */
export type Access<I> =
  | { readonly kind: 'admin' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'issue'; readonly issueKey: (input: I, caller: Caller) => string | undefined }
  | {
      readonly kind: 'project';
      readonly projectKey: (input: I, caller: Caller) => string | undefined;
    };

export const ACCESS_DENIED = 'ACCESS.DENIED';

async function allowed<I>(
  runtime: ForgeRuntime,
  access: Access<I>,
  input: I,
  caller: Caller,
): Promise<Result<boolean>> {
  if (access.kind === 'signed-in') return { ok: true, value: true };
  const check = (permission: 'ADMINISTER' | 'BROWSE_PROJECTS', where: PermissionContext) =>
    hasPermission(runtime.asUser(caller.accountId), permission, where);
  if (access.kind === 'admin') return check('ADMINISTER', { global: true });
  if (access.kind === 'issue') {
    const issueKey = access.issueKey(input, caller);
    return issueKey === undefined
      ? { ok: true, value: false }
      : check('BROWSE_PROJECTS', { issueKey });
  }
  const projectKey = access.projectKey(input, caller);
  return projectKey === undefined
    ? { ok: true, value: false }
    : check('BROWSE_PROJECTS', { projectKey });
}

const DENIED: Readonly<Record<Access<unknown>['kind'], string>> = {
  admin:
    'Réservé aux administrateurs Jira : demandez à un administrateur du site de faire cette opération.',
  'signed-in': 'Connectez-vous à votre site Atlassian pour utiliser Jalon.',
  issue:
    'Ticket introuvable ou non visible pour vous : vérifiez la clé ou demandez l’accès au projet.',
  project:
    'Projet introuvable ou non visible pour vous : vérifiez la clé ou demandez l’accès au projet.',
};

/**
 * The one permission wrapper every resolver goes through: identify the caller, parse the
 * payload with its schema (French errors with paths), check the access with Jira as the
 * caller, then run the handler. A refusal says nothing about the issue or project it guards.
 */
export function guarded<S extends z.ZodType>(
  runtime: ForgeRuntime,
  spec: { readonly payload: S; readonly access: Access<z.output<S>> },
  handle: (input: z.output<S>, caller: Caller) => Promise<Result<unknown>>,
): ResolverHandler {
  return async ({ payload, context }) => {
    const parsedContext = contextSchema.safeParse(context ?? {});
    const accountId = parsedContext.success ? parsedContext.data.accountId : undefined;
    if (accountId === undefined) return fail(ACCESS_DENIED, DENIED['signed-in']);
    const extension = parsedContext.success ? parsedContext.data.extension : undefined;
    const caller: Caller = {
      accountId,
      issueKey: extension?.issue?.key,
      projectKey: extension?.project?.key,
    };
    const input = parseWith(spec.payload, payload ?? {}, 'RESOLVER.BAD_PAYLOAD', 'Demande');
    if (!input.ok) return input;
    const may = await allowed(runtime, spec.access, input.value, caller);
    if (!may.ok) return may;
    if (!may.value) return fail(ACCESS_DENIED, DENIED[spec.access.kind]);
    return handle(input.value, caller);
  };
}
