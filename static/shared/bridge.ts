// The one place the pages meet their host. In Jira, a Custom UI page runs in an Atlassian
// iframe and talks to Forge through @forge/bridge; anywhere else (the local pages of
// `npm start`, the browser tests) it is the top window and uses the local bridge instead.
import { setGlobalTheme } from '@atlaskit/tokens';
import { localContext, localInvoke } from './local-bridge';

export const isLocal = (): boolean => window.self === window.top;

// @forge/bridge looks for its host as soon as it is loaded, and throws outside one: it is loaded
// only in Jira, on first use.
let loaded: Promise<typeof import('@forge/bridge')> | undefined;
const forge = (): Promise<typeof import('@forge/bridge')> => (loaded ??= import('@forge/bridge'));

/** Calls a resolver by its key; the answer as the host gives it (parsed by the caller). */
export function invokeResolver(key: string, payload: unknown): Promise<unknown> {
  if (isLocal()) return localInvoke(key, payload);
  return forge().then((bridge) => bridge.invoke(key, payload as Record<string, unknown>));
}

/** Opens a site page (`/wiki/spaces/…`) in a new tab, through Forge's router in Jira. */
export async function openSitePage(path: string): Promise<void> {
  if (isLocal()) window.open(path, '_blank', 'noopener');
  else await (await forge()).router.open(path);
}

/** The issue or project the page is shown for. */
export async function pageContext(): Promise<{ issueKey?: string; projectKey?: string }> {
  if (isLocal()) {
    const { issueKey, projectKey } = localContext();
    return {
      ...(issueKey === undefined ? {} : { issueKey }),
      ...(projectKey === undefined ? {} : { projectKey }),
    };
  }
  const context = await (await forge()).view.getContext();
  const extension = context.extension as {
    issue?: { key?: string };
    project?: { key?: string };
  };
  return {
    ...(extension.issue?.key === undefined ? {} : { issueKey: extension.issue.key }),
    ...(extension.project?.key === undefined ? {} : { projectKey: extension.project.key }),
  };
}

/** Atlassian design tokens: the host's theme in Jira, the light theme locally. */
export async function enableTokens(): Promise<void> {
  if (isLocal()) await setGlobalTheme({ colorMode: 'light' });
  else await (await forge()).view.theme.enable();
}
