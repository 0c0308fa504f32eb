// A static page that loads a candidacy file, renders the preparation report and offers the timeline as .ics.
// Bundled with esbuild (npm run build:browser); everything runs in the browser, nothing is uploaded.
import {
  type Candidacy,
  formatIssues,
  type PrepReport,
  parseCandidacy,
  prepare,
  toICalendar,
} from '../../src/index.js';

const fileInput = document.querySelector<HTMLInputElement>('#file')!;
const nowInput = document.querySelector<HTMLInputElement>('#now')!;
const errorBox = document.querySelector<HTMLDivElement>('#error')!;
const reportBox = document.querySelector<HTMLElement>('#report')!;
const zoneLabel = document.querySelector<HTMLSpanElement>('#zone')!;

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function section(title: string): HTMLElement {
  const node = element('section');
  node.append(element('h2', title));
  reportBox.append(node);
  return node;
}

function list(items: readonly string[]): HTMLElement {
  const node = element('ul');
  for (const item of items) node.append(element('li', item));
  return node;
}

/** Words for the ids the library uses, so the page never shows `hiring-manager` or `at-risk`. */
const LABELS: Readonly<Record<string, string>> = {
  recruiter: 'recruiter',
  'hiring-manager': 'hiring manager',
  peer: 'peer',
  'direct-report': 'future direct report',
  'senior-leadership': 'senior leader',
  'cross-functional': 'cross-functional partner',
  'not-ready': 'Not ready yet',
  'at-risk': 'At risk',
  ready: 'Ready',
  'top-quartile': 'Top quartile',
  upcoming: 'upcoming',
  due: 'due now',
  overdue: 'overdue',
  done: 'done',
  contradiction: 'Contradiction',
  variation: 'Variation',
  correction: 'Correction',
};

function label(id: string): string {
  return LABELS[id] ?? id.replace(/[-_]+/g, ' ');
}

