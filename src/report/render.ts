import type { CompensationBriefLine } from '../compensation/index.js';
import type { ConsistencyFinding } from '../consistency/index.js';
import { wallClock } from '../i18n/dates.js';
import { type Wording, type WordingOptions, wording } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import type { ReadinessItem, ReadinessLabels } from '../readiness/index.js';
import type { TimelineEvent } from '../timeline/index.js';
import type { PrepReport } from './prepare.js';
import { type ReportTextKey, reportTexts } from './texts.js';

/** The catalogue key of each audience's name; an audience a vendor added prints as sent. */
const AUDIENCE_KEYS: Readonly<Record<string, ReportTextKey>> = {
  recruiter: 'report.audience.recruiter',
  'hiring-manager': 'report.audience.hiringManager',
  peer: 'report.audience.peer',
  'direct-report': 'report.audience.directReport',
  'senior-leadership': 'report.audience.seniorLeadership',
  'cross-functional': 'report.audience.crossFunctional',
};

/** The catalogue key of each status word the report prints (readiness items and bands, events, findings, offers). */
const WORD_KEYS: Readonly<Record<string, ReportTextKey>> = {
  'item:passed': 'report.itemStatus.passed',
  'item:failed': 'report.itemStatus.failed',
  'item:pending': 'report.itemStatus.pending',
  'item:not-applicable': 'report.itemStatus.notApplicable',
  'band:not-ready': 'report.band.notReady',
  'band:at-risk': 'report.band.atRisk',
  'band:ready': 'report.band.ready',
  'band:top-quartile': 'report.band.topQuartile',
  'event:upcoming': 'report.eventStatus.upcoming',
  'event:due': 'report.eventStatus.due',
  'event:overdue': 'report.eventStatus.overdue',
  'event:done': 'report.eventStatus.done',
  'finding:contradiction': 'report.finding.contradiction',
  'finding:variation': 'report.finding.variation',
  'finding:correction': 'report.finding.correction',
  'offer:expected': 'report.offerStatus.expected',
  'offer:received': 'report.offerStatus.received',
  'offer:accepted': 'report.offerStatus.accepted',
  'offer:declined': 'report.offerStatus.declined',
  'claim:duration': 'report.claim.duration',
  'claim:date': 'report.claim.date',
  'claim:percentage': 'report.claim.percentage',
  'claim:money': 'report.claim.money',
  'claim:count': 'report.claim.count',
  'claim:role': 'report.claim.role',
  'claim:leaveReason': 'report.claim.leaveReason',
  'claim:stance': 'report.claim.stance',
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
  /**
   * The readiness labels of the language (the `labels` of a locale bundle): the dimensions are named by
   * them; by their ids otherwise.
   */
  readonly labels?: ReadinessLabels;
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

/** How one rendering writes: the report's texts in the chosen language, and its words for ids. */
interface Writer {
  readonly say: Wording<ReportTextKey>['say'];
  /** An ISO date or date-time in the candidate's zone as a reader says it; anything else escaped as sent. */
  readonly when: (iso: string) => string;
  /** The word for a status, band or kind (`item`, `band`, `event`, `finding`, `offer`); the id, escaped, if none. */
  readonly word: (family: string, id: string) => string;
  /** A dimension by its name in the language, else its id. */
  readonly dimension: (id: string) => string;
}

function writerFor(report: PrepReport, options: RenderMarkdownOptions): Writer {
  const words = wording(reportTexts, {
    locale: options.locale ?? report.locale,
    ...(options.texts === undefined ? {} : { texts: options.texts }),
  });
  const names = options.labels?.dimensions;
  return {
    say: words.say,
    when: (iso) => wallClock(iso, words.locale) ?? md(iso),
    word: (family, id) => {
      const key = WORD_KEYS[`${family}:${id}`];
      return key === undefined ? md(id) : words.say(key);
    },
    dimension: (id) => {
      const name = names !== undefined && Object.hasOwn(names, id) ? names[id] : undefined;
      return md(typeof name === 'string' ? name : id);
    },
  };
}

/** What a finding is about, as a reader says it: "percentage (revenue)", "Dauer". */
function whatOf(w: Writer, finding: ConsistencyFinding): string {
  const { type, subject } = finding.roundOne;
  return subject === undefined ? w.word('claim', type) : `${w.word('claim', type)} (${md(subject)})`;
}

function quote(w: Writer, finding: ConsistencyFinding, side: 'roundOne' | 'roundTwo'): string {
  const claim = finding[side];
  const sentence = claim.source.sentence || claim.source.text;
  return w.say('report.consistency.quote', { sentence: md(sentence.trim()), round: claim.source.round });
}

/** An all-day event reads as its date, or "from … to …" for several days; a timed one as its times. */
function whenOf(w: Writer, event: TimelineEvent): string {
  if (event.allDay !== undefined) {
    const { first, last } = event.allDay;
    return first === last
      ? w.when(first)
      : w.say('report.timeline.span', { first: w.when(first), last: w.when(last) });
  }
  return event.window
    ? `${w.when(event.window.start)} → ${w.when(event.window.end)}`
    : w.when(event.due ?? '');
}

function eventLine(w: Writer, event: TimelineEvent): string {
  const local = event.localTime
    ? ` ${w.say('report.timeline.theirTime', { time: w.when(event.localTime.start), timeZone: event.localTime.timeZone })}`
    : '';
  return `- **${whenOf(w, event)}** — ${md(event.title)}${local} · _${w.word('event', event.status)}_`;
}

function statusOf(item: ReadinessItem): string {
  const status = (item as { readonly status?: string }).status;
  return status ?? (item.passed ? 'passed' : 'failed');
}

const FOLLOW_THROUGH_KINDS = new Set(['thank-you', 'follow-up', 'decision-window', 'competing-offer']);

// Time zones are IANA names checked by parseCandidacy: printed as they are.

/** What a report reads as, section by section; each returns its lines (empty when it has nothing to say). */
type Part = (report: PrepReport, w: Writer) => string[];

const readinessPart: Part = (report, w) => {
  const { readiness } = report;
  const values = { score: readiness.score, band: w.word('band', readiness.band) };
  const heading =
    report.mode === 'prepare'
      ? w.say('report.readiness.heading', values)
      : w.say('report.readiness.headingHistory', values);
  const lines = [`## ${heading}`, ''];
  lines.push(
    w.say('report.readiness.checklist', {
      passed: readiness.checklist.passed,
      applicable: readiness.checklist.applicable,
    }),
    '',
  );
  if (readiness.blockers.length > 0) {
    lines.push(`**${w.say('report.readiness.blocking')}**`, '');
    for (const blocker of readiness.blockers) lines.push(`- ${md(blocker.recommendation)}`);
    lines.push('');
  }
  lines.push(
    `| ${w.say('report.readiness.dimensionColumn')} | ${w.say('report.readiness.scoreColumn')} |`,
    '| --- | --- |',
  );
  for (const dimension of readiness.dimensions)
    lines.push(`| ${w.dimension(dimension.id)} | ${dimension.score} / ${dimension.max} |`);
  lines.push('');
  return lines;
};

const itemsPart: Part = (report, w) => {
  const { readiness } = report;
  const blocking = new Set(readiness.blockers.map((item) => item.ruleId));
  const failing = readiness.items.filter(
    (item) => statusOf(item) === 'failed' || statusOf(item) === 'pending',
  );
  if (failing.length === 0) return [];
  const lines = [`## ${w.say('report.items.heading')}`, ''];
  // The top three, unless already printed as blockers: a blocker is printed once.
  const top = readiness.recommendations.filter((entry) => !blocking.has(entry.ruleId)).slice(0, 3);
  if (top.length > 0) {
    lines.push(`**${w.say('report.items.first')}**`, '');
    for (const [index, entry] of top.entries())
      lines.push(
        `${index + 1}. ${md(entry.recommendation)} _${w.say('report.items.gain', { gain: entry.gain })}_`,
      );
    lines.push('');
  }
  const shown = new Set([...blocking, ...top.map((entry) => entry.ruleId)]);
  for (const dimension of readiness.dimensions) {
    const rest = failing.filter((item) => item.dimension === dimension.id && !shown.has(item.ruleId));
    if (rest.length === 0) continue;
    lines.push(`### ${w.dimension(dimension.id)}`, '');
    for (const item of rest)
      lines.push(`- ${md(item.recommendation || item.message)} · _${w.word('item', statusOf(item))}_`);
    lines.push('');
  }
  return lines;
};

const interviewersPart: Part = (report, w) => {
  const lines = [`## ${w.say('report.interviewers.heading')}`, ''];
  for (const reminder of report.reminders.filter((entry) => entry.when === 'before'))
    lines.push(`- ${md(reminder.text)} _(${md(reminder.source)})_`);
  if (lines.length > 2) lines.push('');
  const tone = report.reminders.find((entry) => entry.when === 'every-interviewer');
  const questionsFor = new Map(
    report.questions.perInterviewer.map((entry) => [entry.interviewerId, entry.questions]),
  );
  const label = (key: ReportTextKey, text: string) => lines.push(`- **${w.say(key)}** ${text}`);
  for (const brief of report.briefs) {
    const audienceKey = AUDIENCE_KEYS[brief.audience];
    const audience = audienceKey === undefined ? md(brief.audience) : w.say(audienceKey);
    lines.push(`### ${w.say('report.brief.heading', { name: md(brief.name), audience })}`, '');
    label('report.brief.caresAbout', brief.caresAbout.map(md).join('; '));
    label('report.brief.leadWith', brief.leadWith.map(md).join('; '));
    label('report.brief.avoid', brief.avoid.map(md).join('; '));
    if (brief.stories.length > 0)
      label('report.brief.stories', brief.stories.map((story) => md(story.title)).join('; '));
    if (brief.reference) label('report.brief.reference', md(brief.reference));
    if (brief.tenure) label('report.brief.tenure', md(brief.tenure.insight));
    for (const news of brief.companyNews) label('report.brief.companyNews', md(news));
    if (tone) label('report.brief.tone', md(tone.text));
    for (const gap of [...brief.gaps, ...brief.warnings]) lines.push(`- ⚠ ${md(gap)}`);
    const questions = questionsFor.get(brief.interviewerId) ?? [];
    if (questions.length > 0) {
      lines.push(`- **${w.say('report.brief.ask')}**`);
      for (const question of questions) lines.push(`  - ${md(question.text)}`);
    }
    lines.push('');
  }
  for (const warning of report.questions.warnings) lines.push(`- ⚠ ${md(warning)}`);
  lines.push('');
  return lines;
};

const consistencyPart: Part = (report, w) => {
  const flagged = report.consistency.findings.filter(
    (finding) =>
      finding.kind === 'contradiction' || finding.kind === 'variation' || finding.kind === 'correction',
  );
  const lines = [`## ${w.say('report.consistency.heading')}`, ''];
  if (flagged.length === 0) lines.push(w.say('report.consistency.none'), '');
  else {
    lines.push(
      `| | ${w.say('report.consistency.roundOneColumn')} | ${w.say('report.consistency.roundTwoColumn')} | ${w.say('report.consistency.whyColumn')} |`,
      '| --- | --- | --- | --- |',
    );
    for (const finding of flagged) {
      lines.push(
        `| **${w.word('finding', finding.kind)}** ${whatOf(w, finding)} | ${quote(w, finding, 'roundOne')} | ${quote(w, finding, 'roundTwo')} | ${md(finding.why)} |`,
      );
    }
    lines.push('');
  }
  // What the check could not read (another language, a text past the size cap), then what to reread.
  const { notes = [], toReread = [] } = report.consistency;
  for (const note of notes) lines.push(`- ⚠ ${md(note.message)}`);
  if (notes.length > 0) lines.push('');
  if (toReread.length > 0) {
    lines.push(`**${w.say('report.consistency.reread')}**`, '');
    for (const entry of toReread) lines.push(`- ${md(entry.text)}`);
    lines.push('');
  }
  return lines;
};

const concernsPart: Part = (report, w) => {
  if (report.concerns.length === 0) return [];
  const lines = [`## ${w.say('report.concerns.heading')}`, ''];
  for (const concern of report.concerns) {
    const plan = concern.plan;
    const round = concern.raisedInRound;
    const how =
      plan === undefined
        ? w.say('report.concerns.unplanned', { round })
        : w.say('report.concerns.planned', { round, action: plan.action, timing: plan.timing });
    lines.push(`- **${md(concern.topic)}** ${how}`);
    if (plan?.improvedAnswer)
      lines.push(`  - ${w.say('report.concerns.betterAnswer', { answer: md(plan.improvedAnswer) })}`);
  }
  lines.push('');
  return lines;
};

const payPart: Part = (report, w) => {
  const pay = report.compensation;
  const lines = [`## ${w.say('report.pay.heading')}`, ''];
  const line = (key: ReportTextKey, entry: CompensationBriefLine) =>
    lines.push(`- **${w.say(key)}** ${md(entry.text)}`);
  for (const entry of pay.script) lines.push(`- ${md(entry.text)}`);
  for (const entry of pay.warnings) lines.push(`- ⚠ ${md(entry.text)}`);
  line('report.pay.currentPay', pay.currentSalary);
  for (const entry of pay.legal.lines) lines.push(`- ${md(entry.text)}`);
  line('report.pay.startDate', pay.startDate);
  line('report.pay.relocation', pay.relocation);
  line('report.pay.workMode', pay.workMode);
  line('report.pay.competingOffers', pay.competingOffer);
  lines.push(`- _${md(pay.legal.disclaimer.text)}_`, '');
  const comparison = pay.offerComparison;
  if (comparison !== undefined && comparison.rows.length > 0) {
    const columns: readonly ReportTextKey[] = [
      'report.offers.companyColumn',
      'report.offers.statusColumn',
      'report.offers.baseColumn',
      'report.offers.bonusColumn',
      'report.offers.equityColumn',
      'report.offers.benefitsColumn',
    ];
    lines.push(
      `| ${columns.map((key) => w.say(key)).join(' | ')} |`,
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const row of comparison.rows) {
      lines.push(
        `| ${md(row.company)} | ${w.word('offer', row.status)} | ${md(row.display.base)} | ${md(row.display.bonus)} | ${md(row.display.equity)} | ${md(row.display.benefits)} |`,
      );
    }
    lines.push('', md(comparison.note.text), '');
  }
  return lines;
};

const processesPart: Part = (report, w) => {
  const waiting = report.reminders.filter((entry) => entry.when === 'waiting');
  if (report.otherProcesses.length === 0 && waiting.length === 0) return [];
  const lines = [`## ${w.say('report.processes.heading')}`, ''];
  for (const process of report.otherProcesses) {
    const stage = process.lastActivityAt
      ? w.say('report.processes.lastActivity', {
          stage: md(process.stage),
          date: w.when(process.lastActivityAt),
        })
      : md(process.stage);
    lines.push(`- **${md(process.company)}**: ${stage}`);
  }
  for (const reminder of waiting) lines.push(`- ${md(reminder.text)} _(${md(reminder.source)})_`);
  lines.push('');
  return lines;
};

const timelinePart: Part = (report, w) => {
  const lines = [
    `## ${w.say('report.timeline.heading', { timeZone: report.timeline.timeZone })}`,
    '',
    md(report.timeline.stateWhy),
    '',
  ];
  for (const event of report.timeline.events) lines.push(eventLine(w, event));
  lines.push('');
  return lines;
};

const draftsPart: Part = (report, w) => {
  if (report.thankYouDrafts.length === 0) return [];
  const lines = [`## ${w.say('report.drafts.heading')}`, ''];
  for (const draft of report.thankYouDrafts) {
    lines.push(
      `### ${w.say('report.drafts.to', { name: md(draft.to) })}`,
      '',
      w.say('report.drafts.subject', { subject: md(draft.subject) }),
      '',
    );
    for (const line of draft.body.split('\n')) lines.push(line.trim() === '' ? '>' : `> ${md(line)}`);
    for (const warning of draft.warnings) lines.push('', `⚠ ${md(warning)}`);
    lines.push('');
  }
  return lines;
};

/** After the interview: what is due or overdue, the follow-up date and the decision window, first. */
const followThroughPart: Part = (report, w) => {
  const events = report.timeline.events.filter(
    (event) => FOLLOW_THROUGH_KINDS.has(event.kind) && event.status !== 'done',
  );
  const lines = [`## ${w.say('report.followThrough.heading')}`, ''];
  if (events.length === 0) lines.push(w.say('report.followThrough.nothingDue'), '');
  for (const event of events) lines.push(eventLine(w, event));
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

function headline(report: PrepReport, w: Writer): string {
  const { focusInterview: focus, focusRound } = report;
  const values = {
    preparedAt: w.when(report.preparedAt),
    round: focus.round,
    sessions: focusRound.sessions.length,
    ...(focus.scheduledAt === undefined ? {} : { date: w.when(focus.scheduledAt) }),
  };
  const scheduled = focus.scheduledAt !== undefined;
  if (report.mode === 'follow-through')
    return scheduled
      ? w.say('report.headline.followThrough', values)
      : w.say('report.headline.followThroughUnscheduled', values);
  if (report.mode === 'coach-next-round')
    return w.say('report.headline.coachNextRound', { ...values, nextRound: focus.round + 1 });
  return scheduled
    ? w.say('report.headline.prepare', values)
    : w.say('report.headline.prepareUnscheduled', values);
}

/** A TypeError naming renderMarkdown, what it was given and the fix, for anything but a PrepReport. */
function requireReport(report: unknown): asserts report is PrepReport {
  const isObject = (field: unknown): field is Record<string, unknown> =>
    typeof field === 'object' && field !== null;
  if (!isObject(report)) {
    throw new TypeError(
      `renderMarkdown: expected a report from prepare, found ${describeValue(report)}: pass what prepare, prepareSync or preparer.prepare returned`,
    );
  }
  if (report.schemaVersion !== undefined && Array.isArray(report.stories)) {
    throw new TypeError(
      'renderMarkdown: expected a report from prepare, found a candidacy: prepare it first, renderMarkdown(prepareSync(candidacy, { now }))',
    );
  }
  const missing = ['readiness', 'candidate', 'timeline', 'compensation'].find(
    (field) => !isObject(report[field]),
  );
  if (missing !== undefined) {
    throw new TypeError(
      `renderMarkdown: expected a report from prepare, found an object without ${missing}: pass what prepare, prepareSync or preparer.prepare returned`,
    );
  }
}

/**
 * Renders a {@link PrepReport} as Markdown a candidate would print the day before: score, band and blockers
 * (each blocker once); every failing item by dimension, the top three first; each interviewer's brief with
 * the questions; round one against round two; concerns with their planned revisit; the whole pay and
 * logistics brief; other processes; the timeline in the candidate's zone; and the thank-you drafts. After the
 * interview (`mode: 'follow-through'`) the drafts and the dates lead and the score follows as history. Every
 * piece of user text is escaped for Markdown and HTML.
 *
 * The report's own words (headings, labels, status words, the notice) come from the text catalogue
 * ({@link reportTexts}) in `options.texts`, dates are written for `options.locale` (the report's own
 * locale by default); the texts of the other parts were written in the report's locale when it was
 * prepared. Pass a locale bundle to both: `renderMarkdown(prepareSync(c, { now, ...de }), { ...de })`.
 *
 * @param report - The report from {@link prepare}.
 * @param options - Optionally, the sections to print, and the locale, texts and labels to write with.
 * @returns Markdown text ending with a newline.
 * @example
 * renderMarkdown(await prepare(candidacy, { now: '2027-03-09T12:00:00-05:00' })).split('\n')[0];
 * // => '# Maya Okafor: Engineering Manager, Billing Platform at Tallyworks'
 * @category Report
 */
export function renderMarkdown(report: PrepReport, options: RenderMarkdownOptions = {}): string {
  requireReport(report);
  const wanted = new Set<ReportSection>(options.sections ?? REPORT_SECTIONS);
  const w = writerFor(report, options);
  const { candidate } = report;
  const lines = [
    `# ${w.say('report.title', { name: md(candidate.name), role: md(candidate.role), company: md(candidate.company) })}`,
    '',
    headline(report, w),
    '',
    `> ${md(w.say('report.notice'))}`,
    '',
  ];
  if (report.mode === 'follow-through' && wanted.has('timeline')) lines.push(...followThroughPart(report, w));
  for (const section of orderFor(report)) if (wanted.has(section)) lines.push(...PARTS[section](report, w));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
