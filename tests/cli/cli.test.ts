import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cli, jsonLines } from './harness.js';

const thorough = 'examples/thorough-manager.json';
const NOW = '2027-03-09T12:00:00-05:00';
const scratch = mkdtempSync(join(tmpdir(), 'second-round-cli-'));

function scratchFile(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('second-round validate', () => {
  it('accepts a valid candidacy', async () => {
    const result = await cli(['validate', thorough]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      '✔ examples/thorough-manager.json: a valid candidacy for Engineering Manager',
    );
  });

  it('lists every problem of an invalid candidacy with its path, and exits 1', async () => {
    const candidacy = JSON.parse(readFileSync(thorough, 'utf8'));
    candidacy.candidate.timeZone = 'Mars/Olympus';
    candidacy.interviews[1].medium = 'zoom';
    const result = await cli(['validate', scratchFile('invalid.json', JSON.stringify(candidacy))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not a valid candidacy (2 problems)');
    expect(result.stderr).toContain('→ at candidate.timeZone');
    expect(result.stderr).toContain('found "zoom" → at interviews[1].medium');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file, line and column of malformed JSON, and exits 4', async () => {
    const file = scratchFile('broken.json', '{\n  "schemaVersion": 1,\n  "candidate": ,\n}');
    const result = await cli(['validate', file]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:16: malformed JSON`),
    );
  });

  it('says a missing file is missing, and exits 3', async () => {
    const result = await cli(['validate', join(scratch, 'nope.json')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('nope.json: no such file or folder. Check the path.');
  });

  it('asks for the file when none is given, and exits 2', async () => {
    const result = await cli(['validate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Missing <file>');
  });

  it('refuses a folder given as a file', async () => {
    const result = await cli(['validate', scratch]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a folder, expected a JSON file');
  });
});

describe('second-round report', () => {
  it('prints the Markdown report at --now', async () => {
    const result = await cli(['report', thorough, '--now', NOW]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      '# Maya Okafor: Engineering Manager, Billing Platform at Tallyworks',
    );
    expect(result.stdout).toContain('## Readiness: ');
    expect(result.stdout).toContain('### Tom Reyes (cross-functional partner)');
  });

  it('prints the report as JSON with --format json', async () => {
    const result = await cli(['report', thorough, '--now', NOW, '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.preparedAt).toBe(NOW);
    expect(report.briefs).toHaveLength(5);
  });

  it('prints the timeline as iCalendar with --format ics', async () => {
    const result = await cli(['report', thorough, '--now', NOW, '--format', 'ics']);
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(5);
  });

  it('reads the clock only when --now is absent', async () => {
    const result = await cli(['report', thorough, '--format', 'json'], { clock: '2027-03-08T15:00:00Z' });
    expect(JSON.parse(result.stdout).preparedAt).toBe('2027-03-08T15:00:00.000Z');
  });

  it('refuses an unknown format and a --now without an offset, with exit 2', async () => {
    expect(await cli(['report', thorough, '--format', 'xml'])).toMatchObject({ code: 2 });
    const withoutOffset = await cli(['report', thorough, '--now', '2027-03-09T12:00:00']);
    expect(withoutOffset.code).toBe(2);
    expect(withoutOffset.stderr).toContain('--now: expected an ISO date-time with an offset');
  });
});

describe('second-round timeline', () => {
  it('lists the events one per line, or writes iCalendar with --ics', async () => {
    const text = await cli(['timeline', thorough, '--now', NOW]);
    expect(text.stdout).toContain('Send Dana Whitfield a thank-you');
    const ics = await cli(['timeline', thorough, '--now', NOW, '--ics']);
    expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});

describe('second-round score', () => {
  it('scores every candidacy of a folder, one JSON line each', async () => {
    const result = await cli(['score', 'examples', '--now', NOW]);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.source)).toEqual([
      'examples/contradicting-stories.json',
      'examples/thorough-manager.json',
      'examples/vendor-export.json',
      'examples/verbatim-reuser.json',
    ]);
    for (const line of lines) {
      expect(line.ok).toBe(true);
      expect(line.score).toBe(line.readiness?.score);
    }
    expect(result.stderr).toContain('scored 4 of 4');
  });

  it('reports a bad line of an NDJSON file without stopping, and exits 1', async () => {
    const good = JSON.stringify(JSON.parse(readFileSync(thorough, 'utf8')));
    const file = scratchFile('batch.ndjson', `${good}\n{"schemaVersion":1}\nnot json\n\n${good}\n`);
    const result = await cli(['score', file, '--now', NOW]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => [line.source.split(':').at(-1), line.ok])).toEqual([
      ['1', true],
      ['2', false],
      ['3', false],
      ['5', true],
    ]);
    expect(lines[2]?.error).toContain('malformed JSON');
    expect(result.stderr).toContain('scored 2 of 4; 2 bad items');
  });

  it('draws a progress count on a terminal', async () => {
    const result = await cli(['score', 'examples', '--now', NOW], { tty: true });
    expect(result.stderr).toContain('\rscored 3');
  });

  it('says a missing batch source is missing', async () => {
    const result = await cli(['score', join(scratch, 'none')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('no such file or folder');
  });
});

describe('second-round, other paths', () => {
  it('prints the JSON Schema', async () => {
    const schema = JSON.parse((await cli(['schema'])).stdout);
    expect(schema.required).toEqual(['schemaVersion', 'candidate', 'interviews']);
  });

  it('prints the usage for --help and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes: 0 ok');
  });

  it('prints the usage to stderr with no command, and exits 2', async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: second-round <command>');
  });

  it('refuses an unknown command and an unknown option with exit 2', async () => {
    expect(await cli(['grade', thorough])).toMatchObject({ code: 2 });
    const option = await cli(['validate', thorough, '--verbose']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('--verbose is not an option of validate: it takes no options but --help.\n');
  });
});
