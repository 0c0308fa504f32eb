import { describeValue } from '../internal/describe.js';
import { CALENDAR_DATE_PATTERN } from './calendar.js';
import type { Candidacy } from './candidacy.js';
import type { Issue, IssuePath } from './issues.js';

/**
 * Legacy, abbreviated and fixed-offset zone names the runtime accepts, with the IANA name to write instead
 * and, where the old name hides a trap, why. Accepted with a `legacy_time_zone` warning: "MST" is UTC−07:00
 * all year, so a Denver candidate who writes it sees summer interviews an hour off.
 *
 * @example
 * LEGACY_TIME_ZONES['US/Mountain']?.use;
 * // => 'America/Denver'
 * @category Validation
 */
export const LEGACY_TIME_ZONES: Readonly<Record<string, { readonly use: string; readonly note?: string }>> =
  Object.freeze({
    MST: {
      use: 'America/Phoenix',
      note: 'MST is UTC−07:00 all year, right for Arizona; where clocks change in summer (Denver) write America/Denver',
    },
    EST: {
      use: 'America/New_York',
      note: 'EST is UTC−05:00 all year (like America/Panama); New York changes its clocks in summer',
    },
    HST: { use: 'Pacific/Honolulu' },
    CET: { use: 'Europe/Berlin', note: 'or the zone of your own city, e.g. Europe/Paris' },
    EET: { use: 'Europe/Athens', note: 'or the zone of your own city' },
    WET: { use: 'Europe/Lisbon' },
    EST5EDT: { use: 'America/New_York' },
    CST6CDT: { use: 'America/Chicago' },
    MST7MDT: { use: 'America/Denver' },
    PST8PDT: { use: 'America/Los_Angeles' },
    'US/Eastern': { use: 'America/New_York' },
    'US/Central': { use: 'America/Chicago' },
    'US/Mountain': { use: 'America/Denver' },
    'US/Arizona': { use: 'America/Phoenix' },
    'US/Pacific': { use: 'America/Los_Angeles' },
    'US/Alaska': { use: 'America/Anchorage' },
    'US/Hawaii': { use: 'Pacific/Honolulu' },
    'Canada/Eastern': { use: 'America/Toronto' },
    'Canada/Central': { use: 'America/Winnipeg' },
    'Canada/Mountain': { use: 'America/Edmonton' },
    'Canada/Pacific': { use: 'America/Vancouver' },
    'Canada/Atlantic': { use: 'America/Halifax' },
    'Canada/Newfoundland': { use: 'America/St_Johns' },
    GB: { use: 'Europe/London' },
    'Asia/Calcutta': { use: 'Asia/Kolkata' },
    'Asia/Saigon': { use: 'Asia/Ho_Chi_Minh' },
    'Asia/Katmandu': { use: 'Asia/Kathmandu' },
    'Asia/Rangoon': { use: 'Asia/Yangon' },
    'Europe/Kiev': { use: 'Europe/Kyiv' },
    GMT: { use: 'UTC', note: 'or Europe/London if you mean British time, which changes in summer' },
    'Etc/GMT': { use: 'UTC' },
    'Etc/UTC': { use: 'UTC' },
    UCT: { use: 'UTC' },
    Zulu: { use: 'UTC' },
    'Etc/GMT+5': {
      use: 'America/New_York',
      note: 'Etc/GMT+5 is a fixed UTC−05:00 with no daylight saving (the sign is inverted)',
    },
    'Etc/GMT+6': {
      use: 'America/Chicago',
      note: 'Etc/GMT+6 is a fixed UTC−06:00 with no daylight saving (the sign is inverted)',
    },
    'Etc/GMT+7': {
      use: 'America/Phoenix',
      note: 'Etc/GMT+7 is a fixed UTC−07:00 with no daylight saving (the sign is inverted); Denver changes its clocks, write America/Denver there',
    },
    'Etc/GMT+8': {
      use: 'America/Los_Angeles',
      note: 'Etc/GMT+8 is a fixed UTC−08:00 with no daylight saving (the sign is inverted)',
    },
  });

let canonicalZones: ReadonlySet<string> | undefined;

