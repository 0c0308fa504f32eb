// A static page that loads a candidacy file, renders the preparation report and offers the timeline as .ics.
// Bundled with esbuild (npm run build:browser); everything runs in the browser, nothing is uploaded.
import { formatIssues, type PrepReport, parseCandidacy, prepare, toICalendar } from '../../src/index.js';

const fileInput = document.querySelector<HTMLInputElement>('#file')!;
const nowInput = document.querySelector<HTMLInputElement>('#now')!;
const errorBox = document.querySelector<HTMLDivElement>('#error')!;
const reportBox = document.querySelector<HTMLElement>('#report')!;

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
    element('span', report.readiness.band, `band ${report.readiness.band}`),
    element('span', `${report.candidate.name}: ${report.candidate.role} at ${report.candidate.company}`),
  );
  header.querySelector('.score')?.setAttribute('data-testid', 'score');
  reportBox.append(header, element('p', report.notice, 'note'), offerDownload(report));

  section('Do these first').append(
    list(report.readiness.recommendations.slice(0, 3).map((item) => item.recommendation)),
  );

  const people = section('Your interviewers');
  const questionsFor = new Map(
    report.questions.perInterviewer.map((entry) => [entry.interviewerId, entry.questions]),
  );
  for (const brief of report.briefs) {
    const card = element('div', undefined, 'interviewer');
    card.dataset.interviewerId = brief.interviewerId;
    card.append(
      element('h3', `${brief.name} (${brief.audience})`),
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
      element('th', 'kind'),
      element('th', 'round one'),
      element('th', 'round two'),
      element('th', 'why'),
    );
    for (const finding of flagged) {
      const row = element('tr');
      row.append(
        element('td', `${finding.kind}: ${finding.attribute}`),
        element('td', finding.roundOne.source.sentence),
        element('td', finding.roundTwo.source.sentence),
        element('td', finding.why),
      );
      table.append(row);
    }
    rounds.append(table);
  }

  section(`Timeline (${report.timeline.timeZone})`).append(
    list(
      report.timeline.events.map(
        (event) => `${event.due ?? event.window?.start ?? ''}: ${event.title} (${event.status})`,
      ),
    ),
  );
}

let latest = 0;

async function load(): Promise<void> {
  const ticket = ++latest;
  errorBox.textContent = '';
  const file = fileInput.files?.[0];
  if (!file) return;
  let input: unknown;
  try {
    input = JSON.parse(await file.text());
  } catch (error) {
    errorBox.textContent = `${file.name}: malformed JSON (${error instanceof Error ? error.message : String(error)})`;
    return;
  }
  const result = parseCandidacy(input);
  if (!result.ok) {
    errorBox.textContent = `${file.name} is not a valid candidacy:\n${formatIssues(result.issues)}`;
    return;
  }
  // The page reads the clock only when the reader leaves the date empty; the library never does.
  const now = nowInput.value.trim() || new Date().toISOString();
  const report = await prepare(result.value, { now });
  if (ticket !== latest) return; // a newer file or date arrived while this one was being prepared
  render(report);
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
  document.body.dataset.ready = 'true';
}

fileInput.addEventListener('change', () => void load());
nowInput.addEventListener('change', () => void load());
