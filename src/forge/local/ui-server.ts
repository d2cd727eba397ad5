import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { makeResolvers } from '../resolvers';
import type { LocalRuntime } from './local-runtime';
import { listenOnLoopback } from '../../platform/http/listen';

/**
 * The Custom UI pages on this machine: `/ui/<page>/` serves `static/<page>/build` (the very
 * files Forge hosts), and `POST /ui/invoke` answers the pages' resolver calls with Jalon's own
 * resolver definitions over the local runtime, as Forge's `invoke` would. The pages detect that
 * they are not in an Atlassian iframe and call this endpoint through their local bridge.
 */
export interface UiServerOptions {
  /** 0 lets the system choose a free port (see `url`). */
  readonly port: number;
  readonly runtime: LocalRuntime;
  /** The repository's `static/` directory. */
  readonly staticRoot: string;
  /** The account the pages act as when they name none (`?as=<accountId>`). */
  readonly accountId: string;
  /** The local site (sandbox server): links to published pages lead to its viewer. */
  readonly siteUrl: string;
  /** Example addresses for the index page: an issue key and a project key. */
  readonly examples?: { readonly issueKey: string; readonly projectKey: string };
}

export interface UiServer {
  readonly url: string;
  /** The three pages' addresses, with an example issue and project. */
  readonly pages: readonly { readonly label: string; readonly url: string }[];
  /** Resolves once every job queued so far has run. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export const UI_PAGES = ['issue-panel', 'project-page', 'admin-page'] as const;

/** Forge's limit on an invoke request's payload. */
const MAX_REQUEST_BYTES = 500 * 1024;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const invokeSchema = z.object({
  key: z.string().min(1),
  payload: z.unknown().optional(),
  context: z
    .object({
      accountId: z.string().min(1).optional(),
      issueKey: z.string().min(1).optional(),
      projectKey: z.string().min(1).optional(),
    })
    .default({}),
});

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, value: unknown): void => {
  send(response, status, TYPES['.json'] ?? '', JSON.stringify(value));
};

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_REQUEST_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function indexPage(pages: UiServer['pages']): string {
  const items = pages.map((p) => `<li><a href="${p.url}">${p.label}</a></li>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Jalon — pages locales</title></head><body><main><h1>Jalon — pages locales</h1><ul>${items}</ul></main></body></html>`;
}

export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const resolvers = makeResolvers(options.runtime);
  let jobs: Promise<unknown> = Promise.resolve();
  const drainLater = (): void => {
    jobs = jobs
      .then(() => options.runtime.drain())
      .catch((error: unknown) => {
        options.runtime.log.error('File locale en échec', { error: String(error) });
      });
  };
  let pages: UiServer['pages'] = [];

  async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (body === null) {
      sendJson(response, 413, {
        ok: false,
        code: 'UI.TOO_LARGE',
        message: 'Demande trop volumineuse (500 Ko au plus).',
      });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const parsed = invokeSchema.safeParse(json);
    const handler = parsed.success ? resolvers[parsed.data.key] : undefined;
    if (!parsed.success || handler === undefined) {
      sendJson(response, 400, {
        ok: false,
        code: 'UI.UNKNOWN_RESOLVER',
        message: 'Demande incomprise : clé de résolveur inconnue ou corps JSON invalide.',
      });
      return;
    }
    const { payload, context } = parsed.data;
    const extension = {
      ...(context.issueKey === undefined ? {} : { issue: { key: context.issueKey } }),
      ...(context.projectKey === undefined ? {} : { project: { key: context.projectKey } }),
    };
    const answer = await handler({
      payload,
      context: { accountId: context.accountId ?? options.accountId, extension },
    });
    sendJson(response, 200, answer);
    // Forge runs the queue's consumer after the invocation; so does the local queue.
    if (options.runtime.pending().length > 0) drainLater();
  }

  async function serveFile(response: ServerResponse, page: string, rest: string): Promise<void> {
    const base = join(options.staticRoot, page, 'build');
    const file = normalize(join(base, rest === '' ? 'index.html' : rest));
    if (!file.startsWith(base + sep)) {
      send(response, 404, TYPES['.html'] ?? '', 'Introuvable');
      return;
    }
    try {
      send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(
        response,
        404,
        TYPES['.html'] ?? '',
        `<!doctype html><html lang="fr"><body><p>Page introuvable. Construisez les pages avec « npm run build ».</p></body></html>`,
      );
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://ui');
    const path = url.pathname;
    if (request.method === 'POST' && path === '/ui/invoke') return invoke(request, response);
    if (request.method !== 'GET') {
      sendJson(response, 405, { message: 'Méthode refusée.' });
      return;
    }
    if (path === '/' || path === '/ui' || path === '/ui/') {
      send(response, 200, TYPES['.html'] ?? '', indexPage(pages));
      return;
    }
    const published = /^\/wiki\/spaces\/[^/]+\/pages\/([^/]+)/.exec(path);
    if (published?.[1] !== undefined) {
      response.writeHead(302, { location: `${options.siteUrl}/pages/${published[1]}` });
      response.end();
      return;
    }
    const page = /^\/ui\/([a-z-]+)(?:\/(.*))?$/.exec(path);
    const name = page?.[1] ?? '';
    if (!(UI_PAGES as readonly string[]).includes(name)) {
      send(response, 404, TYPES['.html'] ?? '', 'Introuvable');
      return;
    }
    if (page?.[2] === undefined) {
      response.writeHead(301, { location: `/ui/${name}/${url.search}` });
      response.end();
      return;
    }
    return serveFile(response, name, decodeURIComponent(page[2]));
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, code: 'UI.ERROR', message });
      else response.destroy();
    });
  });
  const url = await listenOnLoopback(server, options.port);
  const examples = options.examples ?? { issueKey: 'DEM-1', projectKey: 'ATIH' };
  pages = [
    {
      label: `Panneau « Délais contractuels » (${examples.issueKey})`,
      url: `${url}/ui/issue-panel/?issue=${examples.issueKey}`,
    },
    {
      label: `Page projet (${examples.projectKey})`,
      url: `${url}/ui/project-page/?project=${examples.projectKey}`,
    },
    { label: 'Administration de Jalon', url: `${url}/ui/admin-page/` },
  ];
  return {
    url,
    pages,
    idle: async () => {
      await jobs;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}
