import { parseArgs } from 'node:util';
import { candidacyJsonSchema, formatIssues, parseCandidacy } from '../index.js';
import { EXIT, parseJsonText, readText, UserError } from './io.js';

const USAGE = `Usage: second-round <command> [options]

Commands:
  report <file> [--now ISO] [--format md|json]  the preparation report for a candidacy
  validate <file>                               check a candidacy and list every problem
  schema                                        print the JSON Schema of a candidacy

Exit codes: 0 ok, 1 invalid candidacy, 2 usage error, 3 file not found, 4 malformed JSON.`;

function loadCandidacy(file: string | undefined) {
  if (!file) throw new UserError(`Missing <file>.\n\n${USAGE}`, EXIT.usage);
  const input = parseJsonText(readText(file), file);
  const result = parseCandidacy(input);
  if (!result.ok) {
    throw new UserError(
      `${file}: not a valid candidacy (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):\n${formatIssues(result.issues)}`,
      EXIT.invalidInput,
    );
  }
  return result.value;
}

function run(argv: readonly string[]): number {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      now: { type: 'string' },
      format: { type: 'string', default: 'md' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
    case 'schema':
      process.stdout.write(`${JSON.stringify(candidacyJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case 'validate': {
      const candidacy = loadCandidacy(file);
      process.stdout.write(
        `✔ ${file}: a valid candidacy for ${candidacy.candidate.targetRole.title} at ${candidacy.candidate.targetRole.company}\n`,
      );
      return EXIT.ok;
    }
    case 'report': {
      const candidacy = loadCandidacy(file);
      const rounds = [...new Set(candidacy.interviews.map((interview) => interview.round))].sort(
        (a, b) => a - b,
      );
      const people = candidacy.interviews.reduce((sum, interview) => sum + interview.interviewers.length, 0);
      process.stdout.write(
        `# ${candidacy.candidate.name}: ${candidacy.candidate.targetRole.title} at ${candidacy.candidate.targetRole.company}\n\n` +
          `- rounds: ${rounds.join(', ')}\n- interviews: ${candidacy.interviews.length}, interviewers: ${people}\n` +
          `- stories: ${candidacy.stories.length}\n`,
      );
      return EXIT.ok;
    }
    default:
      throw new UserError(`Unknown command "${command}".\n\n${USAGE}`, EXIT.usage);
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
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
    throw error;
  }
}
