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

/** Where the CLI writes; the real streams in production, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** The current time; the CLI is the only place that reads the clock. */
  readonly clock: () => Date;
}

const USAGE = `Usage: second-round <command> [options]

Commands:
  report <file> [--now ISO] [--format md|json|ics]  the preparation report for one candidacy
  timeline <file> [--now ISO] [--ics]               the follow-up timeline (text, or iCalendar)
  score <folder | file.ndjson> [--now ISO]           readiness for many candidacies, one JSON line each
  validate <file>                                    check a candidacy and list every problem
  schema                                             print the JSON Schema of a candidacy

--now defaults to the current time. Exit codes: 0 ok, 1 invalid candidacy (or any invalid line in
a batch), 2 usage error, 3 file not found, 4 malformed JSON, 70 internal error (please report it).`;

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

function nowFrom(value: string | undefined, io: CliIo): string {
  if (value === undefined) return io.clock().toISOString();
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

function progress(io: CliIo, done: number, failed: number): void {
  if (!io.stderr.isTTY) return;
  io.stderr.write(`\rscored ${done}${failed ? `, ${failed} invalid` : ''}`);
}

function score(source: string | undefined, now: string, io: CliIo): number {
  if (!source) throw new UserError(`Missing <folder | file.ndjson>.\n\n${USAGE}`, EXIT.usage);
  const scorer = createScorer();
  let done = 0;
  let failed = 0;
  for (const { where, text } of batchOf(source)) {
    try {
      const candidacy = validated(parseJsonText(text, where), where);
      const readiness = scorer.score(candidacy, now);
      io.stdout.write(
        `${JSON.stringify({ source: where, ok: true, score: readiness.score, band: readiness.band, readiness })}\n`,
      );
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed++;
      io.stdout.write(`${JSON.stringify({ source: where, ok: false, error: error.message })}\n`);
    }
    progress(io, ++done, failed);
  }
  if (io.stderr.isTTY) io.stderr.write('\n');
  io.stderr.write(`scored ${done - failed} of ${done}${failed ? `; ${failed} invalid` : ''}\n`);
  return failed > 0 ? EXIT.invalidInput : EXIT.ok;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
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
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case 'schema':
      io.stdout.write(`${JSON.stringify(candidacyJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'validate': {
      const candidacy = loadCandidacy(file);
      const role = candidacy.candidate.targetRole;
      io.stdout.write(`✔ ${file}: a valid candidacy for ${role.title} at ${role.company}\n`);
      return EXIT.ok;
    }
    case 'report': {
      if (!['md', 'json', 'ics'].includes(values.format)) {
        throw new UserError(`--format: expected md, json or ics, found "${values.format}"`, EXIT.usage);
      }
      const candidacy = loadCandidacy(file);
      const report = await prepare(candidacy, { now: nowFrom(values.now, io) });
      const text =
        values.format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : values.format === 'ics'
            ? toICalendar(report.timeline)
            : renderMarkdown(report);
      io.stdout.write(text);
      return EXIT.ok;
    }
    case 'timeline': {
      const candidacy = loadCandidacy(file);
      const timeline = buildTimeline(candidacy, { now: nowFrom(values.now, io) });
      if (values.ics) io.stdout.write(toICalendar(timeline));
      else {
        for (const event of timeline.events) {
          const when = event.due ?? event.window?.start ?? '';
          io.stdout.write(`${when}  ${event.status.padEnd(8)}  ${event.title}\n`);
        }
      }
      return EXIT.ok;
    }
    case 'score':
      return score(file, nowFrom(values.now, io), io);
    case undefined:
      io.stderr.write(`${USAGE}\n`);
      return EXIT.usage;
    default:
      throw new UserError(`Unknown command "${command}".\n\n${USAGE}`, EXIT.usage);
  }
}

/**
 * Runs the `second-round` command with `argv` (without the node and script paths) and returns its exit code.
 * User errors are printed to stderr as one plain message, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`second-round: an internal error, please report it:\n${detail}\n`);
    return EXIT.internal;
  }
}
