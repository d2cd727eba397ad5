// The bridge of the local pages (`npm start`, browser tests): outside an Atlassian iframe there
// is no Forge host to answer `invoke`, so the resolver calls go to the local UI server, which
// runs Jalon's very resolvers over the sandbox. The issue, the project and the account come
// from the address: `?issue=DEM-12`, `?project=DEM`, `&as=<accountId>`.

export interface LocalContext {
  readonly accountId?: string;
  readonly issueKey?: string;
  readonly projectKey?: string;
}

/** The page's context, read from its address. */
export function localContext(search: string = window.location.search): LocalContext {
  const query = new URLSearchParams(search);
  const read = (name: string): Record<string, string> => {
    const value = query.get(name);
    return value === null || value === '' ? {} : { [name]: value };
  };
  const { issue, project, as } = { ...read('issue'), ...read('project'), ...read('as') };
  return {
    ...(as === undefined ? {} : { accountId: as }),
    ...(issue === undefined ? {} : { issueKey: issue }),
    ...(project === undefined ? {} : { projectKey: project }),
  };
}

/** `invoke` as the local UI server answers it: `POST /ui/invoke`. */
export async function localInvoke(key: string, payload: unknown): Promise<unknown> {
  const response = await fetch(new URL('../invoke', window.location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key, payload, context: localContext() }),
  });
  return response.json() as Promise<unknown>;
}
