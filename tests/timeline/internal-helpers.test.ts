import { describe, expect, it } from 'vitest';
import type { Candidacy } from '../../src/index.js';
import {
  compareText,
  type Draft,
  hasText,
  isWithin,
  placeInterviews,
  slugOf,
  uniqueIds,
} from '../../src/timeline/internal.js';
import { candidacyOf, newYorkInput } from './fixtures.js';

const ZONE = 'America/New_York';

describe('compareText', () => {
  it('orders by code unit: lower, higher, equal', () => {
    expect(compareText('a', 'b')).toBe(-1);
    expect(compareText('b', 'a')).toBe(1);
    expect(compareText('a', 'a')).toBe(0);
    expect(compareText('B', 'a')).toBe(-1);
  });
});

describe('isWithin', () => {
  const from = Date.parse('2027-03-10T10:00:00-05:00');
  const to = Date.parse('2027-03-10T11:00:00-05:00');

  it('includes both ends and excludes a second past either', () => {
    expect(isWithin('2027-03-10T10:00:00-05:00', from, to, ZONE)).toBe(true);
    expect(isWithin('2027-03-10T11:00:00-05:00', from, to, ZONE)).toBe(true);
    expect(isWithin('2027-03-10T09:59:59-05:00', from, to, ZONE)).toBe(false);
    expect(isWithin('2027-03-10T11:00:01-05:00', from, to, ZONE)).toBe(false);
  });

  it('reads a missing value as outside', () => {
    expect(isWithin(undefined, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, ZONE)).toBe(false);
  });
});

describe('hasText', () => {
  it('needs more than whitespace', () => {
    expect(hasText(undefined)).toBe(false);
    expect(hasText('')).toBe(false);
    expect(hasText(' \t\n')).toBe(false);
    expect(hasText(' x ')).toBe(true);
  });
});

describe('slugOf', () => {
  it('lower-cases and joins letters and digits with single dashes', () => {
    expect(slugOf('Globex, Inc.')).toBe('globex-inc');
    expect(slugOf('A,  B')).toBe('a-b');
    expect(slugOf('Nordlicht GmbH 2')).toBe('nordlicht-gmbh-2');
  });

  it('keeps letters beyond ASCII and trims every leading and trailing dash', () => {
    expect(slugOf('--Über Straße--')).toBe('über-straße');
    expect(slugOf('..Acme..')).toBe('acme');
  });

  it('names a company with no letter or digit unnamed', () => {
    expect(slugOf('!!!')).toBe('unnamed');
    expect(slugOf('')).toBe('unnamed');
    expect(slugOf('x')).toBe('x');
  });
});

describe('uniqueIds', () => {
  const draft = (id: string): Draft => ({
    id,
    kind: 'research',
    title: id,
    shape: 'window',
    start: 0,
    end: 0,
    why: '',
    source: 'seed#research',
    done: false,
  });

  it('numbers each repeat from #2 in order and keeps the first and unique ids as they are', () => {
    const drafts = [draft('a'), draft('a'), draft('b'), draft('a')];
    const unique = uniqueIds(drafts);
    expect(unique.map((each) => each.id)).toEqual(['a', 'a#2', 'b', 'a#3']);
    expect(unique[0]).toBe(drafts[0]);
    expect(drafts[1]?.id).toBe('a');
  });
});

describe('placeInterviews', () => {
  it('sorts by start, then by id at the same start, and links each to its neighbours', () => {
    const input = newYorkInput();
    const [round1, round2] = input.interviews;
    if (!round1 || !round2) throw new Error('fixture has no round 2');
    const twin = { ...round2, id: 'r2-a' };
    const candidacy = candidacyOf({ ...input, interviews: [twin, round2, round1] });
    const slots = placeInterviews(candidacy);
    expect(slots.map((slot) => slot.interview.id)).toEqual(['r1', 'r2', 'r2-a']);
    expect(slots[0]?.previousEnd).toBe(Number.NEGATIVE_INFINITY);
    expect(slots[0]?.nextStart).toBe(Date.parse('2027-03-10T10:00:00-05:00'));
    expect(slots[1]?.previousEnd).toBe(Date.parse('2027-02-24T10:30:00-05:00'));
    expect(slots[2]?.end).toBe(Date.parse('2027-03-10T11:00:00-05:00'));
    expect(slots[2]?.nextStart).toBe(Number.POSITIVE_INFINITY);
  });

  it('skips an interview whose start cannot be read instead of throwing', () => {
    const parsed = candidacyOf(newYorkInput());
    const broken: Candidacy = {
      ...parsed,
      interviews: parsed.interviews.map((interview) =>
        interview.id === 'r1' ? { ...interview, scheduledAt: 'next week' } : interview,
      ),
    };
    expect(placeInterviews(broken).map((slot) => slot.interview.id)).toEqual(['r2']);
  });
});
