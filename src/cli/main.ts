import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildTimeline,
  type Candidacy,
  candidacyJsonSchema,
  createScorer,
  formatIssues,
  parseCandidacy,
  prepare,
  renderMarkdown,
  toICalendar,
} from '../index.js';
import { EXIT, parseJsonText, readText, UserError } from './io.js';

const USAGE = `Usage: second-round <command> [options]

Commands:
  report <file> [--now ISO] [--format md|json|ics]  the preparation report for one candidacy
  timeline <file> [--now ISO] [--ics]               the follow-up timeline (text, or iCalendar)
  score <folder | file.ndjson> [--now ISO]           readiness for many candidacies, one JSON line each
  validate <file>                                    check a candidacy and list every problem
  schema                                             print the JSON Schema of a candidacy

--now defaults to the current time. Exit codes: 0 ok, 1 invalid candidacy (or any invalid line in
a batch), 2 usage error, 3 file not found, 4 malformed JSON.`;

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
  if (!file) throw new UserError(`Missing <file>.\n\n${USAGE}`, EXIT.usage);
  return validated(parseJsonText(readText(file), file), file);
}

/** The CLI is the only place that reads the clock. */
function nowFrom(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString();
  if (Number.isNaN(Date.parse(value)) || !/T.*(Z|[+-]\d\d:?\d\d)$/.test(value)) {
    throw new UserError(
      `--now: expected an ISO date-time with an offset, like 2027-03-09T12:00:00-05:00, found "${value}"`,
      EXIT.usage,
    );
  }
  return value;
}

/** Each candidacy of a batch: the files of a folder, or the lines of an NDJSON file. */
function* batchOf(source: string): Generator<{ where: string; text: string }> {
  let isFolder: boolean;
  try {
    isFolder = statSync(source).isDirectory();
  } catch {
    throw new UserError(`${source}: no such file or folder. Check the path.`, EXIT.fileNotFound);
  }
  if (isFolder) {
    for (const name of readdirSync(source)
      .filter((entry) => entry.endsWith('.json'))
      .sort()) {
      const file = join(source, name);
      yield { where: file, text: readText(file) };
    }
    return;
  }
  const lines = readText(source).split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() !== '') yield { where: `${source}:${index + 1}`, text: line };
  }
}

function progress(done: number, failed: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\rscored ${done}${failed ? `, ${failed} invalid` : ''}`);
}

function score(source: string | undefined, now: string): number {
  if (!source) throw new UserError(`Missing <folder | file.ndjson>.\n\n${USAGE}`, EXIT.usage);
  const scorer = createScorer();
  let done = 0;
  let failed = 0;
  for (const { where, text } of batchOf(source)) {
    try {
      const candidacy = validated(parseJsonText(text, where), where);
      const readiness = scorer.score(candidacy, now);
      process.stdout.write(
        `${JSON.stringify({ source: where, ok: true, score: readiness.score, band: readiness.band, readiness })}\n`,
      );
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed++;
      process.stdout.write(`${JSON.stringify({ source: where, ok: false, error: error.message })}\n`);
    }
    progress(++done, failed);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  process.stderr.write(`scored ${done - failed} of ${done}${failed ? `; ${failed} invalid` : ''}\n`);
  return failed > 0 ? EXIT.invalidInput : EXIT.ok;
}

async function run(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      now: { type: 'string' },
      format: { type: 'string', default: 'md' },
      ics: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case 'schema':
      process.stdout.write(`${JSON.stringify(candidacyJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'validate': {
      const candidacy = loadCandidacy(file);
      const role = candidacy.candidate.targetRole;
      process.stdout.write(`✔ ${file}: a valid candidacy for ${role.title} at ${role.company}\n`);
      return EXIT.ok;
    }
    case 'report': {
      if (!['md', 'json', 'ics'].includes(values.format)) {
        throw new UserError(`--format: expected md, json or ics, found "${values.format}"`, EXIT.usage);
      }
      const candidacy = loadCandidacy(file);
      const report = await prepare(candidacy, { now: nowFrom(values.now) });
      const text =
        values.format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : values.format === 'ics'
            ? toICalendar(report.timeline)
            : renderMarkdown(report);
      process.stdout.write(text);
      return EXIT.ok;
    }
    case 'timeline': {
      const candidacy = loadCandidacy(file);
      const timeline = buildTimeline(candidacy, { now: nowFrom(values.now) });
      if (values.ics) process.stdout.write(toICalendar(timeline));
      else {
        for (const event of timeline.events) {
          const when = event.due ?? event.window?.start ?? '';
          process.stdout.write(`${when}  ${event.status.padEnd(8)}  ${event.title}\n`);
        }
      }
      return EXIT.ok;
    }
    case 'score':
      return score(file, nowFrom(values.now));
    case undefined:
      process.stderr.write(`${USAGE}\n`);
      return EXIT.usage;
    default:
      throw new UserError(`Unknown command "${command}".\n\n${USAGE}`, EXIT.usage);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(
        `second-round: an internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    }
  },
);
