export type {
  ApiTokenAuth,
  FetchInit,
  FetchLike,
  FetchResponse,
  HttpMethod,
  HttpRequest,
  HttpResponse,
  HttpTransport,
} from './transport';
export { TransportError, fetchTransport } from './transport';
export type {
  HttpClient,
  HttpClientOptions,
  HttpEvent,
  HttpFailure,
  HttpResult,
  SendOptions,
} from './client';
export {
  HTTP_CLIENT_ERROR,
  HTTP_RETRIES_EXHAUSTED,
  HTTP_RETRY_AFTER_TOO_LONG,
  HTTP_UNEXPECTED_STATUS,
  createHttpClient,
} from './client';
export type { EndpointAccount, RunAccount } from './account';
export type { RateLimitInfo } from './retry-policy';
export { endpointPath, endpointTemplate } from './endpoint';
