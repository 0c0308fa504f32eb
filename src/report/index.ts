export {
  type FocusState,
  PREPARATION_ONLY_NOTICE,
  type PrepareOptions,
  type PrepReport,
  prepare,
  prepareSync,
  type ReportMode,
  type ReportReminder,
} from './prepare.js';
export {
  REPORT_SECTIONS,
  type RenderMarkdownOptions,
  type ReportSection,
  renderMarkdown,
} from './render.js';
