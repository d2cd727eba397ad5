import type { HttpTransport } from '../../platform/http';
import type { Sandbox } from '../../sandbox';
import { APP_USER } from '../../sandbox';

/** The sandbox's app account: what Forge's `asApp()` acts as on the local site. */
export const SANDBOX_APP_ACCOUNT = APP_USER.accountId;

/**
 * The sandbox as one account, as Forge would call a site as the app or as a user: each request
 * names its account in the `X-Sandbox-Account` header, which the sandbox's permission routes and
 * change history read.
 */
export function sandboxAs(
  sandbox: Pick<Sandbox, 'transport'>,
): (accountId: string) => HttpTransport {
  return (accountId) => ({
    send: (request) =>
      sandbox.transport.send({
        ...request,
        headers: { ...request.headers, 'X-Sandbox-Account': accountId },
      }),
  });
}
