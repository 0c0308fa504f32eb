// The CLI's manners (issue 18, item 7) and its batch mode (issue 19, item 5), through runCli and, for what only
// a real process shows (closed pipes, a FIFO), through src/cli/main.ts bundled by esbuild and spawned.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, cli as run } from './harness.js';

const thorough = 'examples/thorough-manager.json';
const NOW = '2027-03-09T12:00:00-05:00';
const scratch = mkdtempSync(join(tmpdir(), 'second-round-manners-'));
const example = JSON.parse(readFileSync(thorough, 'utf8'));
const oneLine = JSON.stringify(example);

const cli = (args: string[]) => run(args, { version: '9.8.7' });

function scratchFile(name: string, content: string | Uint8Array): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('version and help', () => {
  it.each([
    [['--version'], 0, '9.8.7\n'],
    [['-v'], 0, '9.8.7\n'],
  ])('%j prints the version', async (args, code, stdout) => {
    expect(await cli(args)).toMatchObject({ code, stdout, stderr: '' });
  });

  it.each([
    [['help'], 'Usage: second-round <command> [options]'],
    [['--help'], 'Usage: second-round <command> [options]'],
    [
      ['help', 'score'],
      'Usage: second-round score <folder | file.ndjson | file.json> [--now ISO] [--summary]',
    ],
    [['score', '--help'], '  --summary'],
    [['report', '-h'], '  --format md|json|ics'],
    [['validate', '--help'], 'Options: --help only.'],
  ])('%j prints help on stdout and exits 0', async (args, expected) => {
    const result = await cli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
    expect(result.stderr).toBe('');
  });
});

describe('options a command does not take are usage errors naming its options', () => {
  it.each([
    [
      ['report', thorough, '--ics'],
      '--ics is not an option of report: its options are --now <ISO date-time with offset>, --format md|json|ics, --locale en|de and --help.\n',
    ],
    [
      ['timeline', thorough, '--format', 'ics'],
      '--format is not an option of timeline: its options are --now <ISO date-time with offset>, --ics, --locale en|de and --help.\n',
    ],
    [
      ['score', 'examples', '--ics'],
      '--ics is not an option of score: its options are --now <ISO date-time with offset>, --summary and --help.\n',
    ],
    [['schema', '--now', NOW], '--now is not an option of schema: it takes no options but --help.\n'],
    [
      ['report', thorough, '--now'],
      '--now needs a value: its options are --now <ISO date-time with offset>, --format md|json|ics, --locale en|de and --help.\n',
    ],
    [
      ['--now', NOW, 'report', thorough],
      '--now before a command: the commands are report, timeline, score, validate, schema, help (second-round help).\n',
    ],
    [
      ['validate', thorough, 'extra.json'],
      'validate takes one path, found 2: examples/thorough-manager.json extra.json.\n',
    ],
    [
      ['help', 'grade'],
      'help: unknown command "grade": the commands are report, timeline, score, validate, schema, help.\n',
    ],
  ])('%j exits 2 with one plain message', async (args, stderr) => {
    expect(await cli(args)).toMatchObject({ code: 2, stdout: '', stderr });
  });
});

