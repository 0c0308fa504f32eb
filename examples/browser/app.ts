// A static page that loads a candidacy file, renders the preparation report and offers the timeline as .ics,
// in English or German (the picker re-prepares the report with the locale bundle).
// Bundled with esbuild (npm run build:browser); everything runs in the browser, nothing is uploaded.
import { de } from '../../src/entries/locale-de.js';
import {
  type Candidacy,
  formatIssues,
  type LocaleBundle,
  type PrepReport,
  parseCandidacy,
  prepare,
  reportTexts,
  toICalendar,
} from '../../src/index.js';

const fileInput = document.querySelector<HTMLInputElement>('#file')!;
const nowInput = document.querySelector<HTMLInputElement>('#now')!;
const errorBox = document.querySelector<HTMLDivElement>('#error')!;
const reportBox = document.querySelector<HTMLElement>('#report')!;
const zoneLabel = document.querySelector<HTMLSpanElement>('#zone')!;
const localeInput = document.querySelector<HTMLSelectElement>('#locale')!;

type Language = 'en' | 'de';

/** What the library writes in each language of the picker: its texts, data sets and locale. */
const BUNDLES: Readonly<Record<Language, LocaleBundle>> = { en: { locale: 'en', texts: {} }, de };

/**
 * The page's own words, whole sentences per language. The library's words (the headings the Markdown report
 * shares, audience names, status words) come from its catalogue through {@link catalogue}.
 */
const PAGE = {
  en: {
    title: 'Second-round preparation',
    pageNote: 'A preparation aid for the candidate. It never produces a hiring signal.',
    fileLabel: 'Candidacy file (JSON):',
    nowLabel: 'Prepared at',
    nowHint: 'Leave it empty for now.',
    localeLabel: 'Language:',
    zone: (zone: string) => `(in ${zone})`,
    noZone: "(in the candidate's zone)",
    download: 'Download the timeline (.ics)',
    heading: (name: string, role: string, company: string) => `${name}: ${role} at ${company}`,
    first: 'Do these first',
    nothingLeft: 'Nothing left to do: every item of the checklist passed.',
    leadWith: (items: string) => `Lead with: ${items}`,
    avoid: (items: string) => `Avoid: ${items}`,
    ask: (question: string) => `Ask: ${question}`,
    noContradictions: 'No contradictions found.',
    columns: ['what', 'round one', 'round two', 'why'],
    pay: 'When pay comes up',
    watchOut: 'Watch out:',
    timeline: (zone: string) => `Timeline (times in ${zone})`,
    draftTo: (to: string, subject: string) => `To ${to}: ${subject}`,
    bands: {
      'not-ready': 'Not ready yet',
      'at-risk': 'At risk',
      ready: 'Ready',
      'top-quartile': 'Top quartile',
    },
    notJson: (file: string, why: string) => `${file} is not valid JSON (${why}).`,
    notCandidacy: (file: string, issues: string) => `${file} is not a valid candidacy:\n${issues}`,
    notDate: (value: string) => `"${value}" is not a date and time; pick one with the date-time field.`,
    notPrepared: (why: string) => `The report could not be prepared: ${why}`,
    wrong: (why: string) => `Something went wrong: ${why}`,
  },
  de: {
    title: 'Vorbereitung auf die zweite Runde',
    pageNote:
      'Eine Vorbereitungshilfe für Bewerberinnen und Bewerber. Sie gibt nie eine Einstellungsempfehlung.',
    fileLabel: 'Bewerbungsdatei (JSON):',
    nowLabel: 'Stand vom',
    nowHint: 'Leer lassen für jetzt.',
    localeLabel: 'Sprache:',
    zone: (zone: string) => `(in ${zone})`,
    noZone: '(in der Zeitzone der Bewerberin oder des Bewerbers)',
    download: 'Zeitplan herunterladen (.ics)',
    heading: (name: string, role: string, company: string) => `${name}: ${role} bei ${company}`,
    first: 'Damit fangen Sie an',
    nothingLeft: 'Nichts mehr zu tun: Jeder Punkt der Checkliste ist erfüllt.',
    leadWith: (items: string) => `Steigen Sie ein mit: ${items}`,
    avoid: (items: string) => `Vermeiden Sie: ${items}`,
    ask: (question: string) => `Fragen Sie: ${question}`,
    noContradictions: 'Keine Widersprüche gefunden.',
    columns: ['was', 'Runde eins', 'Runde zwei', 'warum'],
    pay: 'Wenn es ums Gehalt geht',
    watchOut: 'Achten Sie darauf:',
    timeline: (zone: string) => `Zeitplan (Uhrzeiten in ${zone})`,
    draftTo: (to: string, subject: string) => `An ${to}: ${subject}`,
    bands: {
      'not-ready': 'Noch nicht bereit',
      'at-risk': 'Mit Lücken',
      ready: 'Gut vorbereitet',
      'top-quartile': 'Sehr gut vorbereitet',
    },
    notJson: (file: string, why: string) => `${file} ist kein gültiges JSON (${why}).`,
    notCandidacy: (file: string, issues: string) => `${file} ist keine gültige Bewerbungsdatei:\n${issues}`,
    notDate: (value: string) => `„${value}“ ist kein Datum mit Uhrzeit; wählen Sie eines im Datumsfeld.`,
    notPrepared: (why: string) => `Der Bericht konnte nicht erstellt werden: ${why}`,
    wrong: (why: string) => `Etwas ist schiefgegangen: ${why}`,
  },
} as const;

