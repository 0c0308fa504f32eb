// Issue 17 item 6: a real calendar server accepts every exported calendar and returns every instant unchanged,
// and a second, independent parser (node-ical; Python's icalendar too where installed) reads the same instants.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline, type Timeline, toICalendar } from '../../src/index.js';
import { candidacy, isoInstant } from './arbitraries.js';
import { example } from './fixtures.js';
import { dayAfter } from './read-back.js';

const hasRadicale = spawnSync('radicale', ['--version'], { encoding: 'utf8' }).status === 0;
const PYTHON = '/usr/bin/python3';
const hasPythonIcalendar = spawnSync(PYTHON, ['-c', 'import icalendar'], { encoding: 'utf8' }).status === 0;

/** The calendars to send: the bundled examples before and after round two, and property-test samples. */
function samples(): { name: string; timeline: Timeline }[] {
  const examples: [string, string[]][] = [
    ['thorough-manager', ['2027-03-01T09:00:00-05:00', '2027-03-25T09:00:00-04:00']],
    ['verbatim-reuser', ['2027-03-10T09:00:00+01:00', '2027-04-07T09:00:00+02:00']],
    ['contradicting-stories', ['2027-01-25T09:00:00-08:00', '2027-02-20T09:00:00-08:00']],
  ];
  const bundled = examples.flatMap(([name, nows]) =>
    nows.map((now) => ({ name: `${name}@${now}`, timeline: buildTimeline(example(name), { now }) })),
  );
  const sampled = fc
    .sample(fc.tuple(candidacy, isoInstant), { numRuns: 16, seed: 17 })
    .map(([value, now], index) => ({ name: `sample-${index}`, timeline: buildTimeline(value, { now }) }))
    .filter((sample) => sample.timeline.events.length > 0);
  return [...bundled, ...sampled, { name: 'hostile ids and texts', timeline: hostile() }];
}

/** A hand-made timeline whose ids and texts carry CR, LF and property names (issue 19, item 3). */
function hostile(): Timeline {
  const forged = '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Wire money';
  return {
    now: '2027-03-01T09:00:00-05:00',
    timeZone: 'America/New_York',
    candidateName: 'Dana',
    company: `Acme${forged}`,
    state: 'preparing',
    stateWhy: 'An interview is still ahead.',
    events: [
      {
        id: `interview:r2${forged}`,
        kind: 'interview',
        title: `Round 2${forged}`,
        window: { start: '2027-03-10T10:00:00-05:00', end: '2027-03-10T11:00:00-05:00' },
        location: `Room 1${forged}`,
        url: `https://meet.example/x${forged}`,
        why: `Prepare.${forged}`,
        source: 'seed#formats',
        status: 'upcoming',
        reminders: ['2027-03-10T09:00:00-05:00'],
      },
      {
        id: 'research:r2\nATTACH:http://evil.example/x',
        kind: 'research',
        title: 'Research',
        window: { start: '2027-03-09T00:00:00-05:00', end: '2027-03-10T00:00:00-05:00' },
        allDay: { first: '2027-03-09', last: '2027-03-09' },
        why: 'Look them up.',
        source: 'seed#research',
        status: 'upcoming',
      },
    ],
  };
}

/** Each event as the timeline says it: `uid prefix` → start and end (instants, or dates for all-day events). */
function expectedByUid(timeline: Timeline): Map<string, [number | string, number | string]> {
  const byId = new Map<string, [number | string, number | string]>();
  for (const event of timeline.events) {
    byId.set(
      event.id,
      event.allDay
        ? [event.allDay.first, dayAfter(event.allDay.last)]
        : [
            Date.parse(event.window?.start ?? event.due ?? ''),
            Date.parse(event.window?.end ?? event.due ?? ''),
          ],
    );
  }
  return byId;
}

/** The event id inside a UID (`<id>.<hash>@second-round`). */
function idOfUid(uid: string): string {
  // The library percent-encodes what a UID may not hold; decoding gives the event id back.
  return decodeURIComponent(uid.replace(/\.[0-9a-f]{8}@second-round$/, ''));
}

function dateOfParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What ical.js reads, by event id; VTIMEZONEs registered from `zonesFrom` (by default the file itself). */
function readWithIcalJs(text: string, zonesFrom = text): Map<string, [number | string, number | string]> {
  ICAL.TimezoneService.reset();
  // ical.js prefers a file's own VTIMEZONE to the registered one: drop those when reading with other zones.
  const events =
    zonesFrom === text ? text : text.replace(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE\r\n/g, '');
  const calendar = new ICAL.Component(ICAL.parse(events));
  for (const zone of new ICAL.Component(ICAL.parse(zonesFrom)).getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const read = (time: ICAL.Time) =>
    time.isDate ? dateOfParts(time.year, time.month, time.day) : time.toJSDate().getTime();
  return new Map(
    calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return [idOfUid(event.uid), [read(event.startDate), read(event.endDate)]];
    }),
  );
}

/** What node-ical reads (it resolves TZIDs by their IANA names, not from the file). */
function readWithNodeIcal(text: string): Map<string, [number | string, number | string]> {
  const parsed = nodeIcal.sync.parseICS(text);
  const byId = new Map<string, [number | string, number | string]>();
  for (const entry of Object.values(parsed)) {
    if (entry?.type !== 'VEVENT') continue;
    const read = (value: Date & { dateOnly?: boolean }) =>
      value.dateOnly
        ? dateOfParts(value.getFullYear(), value.getMonth() + 1, value.getDate())
        : value.getTime();
    const start = entry.start as Date & { dateOnly?: boolean };
    // A zero-length event (DURATION:PT0S) may come back without an end.
    const end = (entry.end ?? entry.start) as Date & { dateOnly?: boolean };
    byId.set(idOfUid(String(entry.uid)), [read(start), read(end)]);
  }
  return byId;
}

