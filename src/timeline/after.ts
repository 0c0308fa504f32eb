import { lookupInTable } from '../jurisdictions/lookup.js';
import { decisionNoticeRows } from '../jurisdictions/table-decision-notice.js';
import type { Offer } from '../model/index.js';
import { isPlainDate } from '../model/index.js';
import type { Context, Draft, Slot } from './internal.js';
import { compareText, hasText, isWithin, slugOf } from './internal.js';
import type { SpanShape } from './settings.js';
import { allDaySpan, dayStep, thankYouDue } from './shape.js';
import {
  addDays,
  addHours,
  businessDateFrom,
  dateOf,
  earlierDate,
  formatGiven,
  laterDate,
  parseDeadline,
  parseInstant,
  shiftPlainDate,
} from './time.js';

/** A location that is a web address (a video call link) goes to `url`; anything else is a place. */
function placeOf(location: string | undefined): Pick<Draft, 'location' | 'url'> {
  if (location === undefined || location.trim() === '') return {};
  return /^https?:\/\/\S+$/i.test(location.trim()) ? { url: location.trim() } : { location };
}

/** The interview itself; its own zone, when it differs from the candidate's, goes to `localTime` only. */
export function interviewDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  const { words } = context;
  const platform = interview.platform || undefined;
  // Names and formats are a label's enumeration ("with A, B"), comma-separated in every language.
  const names = interview.interviewers
    .map((person) => person.name)
    .sort(compareText)
    .join(', ');
  const ownZone = interview.timeZone && interview.timeZone !== context.zone ? interview.timeZone : undefined;
  const formats = {
    count: interview.formats.length,
    formats: interview.formats.map((format) => words.say('timeline.interview.format', { format })).join(', '),
  };
  const values = { round: interview.round, medium: interview.medium, platform, names };
  const title =
    platform === undefined
      ? words.say(names ? 'timeline.interview.titleWith' : 'timeline.interview.title', values)
      : words.say(names ? 'timeline.interview.titleOnWith' : 'timeline.interview.titleOn', values);
  return {
    id: `interview:${interview.id}`,
    kind: 'interview',
    title,
    shape: 'window',
    start: slot.start,
    end: slot.end,
    interviewId: interview.id,
    ...(ownZone ? { localZone: ownZone } : {}),
    ...placeOf(interview.location),
    why: words.say(
      interview.round <= 1 ? 'timeline.interview.whyFirstRound' : 'timeline.interview.whyLaterRound',
      formats,
    ),
    source: interview.medium === 'video' ? 'seed#video' : 'seed#formats',
    done: context.now >= slot.end,
  };
}

/** One thank-you per interviewer, due a few hours after the interview ends (within the settings' hours). */
export function thankYouDrafts(context: Context, slot: Slot): Draft[] {
  const { interview } = slot;
  const isShadowDay = interview.formats.includes('shadow-day');
  const sent = context.candidacy.prep?.thankYouSent ?? [];
  if (interview.round < context.settings.fromRound) return [];
  const due = thankYouDue(slot.end, context);
  // Due a few hours after the end, overdue only past the guide's limit (thankYouHours).
  const closesAt = Math.max(due, addHours(slot.end, context.settings.thankYouHours));
  const timing = { shape: 'due' as const, start: due, end: due, opensAt: slot.end, closesAt };
  if (isShadowDay && interview.interviewers.length === 0) {
    // The guide asks for a note to the host even when the candidate did not list who hosted the day.
    return [
      {
        id: `thank-you:${interview.id}:host`,
        kind: 'thank-you',
        title: context.words.say('timeline.thankYou.hostTitle'),
        ...timing,
        interviewId: interview.id,
        why: context.words.say('timeline.thankYou.hostWhy'),
        source: 'seed#formats',
        done: false,
      },
    ];
  }
  return interview.interviewers.map((person) => ({
    id: `thank-you:${interview.id}:${person.id}`,
    kind: 'thank-you',
    title: context.words.say('timeline.thankYou.title', { name: person.name }),
    ...timing,
    interviewId: interview.id,
    interviewerId: person.id,
    why: context.words.say(isShadowDay ? 'timeline.thankYou.whyShadowDay' : 'timeline.thankYou.why'),
    source: isShadowDay ? 'seed#formats' : 'seed#after',
    done: sent.some(
      (entry) =>
        entry.interviewerId === person.id && isWithin(entry.at, slot.start, slot.nextStart, context.zone),
    ),
  }));
}

