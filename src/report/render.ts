import type { CompensationBriefLine } from '../compensation/index.js';
import type { ConsistencyFinding } from '../consistency/index.js';
import type { WordingOptions } from '../i18n/wording.js';
import type { ReadinessItem } from '../readiness/index.js';
import type { TimelineEvent } from '../timeline/index.js';
import type { PrepReport } from './prepare.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AUDIENCE_LABELS: Record<string, string> = {
  recruiter: 'recruiter',
  'hiring-manager': 'hiring manager',
  peer: 'future peer',
  'direct-report': 'future direct report',
  'senior-leadership': 'senior leadership',
  'cross-functional': 'cross-functional partner',
};

/**
 * The sections of the Markdown report, in the order they print.
 *
 * @category Report
 */
export const REPORT_SECTIONS = [
  'readiness',
  'items',
  'interviewers',
  'consistency',
  'concerns',
  'pay',
  'processes',
  'timeline',
  'drafts',
] as const;

/**
 * One of {@link REPORT_SECTIONS}.
 *
 * @category Report
 */
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/**
 * Options of {@link renderMarkdown}.
 *
 * @category Report
 */
export interface RenderMarkdownOptions extends WordingOptions {
  /** Print only these sections (in the report's own order); every section unless given. */
  readonly sections?: readonly ReportSection[];
}

/**
 * An ISO string already in the candidate's zone, as a reader says it: `Tue 9 Mar 2027, 10:00 (UTC-05:00)`.
 * It reads the wall clock from the string itself, so the machine's time zone never matters.
 */
export function formatWallClock(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?/.exec(
    iso,
  );
  if (!match) return md(iso);
  const [, year, month, day, hour, minute, offset] = match;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const date = `${weekday} ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (hour === undefined) return date;
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return `${date}, ${hour}:${minute} (${zone})`;
}

/**
 * Text from the candidacy as inline Markdown that renders as the same text and never as markup: HTML's
 * `& < >` as entities, Markdown's punctuation backslash-escaped, leading blanks dropped and a leading list
 * marker or `=` escaped, line breaks (CR, LF or CRLF, CommonMark's three) folded to spaces. Safe in a
 * table cell, a list item and a heading, under a renderer with raw HTML enabled.
 */
export function md(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()|#~!{}]/g, '\\$&')
    .replace(/\s*(?:\r\n?|\n)\s*/g, ' ')
    .replace(/^\s+/, '')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^[-+=]/, '\\$&');
}

function quote(finding: ConsistencyFinding, side: 'roundOne' | 'roundTwo'): string {
  const claim = finding[side];
  const sentence = claim.source.sentence || claim.source.text;
  return `“${md(sentence.trim())}” (round ${claim.source.round})`;
}

/** An all-day event reads as its date, or "from … to …" for several days; a timed one as its times. */
function whenOf(event: TimelineEvent): string {
  if (event.allDay !== undefined) {
    const { first, last } = event.allDay;
    return first === last
      ? formatWallClock(first)
      : `from ${formatWallClock(first)} to ${formatWallClock(last)}`;
  }
  return event.window
    ? `${formatWallClock(event.window.start)} → ${formatWallClock(event.window.end)}`
    : formatWallClock(event.due ?? '');
}

function eventLine(event: TimelineEvent): string {
  const local = event.localTime
    ? ` (their time: ${formatWallClock(event.localTime.start)}, ${event.localTime.timeZone})`
    : '';
  return `- **${whenOf(event)}** — ${md(event.title)}${local} · _${event.status}_`;
}

function statusOf(item: ReadinessItem): string {
  const status = (item as { readonly status?: string }).status;
  return status ?? (item.passed ? 'passed' : 'failed');
}

const FOLLOW_THROUGH_KINDS = new Set(['thank-you', 'follow-up', 'decision-window', 'competing-offer']);

// Time zones are IANA names checked by parseCandidacy: printed as they are.

/** What a report reads as, section by section; each returns its lines (empty when it has nothing to say). */
type Part = (report: PrepReport) => string[];

const readinessPart: Part = (report) => {
  const { readiness } = report;
  const history = report.mode === 'prepare' ? '' : ' (your preparation, as history)';
  const lines = [`## Readiness${history}: ${readiness.score}/100 (${readiness.band})`, ''];
  lines.push(`Checklist: ${readiness.checklist.passed} of ${readiness.checklist.applicable} items hold.`, '');
  if (readiness.blockers.length > 0) {
    lines.push('**Blocking:**', '');
    for (const blocker of readiness.blockers) lines.push(`- ${md(blocker.recommendation)}`);
    lines.push('');
  }
  lines.push('| dimension | score |', '| --- | --- |');
  for (const dimension of readiness.dimensions)
    lines.push(`| ${md(dimension.id)} | ${dimension.score} / ${dimension.max} |`);
  lines.push('');
  return lines;
};