let language: Language = 'en';
const page = () => PAGE[language];

/** A text of the library's catalogue without placeholders, in the picked language (English where it has none). */
function catalogue(key: keyof typeof reportTexts): string {
  const own: Readonly<Record<string, string | undefined>> = BUNDLES[language].texts;
  return own[key] ?? reportTexts[key];
}

/** Writes the page's fixed words (marked `data-text`) in the picked language. */
function describePage(): void {
  document.documentElement.lang = language;
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((node) => {
    const key = node.dataset.text as keyof (typeof PAGE)['en'];
    const text = page()[key];
    if (typeof text === 'string') node.textContent = text;
  });
}

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

/** The catalogue's parts that name the library's ids: audiences, event statuses, finding kinds. */
const WORD_FAMILIES = ['report.audience.', 'report.eventStatus.', 'report.finding.'];

/** Words for the ids the library uses, so the page never shows `hiring-manager` or `at-risk`. */
function label(id: string): string {
  const bands: Readonly<Record<string, string>> = page().bands;
  if (Object.hasOwn(bands, id)) return bands[id]!;
  // The catalogue names an id in camel case: `hiring-manager` is `report.audience.hiringManager`.
  const name = id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  for (const family of WORD_FAMILIES) {
    const key = `${family}${name}`;
    if (Object.hasOwn(reportTexts, key)) return catalogue(key as keyof typeof reportTexts);
  }
  return id.replace(/[-_]+/g, ' ');
}

