export {
  PREPARATION_ONLY_NOTICE,
  type PrepareOptions,
  type PrepReport,
  prepare,
  prepareSync,
  type ReportMode,
} from './prepare.js';
export { renderMarkdown } from './render.js';