/** The runtime's canonical zone names (Intl.supportedValuesOf), plus UTC; empty where the runtime has no list. */
export function canonicalTimeZones(): ReadonlySet<string> {
  if (canonicalZones === undefined) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    canonicalZones = new Set([...supported, 'UTC']);
  }
  return canonicalZones;
}

function resolvedZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const LEGACY_PREFIX = /^(?:US|Canada|Etc|Brazil|Mexico|Chile|SystemV)\//;
let modernNames: ReadonlySet<string> | undefined;

/** The names the table points to: modern IANA names some runtimes still resolve to an older alias. */
function modernZones(): ReadonlySet<string> {
  modernNames ??= new Set(Object.values(LEGACY_TIME_ZONES).map((entry) => entry.use));
  return modernNames;
}

/** The warning for an accepted but legacy or non-canonical zone name, if it is one. */
export function timeZoneWarning(zone: string, path: IssuePath): Issue | undefined {
  let use: string | undefined;
  let note: string | undefined;
  if (Object.hasOwn(LEGACY_TIME_ZONES, zone)) {
    use = LEGACY_TIME_ZONES[zone]?.use;
    note = LEGACY_TIME_ZONES[zone]?.note;
  } else {
    if (canonicalTimeZones().has(zone) || modernZones().has(zone)) return undefined;
    const resolved = resolvedZone(zone);
    const sameButCase =
      resolved !== undefined && resolved !== zone && resolved.toLowerCase() === zone.toLowerCase();
    // A zone name the runtime knows but does not list is often just newer than its list (America/Nuuk):
    // only abbreviations, legacy areas and wrong case are doubtful.
    if (!sameButCase && zone.includes('/') && !LEGACY_PREFIX.test(zone)) return undefined;
    if (
      resolved !== undefined &&
      resolved !== zone &&
      resolved.includes('/') &&
      !resolved.startsWith('Etc/')
    ) {
      use = resolved;
    }
  }
  const fixed = /^Etc\/GMT[+-]\d{1,2}$/.test(zone)
    ? ': it is a fixed offset with no daylight saving (and its sign is inverted)'
    : '';
  const advice = use
    ? `write "${use}" instead${note ? ` (${note})` : ''}`
    : `write the zone as an IANA Area/City name${fixed}, e.g. America/Denver`;
  return {
    code: 'legacy_time_zone',
    path,
    message: `accepted ${describeValue(zone)}, a legacy or abbreviated zone name: ${advice}`,
  };
}

/**
 * What a valid candidacy holds that is accepted but doubtful: legacy zone names, a plain date given where
 * a time is expected, a round that names no interviewer. Each shaped like an issue.
 */
export function collectWarnings(candidacy: Candidacy): Issue[] {
  const warnings: Issue[] = [];
  const zone = timeZoneWarning(candidacy.candidate.timeZone, ['candidate', 'timeZone']);
  if (zone) warnings.push(zone);
  const firstOfRound = new Map<number, number>();
  const staffed = new Set<number>();
  candidacy.interviews.forEach((interview, index) => {
    if (interview.timeZone !== undefined) {
      const warning = timeZoneWarning(interview.timeZone, ['interviews', index, 'timeZone']);
      if (warning) warnings.push(warning);
    }
    if (!firstOfRound.has(interview.round)) firstOfRound.set(interview.round, index);
    if (interview.interviewers.length > 0) staffed.add(interview.round);
  });
  for (const [round, index] of firstOfRound) {
    if (staffed.has(round)) continue;
    warnings.push({
      code: 'no_interviewer',
      path: ['interviews', index, 'interviewers'],
      message: `accepted round ${round} with no interviewer: briefs, questions per person and thank-you drafts need the panel; add it when you know who is on it`,
    });
  }
  candidacy.pipeline?.offers.forEach((offer, index) => {
    if (offer.deadline !== undefined && CALENDAR_DATE_PATTERN.test(offer.deadline)) {
      warnings.push({
        code: 'date_without_time',
        path: ['pipeline', 'offers', index, 'deadline'],
        message: `accepted the plain date ${describeValue(offer.deadline)} as a deadline: it is read as the end of that day in your time zone; give the time with an offset if the company named one`,
      });
    }
  });
  return warnings;
}