/** The decision the company owes after the last interview, and whether it already answered. */
export interface Decision {
  /** Midnight of the first day of the window. */
  readonly start: number;
  /** Midnight after its last day. */
  readonly end: number;
  readonly firstDay: string;
  readonly lastDay: string;
  /** The instant the company's own date passes, when it gave one. */
  readonly companyDatePasses?: number;
  /** The company's date as it was given. */
  readonly given?: string;
  /** The day the company is expected to decide from: its own date, else the window's first day. */
  readonly opensDay: string;
  readonly answered: boolean;
  readonly lastEnd: number;
}

function isTargetCompany(context: Context, offer: Offer): boolean {
  return slugOf(offer.company) === slugOf(context.candidacy.candidate.targetRole.company);
}

/** The decision window: up to the company's own date when it gave one after the last interview, else the settings' days. */
export function decideWindow(context: Context, last: Slot): Decision {
  const { zone, settings } = context;
  const given = [...context.slots]
    .reverse()
    .map((slot) => slot.interview.decisionExpectedBy)
    .find((value) => value !== undefined);
  // NaN when no date was given: it compares false with every instant.
  const passes = given === undefined ? Number.NaN : parseDeadline(given, zone);
  const answered = (context.candidacy.pipeline?.offers ?? []).some((offer) =>
    isTargetCompany(context, offer),
  );
  const lastDate = dateOf(last.end, zone);
  if (given !== undefined && passes > last.end) {
    const lastDay = dateOf(parseInstant(given, zone), zone);
    const dayAfter = shiftPlainDate(lastDate, 1);
    const firstDay = earlierDate(dayAfter, lastDay);
    return {
      ...spanOf(context, firstDay, lastDay),
      firstDay,
      lastDay,
      companyDatePasses: passes,
      given,
      opensDay: lastDay,
      answered,
      lastEnd: last.end,
    };
  }
  const firstDay = dateOf(
    addDays(last.end, settings.decisionWindowDays.min, zone, settings.dayCounting),
    zone,
  );
  const lastDay = dateOf(
    addDays(last.end, settings.decisionWindowDays.max, zone, settings.dayCounting),
    zone,
  );
  return {
    ...spanOf(context, firstDay, lastDay),
    firstDay,
    lastDay,
    opensDay: firstDay,
    answered,
    lastEnd: last.end,
  };
}

function spanOf(context: Context, first: string, last: string): { start: number; end: number } {
  const { start, end } = allDaySpan(context, first, last);
  return { start, end };
}

/** A window of several days as the settings shape it: one all-day span, or a marker on each end. */
function spanDrafts(
  context: Context,
  draft: Omit<Draft, 'shape' | 'start' | 'end' | 'days'>,
  first: string,
  last: string,
  shape: SpanShape,
): Draft[] {
  if (shape === 'all-day' || first >= last) return [{ ...draft, ...allDaySpan(context, first, last) }];
  const { title } = draft;
  return [
    {
      ...draft,
      title: context.words.say('timeline.span.firstDay', { title }),
      ...allDaySpan(context, first, first),
    },
    {
      ...draft,
      id: `${draft.id}:end`,
      title: context.words.say('timeline.span.lastDay', { title }),
      ...allDaySpan(context, last, last),
    },
  ];
}

/** The first day on which outreach to people may happen, from `date` on. */
function outreachDate(context: Context, date: string): string {
  return context.settings.outreachDays === 'business' ? businessDateFrom(date) : date;
}

function recruiterOf(context: Context): string | undefined {
  for (const slot of [...context.slots].reverse()) {
    // The lowest id among the recruiters, so the order the panel is listed in changes nothing.
    const recruiters = slot.interview.interviewers.filter((person) => person.audience === 'recruiter');
    const first = recruiters.map((person) => person.id).sort(compareText)[0];
    if (first !== undefined) return first;
  }
  return undefined;
}