const itemsPart: Part = (report) => {
  const { readiness } = report;
  const blocking = new Set(readiness.blockers.map((item) => item.ruleId));
  const failing = readiness.items.filter(
    (item) => statusOf(item) === 'failed' || statusOf(item) === 'pending',
  );
  if (failing.length === 0) return [];
  const lines = ['## What to fix', ''];
  // The top three, unless already printed as blockers: a blocker is printed once.
  const top = readiness.recommendations.filter((entry) => !blocking.has(entry.ruleId)).slice(0, 3);
  if (top.length > 0) {
    lines.push('**Do these first:**', '');
    for (const [index, entry] of top.entries())
      lines.push(`${index + 1}. ${md(entry.recommendation)} _(+${entry.gain} points)_`);
    lines.push('');
  }
  const shown = new Set([...blocking, ...top.map((entry) => entry.ruleId)]);
  for (const dimension of readiness.dimensions) {
    const rest = failing.filter((item) => item.dimension === dimension.id && !shown.has(item.ruleId));
    if (rest.length === 0) continue;
    lines.push(`### ${md(dimension.id)}`, '');
    for (const item of rest) lines.push(`- ${md(item.recommendation || item.message)} · _${statusOf(item)}_`);
    lines.push('');
  }
  return lines;
};

const interviewersPart: Part = (report) => {
  const lines = ['## Your interviewers', ''];
  for (const reminder of report.reminders.filter((entry) => entry.when === 'before'))
    lines.push(`- ${md(reminder.text)} _(${md(reminder.source)})_`);
  if (lines.length > 2) lines.push('');
  const tone = report.reminders.find((entry) => entry.when === 'every-interviewer');
  const questionsFor = new Map(
    report.questions.perInterviewer.map((entry) => [entry.interviewerId, entry.questions]),
  );
  for (const brief of report.briefs) {
    lines.push(`### ${md(brief.name)} (${AUDIENCE_LABELS[brief.audience] ?? md(brief.audience)})`, '');
    lines.push(`- **Cares about:** ${brief.caresAbout.map(md).join('; ')}`);
    lines.push(`- **Lead with:** ${brief.leadWith.map(md).join('; ')}`);
    lines.push(`- **Avoid:** ${brief.avoid.map(md).join('; ')}`);
    if (brief.stories.length > 0)
      lines.push(`- **Stories that fit:** ${brief.stories.map((story) => md(story.title)).join('; ')}`);
    if (brief.reference) lines.push(`- **One reference to make:** ${md(brief.reference)}`);
    if (brief.tenure) lines.push(`- **Tenure:** ${md(brief.tenure.insight)}`);
    for (const news of brief.companyNews) lines.push(`- **Company news:** ${md(news)}`);
    if (tone) lines.push(`- **Tone:** ${md(tone.text)}`);
    for (const gap of [...brief.gaps, ...brief.warnings]) lines.push(`- ⚠ ${md(gap)}`);
    const questions = questionsFor.get(brief.interviewerId) ?? [];
    if (questions.length > 0) {
      lines.push('- **Ask:**');
      for (const question of questions) lines.push(`  - ${md(question.text)}`);
    }
    lines.push('');
  }
  for (const warning of report.questions.warnings) lines.push(`- ⚠ ${md(warning)}`);
  lines.push('');
  return lines;
};

