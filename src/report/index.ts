export {
  PREPARATION_ONLY_NOTICE,
  type PrepareOptions,
  type PrepReport,
  prepare,
  prepareSync,
} from './prepare.js';
export {
  createPreparer,
  type Preparer,
  type PreparerCache,
  type PreparerConfig,
  type PreparerPrepareOptions,
} from './preparer.js';
export { renderMarkdown } from './render.js';
