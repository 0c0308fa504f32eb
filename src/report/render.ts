import type { ConsistencyFinding } from '../consistency/index.js';
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
 * An ISO string already in the candidate's zone, as a reader says it: `Tue 9 Mar 2027, 10:00 (UTC-05:00)`.
 * It reads the wall clock from the string itself, so the machine's time zone never matters.
 */
export function formatWallClock(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?/.exec(
    iso,
  );
  if (!match) return iso;
  const [, year, month, day, hour, minute, offset] = match;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const date = `${weekday} ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (hour === undefined) return date;
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return `${date}, ${hour}:${minute} (${zone})`;
}

/** Escapes the characters that would break a Markdown table cell or start markup. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function quote(finding: ConsistencyFinding, side: 'roundOne' | 'roundTwo'): string {
  const claim = finding[side];
  const sentence = claim.source.sentence || claim.source.text;
  return `“${cell(sentence.trim())}” (round ${claim.source.round})`;
}

function eventLine(event: TimelineEvent): string {
  const when = event.window
    ? `${formatWallClock(event.window.start)} → ${formatWallClock(event.window.end)}`
    : formatWallClock(event.due ?? '');
  const local = event.localTime
    ? ` (their time: ${formatWallClock(event.localTime.start)}, ${event.localTime.timeZone})`
    : '';
  return `- **${when}** — ${event.title}${local} · _${event.status}_`;
}

/**
 * Renders a {@link PrepReport} as Markdown a candidate would print: score and band with the top three
 * recommendations first, then each interviewer's brief and questions, contradictions with both quotes side
 * by side, pay and logistics, the timeline as a dated list in the candidate's zone, and thank-you drafts.
 *
 * @param report - The report from {@link prepare}.
 * @returns Markdown text ending with a newline.
 * @example
 * renderMarkdown(await prepare(candidacy, { now: '2027-03-09T12:00:00-05:00' })).split('\n')[0];
 * // => '# Maya Okafor: Engineering Manager, Billing Platform at Tallyworks'
 * @category Report
 */
export function renderMarkdown(report: PrepReport): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const { readiness, candidate } = report;

  push(`# ${candidate.name}: ${candidate.role} at ${candidate.company}`, '');
  push(
    `Prepared ${formatWallClock(report.preparedAt)} for ${report.focusInterview.upcoming ? 'the next interview' : 'the last interview held'}, round ${report.focusInterview.round} ${report.focusInterview.scheduledAt === undefined ? '(not scheduled yet)' : `on ${formatWallClock(report.focusInterview.scheduledAt)}`}.`,
    '',
  );
  push(`> ${report.notice}`, '');

  push(`## Readiness: ${readiness.score}/100 (${readiness.band})`, '');
  push(`Checklist: ${readiness.checklist.passed} of ${readiness.checklist.applicable} items hold.`, '');
  if (readiness.blockers.length > 0) {
    push('**Blocking:**', '');
    for (const blocker of readiness.blockers) push(`- ${blocker.recommendation}`);
    push('');
  }
  const top = readiness.recommendations.slice(0, 3);
  if (top.length > 0) {
    push('**Do these first:**', '');
    for (const [index, recommendation] of top.entries()) {
      push(`${index + 1}. ${recommendation.recommendation} _(+${recommendation.gain} points)_`);
    }
    push('');
  }
  push('| dimension | score |', '| --- | --- |');
  for (const dimension of readiness.dimensions)
    push(`| ${dimension.id} | ${dimension.score} / ${dimension.max} |`);
  push('');

  const flagged = report.consistency.findings.filter(
    (finding) =>
      finding.kind === 'contradiction' || finding.kind === 'variation' || finding.kind === 'correction',
  );
  push('## Round one against round two', '');
  if (flagged.length === 0)
    push('No contradictions found between what you said and what you plan to say.', '');
  else {
    push('| | round one said | round two plans | why |', '| --- | --- | --- | --- |');
    for (const finding of flagged) {
      push(
        `| **${finding.kind}** ${cell(finding.attribute)} | ${quote(finding, 'roundOne')} | ${quote(finding, 'roundTwo')} | ${cell(finding.why)} |`,
      );
    }
    push('');
  }

  push('## Your interviewers', '');
  const questionsFor = new Map(
    report.questions.perInterviewer.map((entry) => [entry.interviewerId, entry.questions]),
  );
  for (const brief of report.briefs) {
    push(`### ${brief.name} (${AUDIENCE_LABELS[brief.audience] ?? brief.audience})`, '');
    push(`- **Cares about:** ${brief.caresAbout.join('; ')}`);
    push(`- **Lead with:** ${brief.leadWith.join('; ')}`);
    push(`- **Avoid:** ${brief.avoid.join('; ')}`);
    if (brief.stories.length > 0)
      push(`- **Stories that fit:** ${brief.stories.map((story) => story.title).join('; ')}`);
    if (brief.reference) push(`- **One reference to make:** ${brief.reference}`);
    if (brief.tenure) push(`- **Tenure:** ${brief.tenure.insight}`);
    for (const news of brief.companyNews) push(`- **Company news:** ${news}`);
    for (const gap of [...brief.gaps, ...brief.warnings]) push(`- ⚠ ${gap}`);
    const questions = questionsFor.get(brief.interviewerId) ?? [];
    if (questions.length > 0) {
      push('- **Ask:**');
      for (const question of questions) push(`  - ${question.text}`);
    }
    push('');
  }
  for (const warning of report.questions.warnings) push(`- ⚠ ${warning}`);

  push('## Pay and logistics', '');
  const pay = report.compensation;
  for (const line of [...pay.script, pay.currentSalary, ...pay.warnings, ...pay.legal.lines])
    push(`- ${line.text}`);
  push('');

  push(`## Timeline (${report.timeline.timeZone})`, '');
  push(`${report.timeline.stateWhy}`, '');
  for (const event of report.timeline.events) push(eventLine(event));
  push('');

  push('## Thank-you drafts', '');
  for (const draft of report.thankYouDrafts) {
    push(
      `### To ${draft.to}`,
      '',
      `Subject: ${draft.subject}`,
      '',
      ...draft.body.split('\n').map((line) => `> ${line}`),
      '',
    );
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