/** An ISO date-time as the candidate reads it, in their zone: "Tue, Mar 9, 12:00 PM EST" / "Di., 9. März, 12:00 GMT-5". */
function when(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-US', {
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
  const link = element('a', page().download) as HTMLAnchorElement;
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
    element('span', page().heading(report.candidate.name, report.candidate.role, report.candidate.company)),
  );
  header.querySelector('.score')?.setAttribute('data-testid', 'score');
  reportBox.append(header, element('p', report.notice, 'note'), offerDownload(report));

  const first = report.readiness.recommendations.slice(0, 3).map((item) => item.recommendation);
  section(page().first).append(first.length > 0 ? list(first) : element('p', page().nothingLeft));

  const people = section(catalogue('report.interviewers.heading'));
  const questionsFor = new Map(
    report.questions.perInterviewer.map((entry) => [entry.interviewerId, entry.questions]),
  );
  for (const brief of report.briefs) {
    const card = element('div', undefined, 'interviewer');
    card.dataset.interviewerId = brief.interviewerId;
    card.append(
      element('h3', `${brief.name} (${label(brief.audience)})`),
      element('p', page().leadWith(brief.leadWith.join('; '))),
      element('p', page().avoid(brief.avoid.join('; '))),
      list((questionsFor.get(brief.interviewerId) ?? []).map((question) => page().ask(question.text))),
    );
    people.append(card);
  }

  const flagged = report.consistency.findings.filter((finding) => finding.kind !== 'consistent');
  const rounds = section(catalogue('report.consistency.heading'));
  if (flagged.length === 0) rounds.append(element('p', page().noContradictions));
  else {
    const table = element('table');
    table.append(element('tr'));
    table.firstElementChild?.append(...page().columns.map((column) => element('th', column)));
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
  const pay = section(page().pay);
  const compensation = report.compensation;
  pay.append(
    list(compensation.script.map((line) => line.text)),
    ...(compensation.warnings.length > 0
      ? [element('p', page().watchOut), list(compensation.warnings.map((line) => line.text))]
      : []),
    element('p', compensation.legal.disclaimer.text, 'note'),
  );

  section(page().timeline(zone)).append(
    list(
      report.timeline.events.map(
        (event) => `${when(event.due ?? event.window?.start, zone)}: ${event.title} (${label(event.status)})`,
      ),
    ),
  );

  const drafts = section(catalogue('report.drafts.heading'));
  for (const draft of report.thankYouDrafts) {
    const card = element('div', undefined, 'draft');
    card.append(element('h3', page().draftTo(draft.to, draft.subject)), element('pre', draft.body));
    for (const warning of draft.warnings) card.append(element('p', warning, 'note'));
    drafts.append(card);
  }
}

let latest = 0;

let candidacy: Candidacy | undefined;

/** Shows the zone the date-time picker is read in, once a candidacy names it. */
function describeZone(): void {
  zoneLabel.textContent = candidacy ? page().zone(candidacy.candidate.timeZone) : page().noZone;
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
    showError(page().notJson(file.name, error instanceof Error ? error.message : String(error)));
    return;
  }
  const result = parseCandidacy(input);
  if (!result.ok) {
    candidacy = undefined;
    describeZone();
    showError(page().notCandidacy(file.name, formatIssues(result.issues)));
    return;
  }
  candidacy = result.value;
  describeZone();
  // The page reads the clock only when the reader leaves the date empty; the library never does.
  const now = nowInput.value
    ? zonedIso(nowInput.value, result.value.candidate.timeZone)
    : new Date().toISOString();
  if (now === undefined) {
    showError(page().notDate(nowInput.value));
    return;
  }
  const report = await prepare(result.value, { now, ...BUNDLES[language] });
  if (ticket !== latest) return; // a newer file or date arrived while this one was being prepared
  render(report);
  document.body.dataset.state = 'report';
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
  document.body.dataset.ready = 'true';
}

/** Runs load() and shows whatever goes wrong in the page: never a blank page and an unhandled rejection. */
function reload(): void {
  load().catch((error: unknown) => {
    showError(page().notPrepared(error instanceof Error ? error.message : String(error)));
  });
}

fileInput.addEventListener('change', reload);
nowInput.addEventListener('change', reload);
window.addEventListener('unhandledrejection', (event) => {
  showError(page().wrong(event.reason instanceof Error ? event.reason.message : String(event.reason)));
});
localeInput.addEventListener('change', () => {
  language = localeInput.value === 'de' ? 'de' : 'en';
  describePage();
  describeZone();
  reload();
});
// A reload keeps the picked option: start from it, not from English.
language = localeInput.value === 'de' ? 'de' : 'en';
describePage();
describeZone();
