export {
  type FocusState,
  PREPARATION_ONLY_NOTICE,
  type PrepareOptions,
  type PrepReport,
  prepare,
  prepareSync,
  type ReportData,
  type ReportMode,
  type ReportReminder,
} from './prepare.js';
export {
  createPreparer,
  type Preparer,
  type PreparerCache,
  type PreparerConfig,
  type PreparerPrepareOptions,
} from './preparer.js';
export {
  REPORT_SECTIONS,
  type RenderMarkdownOptions,
  type ReportSection,
  renderMarkdown,
} from './render.js';