/** An ISO date-time as the candidate reads it, in their zone: "Tue, Mar 9, 12:00 PM EST". */
function when(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** Minutes east of UTC of `timeZone` at the instant `utcMs`. */
function offsetMinutes(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** A `datetime-local` value (wall time, no zone) read in `timeZone`, as an ISO date-time with its offset. */
function zonedIso(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let offset = offsetMinutes(timeZone, wall);
  offset = offsetMinutes(timeZone, wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local.slice(0, 16)}:00${sign}${hours}:${minutes}`;
}

function showError(message: string): void {
  reportBox.replaceChildren();
  errorBox.textContent = message;
  errorBox.hidden = false;
  document.body.dataset.state = 'error';
}

function offerDownload(report: PrepReport): HTMLElement {
  const link = element('a', 'Download the timeline (.ics)') as HTMLAnchorElement;
  link.id = 'download-ics';
  link.download = 'second-round-timeline.ics';
  link.href = URL.createObjectURL(new Blob([toICalendar(report.timeline)], { type: 'text/calendar' }));
  return link;
}

function render(report: PrepReport): void {
  reportBox.replaceChildren();
  const header = element('header');
  header.append(
    element('span', String(report.readiness.score), 'score'),
    element('span', label(report.readiness.band), `band ${report.readiness.band}`),
    element('span', `${report.candidate.name}: ${report.candidate.role} at ${report.candidate.company}`),
  );
  header.querySelector('.score')?.setAttribute('data-testid', 'score');
  reportBox.append(header, element('p', report.notice, 'note'), offerDownload(report));

  const first = report.readiness.recommendations.slice(0, 3).map((item) => item.recommendation);
  section('Do these first').append(
    first.length > 0 ? list(first) : element('p', 'Nothing left to do: every item of the checklist passed.'),
  );

  const people = section('Your interviewers');
  const questionsFor = new Map(
    report.questions.perInterviewer.map((entry) => [entry.interviewerId, entry.questions]),
  );
  for (const brief of report.briefs) {
    const card = element('div', undefined, 'interviewer');
    card.dataset.interviewerId = brief.interviewerId;
    card.append(
      element('h3', `${brief.name} (${label(brief.audience)})`),
      element('p', `Lead with: ${brief.leadWith.join('; ')}`),
      element('p', `Avoid: ${brief.avoid.join('; ')}`),
      list((questionsFor.get(brief.interviewerId) ?? []).map((question) => `Ask: ${question.text}`)),
    );
    people.append(card);
  }

  const flagged = report.consistency.findings.filter((finding) => finding.kind !== 'consistent');
  const rounds = section('Round one against round two');
  if (flagged.length === 0) rounds.append(element('p', 'No contradictions found.'));
  else {
    const table = element('table');
    table.append(element('tr'));
    table.firstElementChild?.append(
      element('th', 'what'),
      element('th', 'round one'),
      element('th', 'round two'),
      element('th', 'why'),
    );
    for (const finding of flagged) {
      const row = element('tr');
      row.append(
        element('td', `${label(finding.kind)}: ${label(finding.attribute)}`),
        element('td', finding.roundOne.source.sentence),
        element('td', finding.roundTwo.source.sentence),
        element('td', finding.why),
      );
      table.append(row);
    }
    rounds.append(table);
  }

  const zone = report.timeline.timeZone;
  const pay = section('When pay comes up');
  const compensation = report.compensation;
  pay.append(
    list(compensation.script.map((line) => line.text)),
    ...(compensation.warnings.length > 0
      ? [element('p', 'Watch out:'), list(compensation.warnings.map((line) => line.text))]
      : []),
    element('p', compensation.legal.disclaimer.text, 'note'),
  );

  section(`Timeline (times in ${zone})`).append(
    list(
      report.timeline.events.map(
        (event) => `${when(event.due ?? event.window?.start, zone)}: ${event.title} (${label(event.status)})`,
      ),
    ),
  );

  const drafts = section('Thank-you drafts');
  for (const draft of report.thankYouDrafts) {
    const card = element('div', undefined, 'draft');
    card.append(element('h3', `To ${draft.to}: ${draft.subject}`), element('pre', draft.body));
    for (const warning of draft.warnings) card.append(element('p', warning, 'note'));
    drafts.append(card);
  }
}

let latest = 0;

let candidacy: Candidacy | undefined;

/** Shows the zone the date-time picker is read in, once a candidacy names it. */
function describeZone(): void {
  zoneLabel.textContent = candidacy ? `(in ${candidacy.candidate.timeZone})` : "(in the candidate's zone)";
}

async function load(): Promise<void> {
  const ticket = ++latest;
  errorBox.textContent = '';
  errorBox.hidden = true;
  const file = fileInput.files?.[0];
  if (!file) return;
  let input: unknown;
  try {
    input = JSON.parse(await file.text());
  } catch (error) {
    showError(`${file.name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    return;
  }
  const result = parseCandidacy(input);
  if (!result.ok) {
    candidacy = undefined;
    describeZone();
    showError(`${file.name} is not a valid candidacy:\n${formatIssues(result.issues)}`);
    return;
  }
  candidacy = result.value;
  describeZone();
  // The page reads the clock only when the reader leaves the date empty; the library never does.
  const now = nowInput.value
    ? zonedIso(nowInput.value, result.value.candidate.timeZone)
    : new Date().toISOString();
  if (now === undefined) {
    showError(`"${nowInput.value}" is not a date and time; pick one with the date-time field.`);
    return;
  }
  const report = await prepare(result.value, { now });
  if (ticket !== latest) return; // a newer file or date arrived while this one was being prepared
  render(report);
  document.body.dataset.state = 'report';
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
  document.body.dataset.ready = 'true';
}

/** Runs load() and shows whatever goes wrong in the page: never a blank page and an unhandled rejection. */
function reload(): void {
  load().catch((error: unknown) => {
    showError(`The report could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
  });
}

fileInput.addEventListener('change', reload);
nowInput.addEventListener('change', reload);
window.addEventListener('unhandledrejection', (event) => {
  showError(
    `Something went wrong: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`,
  );
});
describeZone();
