export { renderIndicatorChart } from './chart';
export { csvTable, renderCsv } from './csv';
export { renderHtml } from './html';
export { escapeText, safeHttpUrl, utf8Length } from './markup';
export {
  CONFLUENCE_MAX_BODY_BYTES,
  planStorage,
  renderStorage,
  type StorageDocument,
  type StorageOptions,
  type StoragePlan,
  type StoragePage,
} from './storage';
