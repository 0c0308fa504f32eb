import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { de } from '../entries/locale-de.js';
import { wording } from '../i18n/wording.js';
import {
  buildTimeline,
  type Candidacy,
  candidacyJsonSchema,
  createScorer,
  formatIssues,
  isOffsetDateTime,
  type LocaleBundle,
  parseCandidacy,
  parseLocale,
  prepare,
  renderMarkdown,
  reportTexts,
  type Timeline,
  toICalendar,
} from '../index.js';
import { EXIT, forTerminal, kindOf, parseJsonText, readLines, readText, UserError } from './io.js';

/** Where the CLI writes; the real streams in production, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** The current time; the CLI is the only place that reads the clock. */
  readonly clock: () => Date;
  /** The package version, printed by `--version`. */
  readonly version?: string;
}

type OptionSpec = { readonly type: 'string' | 'boolean'; readonly hint: string };

interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
}

const NOW: OptionSpec = { type: 'string', hint: '--now <ISO date-time with offset>' };
const LOCALE: OptionSpec = { type: 'string', hint: '--locale en|de' };

/** The languages the CLI writes in: English (the library's default texts) and the bundled German. */
const BUNDLES: Readonly<Record<string, LocaleBundle>> = { en: { locale: 'en', texts: {} }, de };

const COMMANDS: Readonly<Record<string, Command>> = {
  report: {
    usage: 'report <file> [--now ISO] [--format md|json|ics] [--locale en|de]',
    summary: 'the preparation report for one candidacy',
    options: { now: NOW, format: { type: 'string', hint: '--format md|json|ics' }, locale: LOCALE },
  },
  timeline: {
    usage: 'timeline <file> [--now ISO] [--ics] [--locale en|de]',
    summary: 'the follow-up timeline (text, or iCalendar)',
    options: { now: NOW, ics: { type: 'boolean', hint: '--ics' }, locale: LOCALE },
  },
  score: {
    usage: 'score <folder | file.ndjson | file.json> [--now ISO] [--summary]',
    summary: 'readiness for many candidacies, one JSON line each (or one summary line)',
    options: { now: NOW, summary: { type: 'boolean', hint: '--summary' } },
  },
  validate: { usage: 'validate <file>', summary: 'check a candidacy and list every problem', options: {} },
  schema: { usage: 'schema', summary: 'print the JSON Schema of a candidacy', options: {} },
  help: { usage: 'help [command]', summary: 'this help, or the help of one command', options: {} },
};

const USAGE = `Usage: second-round <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage.padEnd(66)} ${command.summary}`)
  .join('\n')}

