/** Response of a Forge web trigger declared with `response: { type: dynamic }`. */
export interface WebTriggerResponse {
  statusCode: number;
  headers?: Record<string, string[]>;
  body?: string;
}

/** Liveness web trigger: proves the app is deployed and its functions run. */
export function ping(): Promise<WebTriggerResponse> {
  return Promise.resolve({
    statusCode: 200,
    headers: { 'Content-Type': ['text/plain; charset=utf-8'] },
    body: 'Jalon',
  });
}
