import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { TransportError, type HttpMethod, type HttpTransport } from '../platform/http/transport';
import type { SandboxState } from './state';
import { renderIndex, renderNotFound, renderPage } from './viewer';
import { listenOnLoopback } from '../platform/http/listen';

export interface SandboxServerOptions {
  /** 0 lets the system choose a free port (see `url`). */
  readonly port: number;
  /** Answers `/rest/…` and `/wiki/…`: the sandbox's transport. */
  readonly handler: HttpTransport;
  /** What the French viewer at `/` shows; without it only the APIs are served. */
  readonly viewer?: { state(): SandboxState };
  /** Larger request bodies get 413; 10 MB by default (Confluence takes 5 MB pages). */
  readonly maxBodyBytes?: number;
}

export interface SandboxServer {
  /** `http://127.0.0.1:<port>`, the actual port when 0 was asked. */
  readonly url: string;
  close(): Promise<void>;
}

const METHODS: ReadonlySet<string> = new Set<HttpMethod>(['GET', 'POST', 'PUT', 'DELETE']);
const isMethod = (method: string): method is HttpMethod => METHODS.has(method);

class TooLarge extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new TooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json;charset=UTF-8';

async function serveApi(
  options: SandboxServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
): Promise<void> {
  if (!isMethod(method)) {
    send(response, 405, JSON_TYPE, JSON.stringify({ errorMessages: ['Method Not Allowed'] }));
    return;
  }
  let body: string;
  try {
    body = await readBody(request, options.maxBodyBytes ?? 10 * 1024 * 1024);
  } catch (error: unknown) {
    if (!(error instanceof TooLarge)) throw error;
    send(response, 413, JSON_TYPE, JSON.stringify({ errorMessages: ['Request Entity Too Large'] }));
    return;
  }
  try {
    const answer = await options.handler.send({
      method,
      path: request.url ?? '/',
      headers: headersOf(request),
      ...(body === '' ? {} : { body }),
    });
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  } catch (error: unknown) {
    // A simulated dropped connection: close the socket without answering.
    if (error instanceof TransportError) request.socket.destroy();
    else throw error;
  }
}

function serveViewer(
  options: SandboxServerOptions,
  response: ServerResponse,
  method: string,
  path: string,
): void {
  const viewer = options.viewer;
  if (viewer === undefined || method !== 'GET') {
    send(response, viewer === undefined ? 404 : 405, HTML, renderNotFound());
    return;
  }
  if (path === '/') {
    send(response, 200, HTML, renderIndex(viewer.state()));
    return;
  }
  const id = /^\/pages\/([^/]+)$/.exec(path)?.[1];
  const page = id === undefined ? null : renderPage(viewer.state(), decodeURIComponent(id));
  if (page === null) send(response, 404, HTML, renderNotFound());
  else send(response, 200, HTML, page);
}

/**
 * Serves the sandbox over HTTP on 127.0.0.1 only: the Atlassian APIs under `/rest/` and
 * `/wiki/`, the viewer everywhere else. A dropped-connection fault closes the socket.
 */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    let path = '/';
    try {
      path = new URL(request.url ?? '/', 'http://sandbox').pathname;
    } catch {
      // An unreadable target is served as the viewer's 404.
      path = '\u0000';
    }
    const api = path.startsWith('/rest/') || path.startsWith('/wiki/');
    const work = api
      ? serveApi(options, request, response, method)
      : new Promise<void>((resolve) => {
          serveViewer(options, response, method, path);
          resolve();
        });
    work.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent)
        send(response, 500, JSON_TYPE, JSON.stringify({ errorMessages: [message] }));
      else response.destroy();
    });
  });
  const url = await listenOnLoopback(server, options.port);
  return {
    url,
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
