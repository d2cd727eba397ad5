export { renderIndicatorChart } from './chart';
export { csvTable, renderCsv } from './csv';
export { renderHtml } from './html';
export { escapeText, safeHttpUrl, utf8Length } from './markup';
export {
  CONFLUENCE_MAX_BODY_BYTES,
  renderStorage,
  type StorageDocument,
  type StorageOptions,
  type StoragePage,
} from './storage';