const consistencyPart: Part = (report) => {
  const flagged = report.consistency.findings.filter(
    (finding) =>
      finding.kind === 'contradiction' || finding.kind === 'variation' || finding.kind === 'correction',
  );
  const lines = ['## Round one against round two', ''];
  if (flagged.length === 0)
    lines.push('No contradictions found between what you said and what you plan to say.', '');
  else {
    lines.push('| | round one said | round two plans | why |', '| --- | --- | --- | --- |');
    for (const finding of flagged) {
      lines.push(
        `| **${md(finding.kind)}** ${md(finding.attribute)} | ${quote(finding, 'roundOne')} | ${quote(finding, 'roundTwo')} | ${md(finding.why)} |`,
      );
    }
    lines.push('');
  }
  // Consistency's own "check these yourself" list, once it provides one.
  const toReread = (report.consistency as { readonly toReread?: readonly unknown[] }).toReread ?? [];
  if (toReread.length > 0) {
    lines.push('**Check these yourself:**', '');
    for (const entry of toReread) lines.push(`- ${md(rereadText(entry))}`);
    lines.push('');
  }
  return lines;
};

function rereadText(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (entry !== null && typeof entry === 'object') {
    const record = entry as Record<string, unknown>;
    for (const key of ['text', 'why', 'message', 'attribute']) {
      const value = record[key];
      if (typeof value === 'string') return value;
    }
  }
  return String(entry);
}

const concernsPart: Part = (report) => {
  if (report.concerns.length === 0) return [];
  const lines = ['## Concerns from earlier rounds', ''];
  for (const concern of report.concerns) {
    const plan = concern.plan;
    const how =
      plan === undefined
        ? 'no plan yet: decide whether to revisit it or acknowledge and pivot'
        : `${plan.action === 'revisit' ? 'revisit it' : 'acknowledge it and pivot'}, ${plan.timing === 'early' ? 'early in the conversation' : 'late in the conversation'}`;
    lines.push(`- **${md(concern.topic)}** (round ${concern.raisedInRound}): ${how}`);
    if (plan?.improvedAnswer) lines.push(`  - Your better answer: ${md(plan.improvedAnswer)}`);
  }
  lines.push('');
  return lines;
};

const payPart: Part = (report) => {
  const pay = report.compensation;
  const lines = ['## Pay and logistics', ''];
  const line = (label: string, entry: CompensationBriefLine) =>
    lines.push(`- **${label}:** ${md(entry.text)}`);
  for (const entry of pay.script) lines.push(`- ${md(entry.text)}`);
  for (const entry of pay.warnings) lines.push(`- ⚠ ${md(entry.text)}`);
  line('Current pay', pay.currentSalary);
  for (const entry of pay.legal.lines) lines.push(`- ${md(entry.text)}`);
  line('Start date and notice', pay.startDate);
  line('Relocation', pay.relocation);
  line('Work mode', pay.workMode);
  line('Competing offers', pay.competingOffer);
  lines.push(`- _${md(pay.legal.disclaimer.text)}_`, '');
  const comparison = pay.offerComparison;
  if (comparison !== undefined && comparison.rows.length > 0) {
    lines.push(
      '| company | status | base | bonus | equity | benefits |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of comparison.rows) {
      lines.push(
        `| ${md(row.company)} | ${md(row.status)} | ${md(row.display.base)} | ${md(row.display.bonus)} | ${md(row.display.equity)} | ${md(row.display.benefits)} |`,
      );
    }
    lines.push('', md(comparison.note.text), '');
  }
  return lines;
};

const processesPart: Part = (report) => {
  const waiting = report.reminders.filter((entry) => entry.when === 'waiting');
  if (report.otherProcesses.length === 0 && waiting.length === 0) return [];
  const lines = ['## Other processes', ''];
  for (const process of report.otherProcesses) {
    const last = process.lastActivityAt ? `, last activity ${formatWallClock(process.lastActivityAt)}` : '';
    lines.push(`- **${md(process.company)}**: ${md(process.stage)}${last}`);
  }
  for (const reminder of waiting) lines.push(`- ${md(reminder.text)} _(${md(reminder.source)})_`);
  lines.push('');
  return lines;
};

const timelinePart: Part = (report) => {
  const lines = [`## Timeline (${report.timeline.timeZone})`, '', md(report.timeline.stateWhy), ''];
  for (const event of report.timeline.events) lines.push(eventLine(event));
  lines.push('');
  return lines;
};