describe('--now is checked by the library date-time rule', () => {
  it.each([
    '2027-02-30T10:00:00Z',
    'Tue Mar 09 2027 12:00:00 GMT-0500',
    '+275760-09-13T00:00:00Z',
    '2027-03-09T24:00:00Z',
    '2027-03-09',
    '',
  ])('refuses %j with exit 2 and no stack', async (now) => {
    const result = await cli(['score', 'examples', '--now', now]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--now: expected an ISO date-time with an offset on a real day/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('accepts a leap day with an offset', async () => {
    expect((await cli(['score', thorough, '--now', '2028-02-29T09:30:00+05:30'])).code).toBe(0);
  });
});

describe('score reads a folder, an NDJSON file or one .json candidacy', () => {
  it('reads a pretty-printed .json file as one candidacy', async () => {
    const file = scratchFile('pretty.json', JSON.stringify(example, null, 2));
    const result = await cli(['score', file, '--now', NOW]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ source: file, ok: true });
    expect(result.stderr).toBe('scored 1 of 1\n');
  });

  it('prints one tab-separated summary line per candidacy with --summary', async () => {
    const file = scratchFile('summary.ndjson', `${oneLine}\n{"schemaVersion":1}\n`);
    const result = await cli(['score', file, '--now', NOW, '--summary']);
    expect(result.code).toBe(1);
    const [good, bad] = result.stdout.trim().split('\n');
    const full = JSON.parse((await cli(['score', thorough, '--now', NOW])).stdout);
    const blockers = full.readiness.blockers.map((item: { ruleId: string }) => item.ruleId);
    expect(good).toBe(
      `${file}:1\t${full.score}\t${full.band}\tblockers: ${blockers.length ? blockers.join(', ') : 'none'}`,
    );
    expect(bad).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2\tinvalid\t.*not a valid candidacy`),
    );
  });

  it('accepts a byte-order mark in a .json file and on the first NDJSON line', async () => {
    const json = scratchFile('bom.json', `\uFEFF${JSON.stringify(example, null, 2)}`);
    expect((await cli(['validate', json])).code).toBe(0);
    const ndjson = scratchFile('bom.ndjson', `\uFEFF${oneLine}\n${oneLine}\n`);
    const result = await cli(['score', ndjson, '--now', NOW]);
    expect(result).toMatchObject({ code: 0, stderr: 'scored 2 of 2\n' });
  });

  it('reports a line of invalid UTF-8 with its byte offset in the file, and goes on', async () => {
    const first = Buffer.from(`${oneLine}\n`);
    const bad = Buffer.concat([
      Buffer.from('{"schemaVersion":1,"x":"caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
    ]);
    const file = scratchFile('latin1.ndjson', Buffer.concat([first, bad, first]));
    const result = await cli(['score', file, '--now', NOW]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.ok)).toEqual([true, false, true]);
    const offset = first.length + '{"schemaVersion":1,"x":"caf'.length;
    expect(lines[1]?.error).toBe(`${file}:2: not valid UTF-8 at byte ${offset}; save the file as UTF-8.`);
    expect(result.stderr).toBe('scored 2 of 3; 1 bad item\n');
  });

  it('names the byte offset of invalid UTF-8 in a single file, exit 4', async () => {
    const file = scratchFile('bad-utf8.json', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    expect(await cli(['validate', file])).toMatchObject({
      code: 4,
      stderr: `${file}: not valid UTF-8 at byte 2; save the file as UTF-8.\n`,
    });
  });

  it('reports folder entries that are not regular files and goes on, exit 1 with a count', async () => {
    const folder = join(scratch, 'batch');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), oneLine);
    mkdirSync(join(folder, 'b.json'));
    symlinkSync(join(folder, 'nowhere.json'), join(folder, 'c.json'));
    writeFileSync(join(folder, 'd.json'), JSON.stringify(example, null, 2));
    const result = await cli(['score', folder, '--now', NOW]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => [line.source.slice(folder.length + 1), line.ok])).toEqual([
      ['a.json', true],
      ['b.json', false],
      ['c.json', false],
      ['d.json', true],
    ]);
    expect(lines[1]?.error).toContain('is a folder');
    expect(lines[2]?.error).toContain('no such file or folder');
    expect(result.stderr).toBe('scored 2 of 4; 2 bad items\n');
  });

  it('skips blank lines, counts lines from 1, and survives many empty lines', async () => {
    const file = scratchFile('blanks.ndjson', `\n\n${'\n'.repeat(200_000)}${oneLine}\r\n   \n`);
    const result = await cli(['score', file, '--now', NOW]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).source).toBe(`${file}:200003`);
  });

  it('reads a line longer than the 64 KiB read chunk', async () => {
    const padded = { ...example, candidate: { ...example.candidate, name: `${'M'.repeat(150)} Okafor` } };
    const long = JSON.stringify({
      ...padded,
      stories: example.stories.concat(
        example.stories.map((story: { id: string }) => ({ ...story, id: `${story.id}-copy` })),
      ),
    });
    const file = scratchFile('long.ndjson', `${long}\n${long}`);
    expect(long.length).toBeGreaterThan(10_000);
    const result = await cli(['score', file, '--now', NOW, '--summary']);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual([`${file}:1`, `${file}:2`]);
  });
});

describe('terminal output carries no control sequences from user text', () => {
  it('strips escapes from a title in validate and timeline output', async () => {
    const hostile = structuredClone(example);
    hostile.candidate.targetRole.title = 'Manager\u001b[2J\u001b]0;owned\u0007 \u202eevil';
    const file = scratchFile('escapes.json', JSON.stringify(hostile));
    const result = await cli(['validate', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `✔ ${file}: a valid candidacy for Manager ?evil at ${hostile.candidate.targetRole.company}\n`,
    );
    const report = await cli(['report', file, '--now', NOW]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
    expect(report.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('strips escapes from a rejected option name', async () => {
    const result = await cli(['validate', thorough, '--\u001b[31mred']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('the executable', () => {
  let program = '';
  beforeAll(async () => {
    mkdirSync(join(scratch, 'bin'));
    writeFileSync(join(scratch, 'package.json'), '{"version":"1.2.3"}');
    program = join(scratch, 'bin', 'cli.mjs');
    await build({
      entryPoints: ['src/cli/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: program,
      logLevel: 'error',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
  });

  it('ends quietly with 0 when the reader closes the pipe (score | head -c 1)', () => {
    const folder = join(scratch, 'many');
    mkdirSync(folder);
    for (let index = 0; index < 200; index++) {
      writeFileSync(join(folder, `${String(index).padStart(3, '0')}.json`), oneLine);
    }
    const errors = join(scratch, 'err.txt');
    const result = spawnSync('bash', [
      '-c',
      `set -o pipefail; node "${program}" score "${folder}" --now ${NOW} 2>"${errors}" | head -c 1 >/dev/null`,
    ]);
    expect(result.status).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('refuses a FIFO instead of blocking on it, exit 2', () => {
    const fifo = join(scratch, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const result = spawnSync(process.execPath, [program, 'validate', fifo], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${fifo}: not a regular file (a FIFO, socket or device); expected a JSON file.\n`,
    );
  });

  it('prints the package version', () => {
    const result = spawnSync(process.execPath, [program, '--version'], { encoding: 'utf8' });
    // The program reads the package.json one folder above it, as dist/cli.js does.
    expect(result).toMatchObject({ status: 0, stdout: '1.2.3\n' });
  });
});