/** The decision window, the single follow-up, competing offers and the two outcome plans. */
export function draftsAfterLast(context: Context, decision: Decision): Draft[] {
  const { zone, settings, words } = context;
  const drafts: Draft[] = [];
  const company = context.candidacy.candidate.targetRole.company;
  const shapes = settings.eventShapes;
  drafts.push(
    ...spanDrafts(
      context,
      {
        id: 'decision-window',
        kind: 'decision-window',
        title:
          decision.given === undefined
            ? words.say('timeline.decisionWindow.title', {
                company,
                first: words.date(decision.firstDay),
                last: words.date(decision.lastDay),
              })
            : words.say('timeline.decisionWindow.titleGiven', {
                company,
                given: formatGiven(decision.given, zone, words),
              }),
        why: words.say(
          decision.given === undefined ? 'timeline.decisionWindow.why' : 'timeline.decisionWindow.whyGiven',
        ),
        source: 'seed#after',
        done: decision.answered,
      },
      decision.firstDay,
      decision.lastDay,
      shapes.decisionWindow,
    ),
  );

  if (!decision.answered) {
    const { min, max } = settings.followUpDays;
    const earliest = dateOf(addDays(decision.lastEnd, min, zone, settings.dayCounting), zone);
    const latest = dateOf(addDays(decision.lastEnd, max, zone, settings.dayCounting), zone);
    const afterCompany =
      decision.companyDatePasses === undefined ? earliest : dateOf(decision.companyDatePasses, zone);
    const day = outreachDate(context, laterDate(afterCompany, earliest));
    const recruiter = recruiterOf(context);
    const lastDay = outreachDate(context, latest);
    drafts.push({
      id: 'follow-up',
      kind: 'follow-up',
      title: words.say('timeline.followUp.title'),
      ...dayStep(context, day, shapes.followUp),
      // Placed on its first day, due until the end of its last (day 10, or the day it starts on).
      closesAt: allDaySpan(context, laterDate(day, lastDay), laterDate(day, lastDay)).end,
      ...(recruiter ? { interviewerId: recruiter } : {}),
      why:
        day < lastDay
          ? words.say('timeline.followUp.whyBy', { last: words.date(lastDay) })
          : words.say('timeline.followUp.why'),
      source: 'seed#after',
      done: isWithin(
        context.candidacy.prep?.followUpSentAt,
        decision.lastEnd,
        Number.POSITIVE_INFINITY,
        zone,
      ),
    });
  }

  const notice = decisionNoticeDraft(context, decision);
  if (notice) drafts.push(notice);

  const offers = (context.candidacy.pipeline?.offers ?? [])
    .filter((offer) => !isTargetCompany(context, offer))
    .filter((offer) => offer.status === 'expected' || offer.status === 'received');
  for (const offer of offers) drafts.push(competingOfferDraft(context, decision, offer));

  const plans = context.candidacy.prep?.outcomePlans;
  const planFirst = shiftPlainDate(dateOf(decision.lastEnd, zone), 1);
  const beforeWindow = shiftPlainDate(decision.firstDay, -1);
  const planLast = laterDate(beforeWindow, planFirst);
  drafts.push(
    ...spanDrafts(
      context,
      {
        id: 'outcome-plan:offer',
        kind: 'outcome-plan',
        title: words.say('timeline.outcomePlan.offerTitle'),
        why: words.say('timeline.outcomePlan.offerWhy'),
        source: 'seed#after',
        done: hasText(plans?.ifOffer),
      },
      planFirst,
      planLast,
      shapes.outcomePlan,
    ),
    ...spanDrafts(
      context,
      {
        id: 'outcome-plan:rejection',
        kind: 'outcome-plan',
        title: words.say('timeline.outcomePlan.rejectionTitle'),
        why: words.say('timeline.outcomePlan.rejectionWhy'),
        source: 'seed#after',
        done: hasText(plans?.ifRejected),
      },
      planFirst,
      planLast,
      shapes.outcomePlan,
    ),
  );
  return drafts;
}