Every command takes --help; second-round --version prints the version.
--now defaults to the current time. Exit codes: 0 ok, 1 invalid candidacy (or any bad item in a batch),
2 usage error, 3 file not found, 4 malformed JSON or bad UTF-8, 70 internal error (please report it).`;

function commandHelp(name: string, command: Command): string {
  const options = Object.values(command.options).map((option) => `  ${option.hint}`);
  return `Usage: second-round ${command.usage}\n\n${command.summary}.\n${
    options.length > 0 ? `\nOptions:\n${options.join('\n')}\n  --help\n` : `\nOptions: --help only.\n`
  }${name === 'score' ? '\nA .json file is one candidacy; any other file is NDJSON, one candidacy per line.\n' : ''}`;
}

function optionList(command: Command): string {
  const hints = Object.values(command.options).map((option) => option.hint);
  return hints.length === 0
    ? 'it takes no options but --help'
    : `its options are ${hints.join(', ')} and --help`;
}

/** Parses argv for one command: an option the command does not take is a usage error naming its options. */
function parseFor(name: string, command: Command, args: readonly string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [key, spec] of Object.entries(command.options)) options[key] = { type: spec.type };
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    const found = /'(-[^' ]*)/.exec(error instanceof Error ? error.message : '')?.[1];
    const what =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `${found ?? 'an option'} needs a value`
        : `${forTerminal(found ?? 'an option')} is not an option of ${name}`;
    throw new UserError(`${what}: ${optionList(command)}.`, EXIT.usage);
  }
}

function validated(input: unknown, where: string): Candidacy {
  const result = parseCandidacy(input);
  if (result.ok) return result.value;
  const count = result.issues.length;
  throw new UserError(
    `${where}: not a valid candidacy (${count} problem${count === 1 ? '' : 's'}):\n${formatIssues(result.issues)}`,
    EXIT.invalidInput,
  );
}

function loadCandidacy(file: string | undefined): Candidacy {
  if (!file) throw new UserError('Missing <file>: give the path of a candidacy JSON file.', EXIT.usage);
  return validated(parseJsonText(readText(file), file), file);
}

function nowFrom(value: string | undefined, io: CliIo): string {
  if (value === undefined) return io.clock().toISOString();
  if (!isOffsetDateTime(value) || Number.isNaN(Date.parse(value))) {
    throw new UserError(
      `--now: expected an ISO date-time with an offset on a real day, like 2027-03-09T12:00:00-05:00, found "${forTerminal(value.slice(0, 80))}".`,
      EXIT.usage,
    );
  }
  return value;
}

/**
 * The bundle of `--locale`: `en` or `de`, or a regional form of one (`de-AT` writes the German texts with
 * Austrian dates and numbers); English when the option is absent. Anything else is a usage error.
 */
function bundleFrom(value: string | undefined): LocaleBundle {
  if (value === undefined) return BUNDLES.en!;
  const parsed = parseLocale(value);
  const language = parsed.ok ? parsed.value.split('-')[0]!.toLowerCase() : '';
  const bundle = Object.hasOwn(BUNDLES, language) ? BUNDLES[language] : undefined;
  if (!parsed.ok || bundle === undefined) {
    throw new UserError(
      `--locale: expected ${Object.keys(BUNDLES).join(' or ')} (or a regional form such as de-AT), found "${forTerminal(value.slice(0, 80))}".`,
      EXIT.usage,
    );
  }
  return parsed.value === language ? bundle : { ...bundle, locale: parsed.value };
}

/** The timeline as text lines: when (ISO dates, "from … to …" for a span), the status word, the title. */
function timelineLines(timeline: Timeline, bundle: LocaleBundle): string[] {
  const { say } = wording(reportTexts, bundle);
  const statuses = {
    upcoming: say('report.eventStatus.upcoming'),
    due: say('report.eventStatus.due'),
    overdue: say('report.eventStatus.overdue'),
    done: say('report.eventStatus.done'),
  };
  const width = Math.max(...Object.values(statuses).map((word) => word.length));
  return timeline.events.map((event) => {
    // An all-day event is its date (or "from … to …"), never a midnight-to-midnight span.
    const days = event.allDay;
    const when =
      days === undefined
        ? (event.due ?? event.window?.start ?? '')
        : days.first === days.last
          ? days.first
          : say('report.timeline.span', { first: days.first, last: days.last });
    return `${when}  ${statuses[event.status].padEnd(width)}  ${event.title}`;
  });
}

/** One item of a batch: its text, or why it could not be read (the batch goes on). */
type BatchItem =
  | { readonly where: string; readonly text: string }
  | { readonly where: string; readonly error: string };

/** Each candidacy of a batch: the regular `.json` files of a folder, one `.json` file, or the lines of NDJSON. */
function* batchOf(source: string): Generator<BatchItem> {
  if (kindOf(source, 'a folder, an .ndjson file or a .json file') === 'folder') {
    const names = readdirSync(source)
      .filter((entry) => entry.endsWith('.json'))
      .sort();
    for (const name of names) {
      const file = join(source, name);
      try {
        if (kindOf(file, 'a JSON file') === 'folder')
          throw new UserError(`${file}: is a folder, skipped.`, EXIT.usage);
        yield { where: file, text: readText(file) };
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        yield { where: file, error: error.message };
      }
    }
    return;
  }
  if (source.toLowerCase().endsWith('.json')) {
    yield { where: source, text: readText(source) };
    return;
  }
  for (const read of readLines(source)) {
    const where = `${source}:${read.line}`;
    yield 'text' in read ? { where, text: read.text } : { where, error: `${where}: ${read.error}` };
  }
}

function progress(io: CliIo, done: number, failed: number): void {
  if (!io.stderr.isTTY) return;
  io.stderr.write(`\rscored ${done}${failed ? `, ${failed} bad` : ''}`);
}

async function score(source: string | undefined, now: string, summary: boolean, io: CliIo): Promise<number> {
  if (!source) {
    throw new UserError('Missing <folder | file.ndjson | file.json>: give what to score.', EXIT.usage);
  }
  const scorer = createScorer();
  let done = 0;
  let failed = 0;
  for (const item of batchOf(source)) {
    try {
      if ('error' in item) throw new UserError(item.error, EXIT.invalidInput);
      const candidacy = validated(parseJsonText(item.text, item.where), item.where);
      const readiness = scorer.score(candidacy, { now });
      if (summary) {
        const blockers = readiness.blockers.map((blocker) => blocker.ruleId);
        io.stdout.write(
          `${forTerminal(item.where)}\t${readiness.score}\t${readiness.band}\tblockers: ${blockers.length === 0 ? 'none' : forTerminal(blockers.join(', '))}\n`,
        );
      } else {
        io.stdout.write(
          `${JSON.stringify({ source: item.where, ok: true, score: readiness.score, band: readiness.band, readiness })}\n`,
        );
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed++;
      if (summary)
        io.stdout.write(`${forTerminal(item.where)}\tinvalid\t${forTerminal(firstLine(error.message))}\n`);
      else io.stdout.write(`${JSON.stringify({ source: item.where, ok: false, error: error.message })}\n`);
    }
    progress(io, ++done, failed);
    // Let pending stream events run now and then: a reader that closed the pipe ends the batch (see main.ts).
    if (done % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (io.stderr.isTTY) io.stderr.write('\n');
  io.stderr.write(
    forTerminal(
      `scored ${done - failed} of ${done}${failed ? `; ${failed} bad item${failed === 1 ? '' : 's'}` : ''}\n`,
    ),
  );
  return failed > 0 ? EXIT.invalidInput : EXIT.ok;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${io.version ?? 'unknown'}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) {
    const what = first.startsWith('-')
      ? `${forTerminal(first)} before a command`
      : `unknown command "${forTerminal(first)}"`;
    throw new UserError(
      `${what[0]!.toUpperCase()}${what.slice(1)}: the commands are ${Object.keys(COMMANDS).join(', ')} (second-round help).`,
      EXIT.usage,
    );
  }
  const { positionals, values } = parseFor(first, command, rest);
  if (values.help) {
    io.stdout.write(commandHelp(first, command));
    return EXIT.ok;
  }
  const takes = first === 'schema' ? 0 : 1;
  if (first !== 'help' && positionals.length > takes) {
    throw new UserError(
      `${first} takes ${takes === 0 ? 'no argument' : 'one path'}, found ${positionals.length}: ${forTerminal(positionals.join(' ').slice(0, 200))}.`,
      EXIT.usage,
    );
  }
  const [file] = positionals;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  switch (first) {
    case 'help': {
      const topic = file !== undefined && Object.hasOwn(COMMANDS, file) ? COMMANDS[file] : undefined;
      if (file !== undefined && topic === undefined) {
        throw new UserError(
          `help: unknown command "${forTerminal(file)}": the commands are ${Object.keys(COMMANDS).join(', ')}.`,
          EXIT.usage,
        );
      }
      io.stdout.write(topic && file ? commandHelp(file, topic) : `${USAGE}\n`);
      return EXIT.ok;
    }
    case 'schema':
      io.stdout.write(`${JSON.stringify(candidacyJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'validate': {
      const candidacy = loadCandidacy(file);
      const role = candidacy.candidate.targetRole;
      io.stdout.write(
        `${forTerminal(`✔ ${file}: a valid candidacy for ${role.title} at ${role.company}`)}\n`,
      );
      return EXIT.ok;
    }
    case 'report': {
      const format = text(values.format) ?? 'md';
      if (!['md', 'json', 'ics'].includes(format)) {
        throw new UserError(
          `--format: expected md, json or ics, found "${forTerminal(format.slice(0, 80))}".`,
          EXIT.usage,
        );
      }
      const now = nowFrom(text(values.now), io);
      const bundle = bundleFrom(text(values.locale));
      const candidacy = loadCandidacy(file);
      const report = await prepare(candidacy, { now, ...bundle });
      io.stdout.write(
        format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === 'ics'
            ? toICalendar(report.timeline)
            : forTerminal(renderMarkdown(report, bundle)),
      );
      return EXIT.ok;
    }
    case 'timeline': {
      const now = nowFrom(text(values.now), io);
      const bundle = bundleFrom(text(values.locale));
      const candidacy = loadCandidacy(file);
      const timeline = buildTimeline(candidacy, { now, ...bundle });
      if (values.ics === true) io.stdout.write(toICalendar(timeline));
      else for (const line of timelineLines(timeline, bundle)) io.stdout.write(`${forTerminal(line)}\n`);
      return EXIT.ok;
    }
    case 'score':
      return score(file, nowFrom(text(values.now), io), values.summary === true, io);
    default:
      throw new UserError(`Unknown command "${forTerminal(first)}".`, EXIT.usage);
  }
}

/**
 * Runs the `second-round` command with `argv` (without the node and script paths) and returns its exit code.
 * Every error is printed to stderr as plain sentences, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`${forTerminal(error.message)}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `second-round: an internal error (${forTerminal(firstLine(detail)).slice(0, 300)}); please report it with the command you ran.\n`,
    );
    return EXIT.internal;
  }
}
