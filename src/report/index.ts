export {
  type FocusState,
  PREPARATION_ONLY_NOTICE,
  type PrepareOptions,
  type PrepReport,
  prepare,
  prepareSync,
} from './prepare.js';
export { renderMarkdown } from './render.js';