const draftsPart: Part = (report) => {
  if (report.thankYouDrafts.length === 0) return [];
  const lines = ['## Thank-you drafts', ''];
  for (const draft of report.thankYouDrafts) {
    lines.push(`### To ${md(draft.to)}`, '', `Subject: ${md(draft.subject)}`, '');
    for (const line of draft.body.split('\n')) lines.push(line.trim() === '' ? '>' : `> ${md(line)}`);
    for (const warning of draft.warnings) lines.push('', `⚠ ${md(warning)}`);
    lines.push('');
  }
  return lines;
};

/** After the interview: what is due or overdue, the follow-up date and the decision window, first. */
const followThroughPart: Part = (report) => {
  const events = report.timeline.events.filter(
    (event) => FOLLOW_THROUGH_KINDS.has(event.kind) && event.status !== 'done',
  );
  const lines = ['## Follow-through', ''];
  if (events.length === 0) lines.push('Nothing is due: the timeline below has the rest.', '');
  for (const event of events) lines.push(eventLine(event));
  lines.push('');
  return lines;
};

const PARTS: Readonly<Record<ReportSection, Part>> = {
  readiness: readinessPart,
  items: itemsPart,
  interviewers: interviewersPart,
  consistency: consistencyPart,
  concerns: concernsPart,
  pay: payPart,
  processes: processesPart,
  timeline: timelinePart,
  drafts: draftsPart,
};

function orderFor(report: PrepReport): readonly ReportSection[] {
  if (report.mode !== 'follow-through') return REPORT_SECTIONS;
  // After the interview the notes and the dates lead; the preparation score follows as history.
  return [
    'drafts',
    'timeline',
    'processes',
    'pay',
    'readiness',
    'items',
    'consistency',
    'concerns',
    'interviewers',
  ];
}

function headline(report: PrepReport): string {
  const { focusInterview: focus, focusRound } = report;
  const when =
    focus.scheduledAt === undefined ? '(not scheduled yet)' : `on ${formatWallClock(focus.scheduledAt)}`;
  const sessions = focusRound.sessions.length > 1 ? ` in ${focusRound.sessions.length} sessions` : '';
  if (report.mode === 'follow-through')
    return `Prepared ${formatWallClock(report.preparedAt)} after round ${focus.round}${sessions}, held ${when.replace(/^on /, '')}: this is about the follow-through.`;
  if (report.mode === 'coach-next-round')
    return `Prepared ${formatWallClock(report.preparedAt)} after round ${focus.round}, with no later round planned yet: use it to get ready for round ${focus.round + 1}.`;
  return `Prepared ${formatWallClock(report.preparedAt)} for round ${focus.round}${sessions} ${when}.`;
}

/**
 * Renders a {@link PrepReport} as Markdown a candidate would print the day before: score, band and blockers
 * (each blocker once); every failing item by dimension, the top three first; each interviewer's brief with
 * the questions; round one against round two; concerns with their planned revisit; the whole pay and
 * logistics brief; other processes; the timeline in the candidate's zone; and the thank-you drafts. After the
 * interview (`mode: 'follow-through'`) the drafts and the dates lead and the score follows as history. Every
 * piece of user text is escaped for Markdown and HTML.
 *
 * @param report - The report from {@link prepare}.
 * @param options - Optionally, the sections to print.
 * @returns Markdown text ending with a newline.
 * @example
 * renderMarkdown(await prepare(candidacy, { now: '2027-03-09T12:00:00-05:00' })).split('\n')[0];
 * // => '# Maya Okafor: Engineering Manager, Billing Platform at Tallyworks'
 * @category Report
 */
export function renderMarkdown(report: PrepReport, options: RenderMarkdownOptions = {}): string {
  const wanted = new Set<ReportSection>(options.sections ?? REPORT_SECTIONS);
  const { candidate } = report;
  const lines = [
    `# ${md(candidate.name)}: ${md(candidate.role)} at ${md(candidate.company)}`,
    '',
    headline(report),
    '',
    `> ${md(report.notice)}`,
    '',
  ];
  if (report.mode === 'follow-through' && wanted.has('timeline')) lines.push(...followThroughPart(report));
  for (const section of orderFor(report)) if (wanted.has(section)) lines.push(...PARTS[section](report));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