const PYTHON_READER = `
import json, sys, datetime
from icalendar import Calendar
def read(prop):
    value = prop.dt
    if isinstance(value, datetime.datetime):
        return int(value.timestamp() * 1000)
    return value.isoformat()
calendars = []
for text in json.load(sys.stdin):
    out = {}
    for event in Calendar.from_ical(text).walk('VEVENT'):
        start = read(event['DTSTART'])
        end = read(event['DTEND']) if 'DTEND' in event else start
        out[str(event['UID'])] = [start, end]
    calendars.append(out)
print(json.dumps(calendars))
`;

/** What Python's icalendar reads of each calendar (TZIDs through its own zone database), in one process. */
function readWithPython(texts: readonly string[]): Map<string, [number | string, number | string]>[] {
  const result = spawnSync(PYTHON, ['-c', PYTHON_READER], { input: JSON.stringify(texts), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python icalendar failed: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as Record<string, [number | string, number | string]>[];
  return parsed.map(
    (calendar) => new Map(Object.entries(calendar).map(([uid, span]) => [idOfUid(uid), span])),
  );
}

/**
 * Radicale on Debian 12 re-writes every VTIMEZONE through python-vobject 0.9.6.1, which loses detail: its
 * deltaToOffset always writes "00" minutes (Asia/Kolkata comes back at +05:00), and its southern-hemisphere
 * rules start late (Australia/Sydney). The events themselves come back unchanged; this tells which
 * calendars a reader trusting the server's VTIMEZONE would misplace.
 */
function isEqual(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  const text = (map: Map<string, unknown>) => JSON.stringify([...map].sort(([x], [y]) => (x < y ? -1 : 1)));
  return text(a) === text(b);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Radicale's `none` auth takes any password; the user name owns the collections under /second-round/. */
const AUTH = { Authorization: `Basic ${Buffer.from('second-round:unused').toString('base64')}` };

let server: ChildProcess | undefined;
let base = '';
let folder = '';
let startFailure = '';

async function startRadicale(): Promise<void> {
  // In memory where the system has it: Radicale syncs every stored item to disk.
  folder = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'second-round-radicale-'));
  const port = await freePort();
  const config = join(folder, 'config');
  // Loopback only, no password check (any user name is accepted), each user writes under their own name:
  // a throw-away server for this test run.
  writeFileSync(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = none',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${join(folder, 'collections')}`,
      '[web]',
      'type = none',
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  server = spawn('radicale', ['--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) break;
    try {
      await fetch(`${base}/`, { method: 'OPTIONS', headers: AUTH });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  startFailure = `radicale did not start on ${base}: ${stderr.trim() || 'no answer within 10 s'}`;
}

describe.skipIf(!hasRadicale)(
  hasRadicale
    ? 'a real CalDAV server (Radicale)'
    : 'a real CalDAV server (skipped: no `radicale` command; apt-get install radicale)',
  () => {
    beforeAll(startRadicale, 20_000);
    afterAll(() => {
      server?.kill();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('accepts every exported calendar and returns every instant unchanged, as ical.js, node-ical and Python read it', async (context) => {
      if (startFailure) context.skip(startFailure);
      const all = samples();
      expect(all.length).toBeGreaterThan(15);
      let events = 0;
      const serverZonesOff: string[] = [];
      const returnedAll: { name: string; returned: string; expected: Map<string, unknown> }[] = [];
      for (const [index, { name, timeline }] of all.entries()) {
        const text = toICalendar(timeline);
        const url = `${base}/second-round/calendar-${index}/`;
        const put = await fetch(url, {
          method: 'PUT',
          headers: { ...AUTH, 'Content-Type': 'text/calendar; charset=utf-8' },
          body: text,
        });
        expect(put.status, `${name}: PUT answered ${put.status} ${await put.text()}`).toBeLessThan(300);
        const got = await fetch(url, { headers: AUTH });
        expect(got.status, name).toBe(200);
        const returned = await got.text();
        const expected = expectedByUid(timeline);
        // Radicale keeps each event's TZID, wall clock and dates, but re-writes every VTIMEZONE through
        // python-vobject (see serverZonesDiffer): read the returned events with the zones we sent.
        expect(readWithIcalJs(returned, text), `${name} via Radicale, read by ical.js`).toEqual(expected);
        if (!isEqual(readWithIcalJs(returned), expected)) serverZonesOff.push(name);
        expect(readWithNodeIcal(text), `${name} read by node-ical`).toEqual(expected);
        expect(readWithNodeIcal(returned), `${name} via Radicale, read by node-ical`).toEqual(expected);
        if (hasPythonIcalendar) returnedAll.push({ name, returned, expected });
        events += expected.size;
      }
      expect(events).toBeGreaterThan(100);
      if (hasPythonIcalendar) {
        const read = readWithPython(returnedAll.map((each) => each.returned));
        for (const [index, { name, expected }] of returnedAll.entries()) {
          expect(read[index], `${name} via Radicale, read by Python`).toEqual(expected);
        }
      }
      // The bundled examples (New York, Berlin, Los Angeles) come back exact even with the server's own zones.
      expect(serverZonesOff.filter((name) => !name.startsWith('sample-'))).toEqual([]);
    }, 120_000);
  },
);