/**
 * Where the law sets a day by which an employer must tell an interviewee whether a decision was made
 * (Ontario: 45 days after the last interview), that day, from the law row in force where the job is (or,
 * when no place of work is given, where the candidate lives) on the day of the last interview.
 */
function decisionNoticeDraft(context: Context, decision: Decision): Draft | undefined {
  const { candidate } = context.candidacy;
  const code = candidate.targetRole.jurisdiction ?? candidate.jurisdiction;
  if (code === undefined) return undefined;
  const lastDate = dateOf(decision.lastEnd, context.zone);
  // A last interview past 9999-12-31 (a far-future "no date" west of UTC) has no ISO date to look laws up by.
  if (!isPlainDate(lastDate)) return undefined;
  // Only the rows that set notice days: the same days as the whole table (a test holds it), without its weight.
  const law = lookupInTable(decisionNoticeRows, code, lastDate);
  const days = law.decisionNoticeDays;
  const row = law.inForce.find((each) => each.decisionNoticeDays === days);
  if (days === undefined || row === undefined) return undefined;
  const day = shiftPlainDate(lastDate, days);
  const company = candidate.targetRole.company;
  return {
    id: 'decision-notice',
    kind: 'decision-notice',
    title: context.words.say('timeline.decisionNotice.title', { company, day: context.words.date(day) }),
    ...allDaySpan(context, day, day),
    why:
      row.employerThreshold === undefined
        ? context.words.say('timeline.decisionNotice.why', { code, citation: row.citation, days })
        : context.words.say('timeline.decisionNotice.whyThreshold', {
            code,
            citation: row.citation,
            days,
            threshold: row.employerThreshold,
          }),
    source: `law:${row.id}`,
    done: decision.answered,
  };
}

/** The end of the round the guide means by "after round two": the last dated interview of `fromRound`, else the last one. */
function roundTwoEnd(context: Context, decision: Decision): number {
  const ofRound = context.slots.filter((slot) => slot.interview.round === context.settings.fromRound);
  return ofRound.at(-1)?.end ?? decision.lastEnd;
}

/**
 * Telling the company about another offer, on the first outreach day after round two: the guide calls
 * that "the moment", early enough for them to speed up. Warns when the offer lands before they decide.
 */
function competingOfferDraft(context: Context, decision: Decision, offer: Offer): Draft {
  const { zone, words } = context;
  const company = context.candidacy.candidate.targetRole.company;
  const date =
    offer.status === 'received' ? (offer.deadline ?? offer.expectedBy) : (offer.expectedBy ?? offer.deadline);
  const day = outreachDate(context, shiftPlainDate(dateOf(roundTwoEnd(context, decision), zone), 1));
  const dated = date === undefined ? Number.NaN : parseInstant(date, zone);
  const base = {
    id: `competing-offer:${slugOf(offer.company)}`,
    kind: 'competing-offer' as const,
    source: 'seed#after',
    done: false,
    ...dayStep(context, day, context.settings.eventShapes.competingOffer),
  };
  if (date === undefined || !Number.isFinite(dated)) {
    return {
      ...base,
      title: words.say('timeline.competingOffer.titleUndated', { company, offer: offer.company }),
      why: words.say('timeline.competingOffer.whyUndated', { company, offer: offer.company }),
    };
  }
  const values = {
    company,
    offer: offer.company,
    what: offer.deadline !== undefined && date === offer.deadline ? 'deadline' : 'expected',
    date: formatGiven(date, zone, words),
  };
  const warning =
    dateOf(dated, zone) >= decision.opensDay
      ? undefined
      : decision.given === undefined
        ? words.say('timeline.competingOffer.warningWindow', {
            ...values,
            opens: words.date(decision.opensDay),
          })
        : words.say('timeline.competingOffer.warningGiven', {
            ...values,
            given: formatGiven(decision.given, zone, words),
          });
  return {
    ...base,
    title: words.say('timeline.competingOffer.title', values),
    why: words.say('timeline.competingOffer.why', values),
    ...(warning === undefined ? {} : { warning }),
  };
}
