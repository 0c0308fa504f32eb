import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const thorough = 'examples/thorough-manager.json';
const NOW = '2027-03-09T12:00:00-05:00';

describe('second-round report --locale', () => {
  it('writes the report in German with --locale de', async () => {
    const result = await cli(['report', thorough, '--now', NOW, '--locale', 'de']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^# Maya Okafor: Engineering Manager, Billing Platform bei Tallyworks$/m);
    expect(result.stdout).toMatch(/^Vorbereitet am Di\., 9\. März 2027, 12:00 \(UTC-05:00\)/m);
    expect(result.stdout).toMatch(/^## Ihre Gesprächspartner$/m);
    expect(result.stdout).not.toMatch(/^## (?:Your interviewers|Pay and logistics|Timeline)/m);
  });

  it('writes the same English report with --locale en as without it', async () => {
    const plain = await cli(['report', thorough, '--now', NOW]);
    const english = await cli(['report', thorough, '--now', NOW, '--locale', 'en']);
    expect(english).toEqual(plain);
    expect(plain.stdout).toMatch(/^## Your interviewers$/m);
  });

  it('takes a regional form of a bundled language, and its dates', async () => {
    const result = await cli(['report', thorough, '--now', NOW, '--locale', 'de-AT', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.locale).toBe('de-AT');
    expect(report.notice).toMatch(/^Eine Vorbereitungshilfe/);
  });

  it.each([
    [['report', thorough, '--locale', 'fr'], 'fr'],
    [['timeline', thorough, '--locale', 'klingon'], 'klingon'],
    [['report', thorough, '--locale', ''], ''],
  ])('refuses an unknown locale %j as a usage error naming the bundled ones', async (args, found) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `--locale: expected en or de (or a regional form such as de-AT), found "${found}".\n`,
    );
  });

  it('needs a value', async () => {
    const result = await cli(['report', thorough, '--locale']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--locale needs a value');
  });

  it('is listed in the help of report and timeline', async () => {
    expect((await cli(['report', '--help'])).stdout).toContain('  --locale en|de');
    expect((await cli(['timeline', '--help'])).stdout).toContain('  --locale en|de');
  });
});

describe('second-round timeline --locale', () => {
  it('prints spans and status words in German, the titles from the German timeline', async () => {
    const result = await cli(['timeline', thorough, '--now', NOW, '--locale', 'de']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines.some((line) => line.startsWith('vom 2027-03-11 bis 2027-03-19  steht an  '))).toBe(true);
    expect(lines.some((line) => line.startsWith('2027-03-09  erledigt  '))).toBe(true);
    expect(result.stdout).not.toMatch(/\bfrom \d{4}|\bupcoming\b|\bdone\b/);
  });

  it('prints the same English timeline with --locale en as without it', async () => {
    const plain = await cli(['timeline', thorough, '--now', NOW]);
    expect(await cli(['timeline', thorough, '--now', NOW, '--locale', 'en'])).toEqual(plain);
  });

  it('leaves the calendar file alone but for the texts: --ics with --locale de is still iCalendar', async () => {
    const result = await cli(['timeline', thorough, '--now', NOW, '--locale', 'de', '--ics']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });
});
