/**
 * The local Atlassian sandbox: an in-memory Jira Cloud (REST v3) and Confluence Cloud (REST v2)
 * answering the requests Jalon makes, with injectable faults, a JSON store and an HTTP server
 * with a French viewer.
 */
export { createSandbox } from './handler';
export type { Sandbox, SandboxOptions, SandboxValidator } from './handler';
export { seededRandom } from './faults';
export type { FaultKind, FaultOptions } from './faults';
export { DEFAULT_SANDBOX_DIRECTORY, SANDBOX_FILE, sandboxStore } from './store';
export type { SandboxStore } from './store';
export { startSandboxServer } from './server';
export type { SandboxServer, SandboxServerOptions } from './server';
export { renderIndex, renderPage } from './viewer';
export { storageToHtml } from './storage-html';
export { APP_USER } from './jira-routes';
export type * from './state';
