import { lookupInTable } from '../jurisdictions/lookup.js';
import { decisionNoticeRows } from '../jurisdictions/table-decision-notice.js';
import type { Offer } from '../model/index.js';
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
  formatDay,
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
  const via = interview.platform ? ` on ${interview.platform}` : '';
  const names = interview.interviewers
    .map((person) => person.name)
    .sort(compareText)
    .join(', ');
  const ownZone = interview.timeZone && interview.timeZone !== context.zone ? interview.timeZone : undefined;
  const formats = `Formats: ${interview.formats.join(', ')}.`;
  const advice =
    interview.round <= 1
      ? `${formats} Have two or three short stories ready and note what you tell, so a later round can build on it.`
      : `${formats} Keep your stories the same as in round one and go one level deeper.`;
  return {
    id: `interview:${interview.id}`,
    kind: 'interview',
    title: `Round ${interview.round} interview, ${interview.medium}${via}${names ? ` with ${names}` : ''}`,
    shape: 'window',
    start: slot.start,
    end: slot.end,
    interviewId: interview.id,
    ...(ownZone ? { localZone: ownZone } : {}),
    ...placeOf(interview.location),
    why: advice,
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
        title: 'Send your shadow-day host a thank-you',
        ...timing,
        interviewId: interview.id,
        why: 'Thank the person who hosted your day, and anyone you spent real time with, each separately with one detail from the day. Add them as interviewers to track each note.',
        source: 'seed#formats',
        done: false,
      },
    ];
  }
  return interview.interviewers.map((person) => ({
    id: `thank-you:${interview.id}:${person.id}`,
    kind: 'thank-you',
    title: `Send ${person.name} a thank-you`,
    ...timing,
    interviewId: interview.id,
    interviewerId: person.id,
    why: isShadowDay
      ? 'After a day with the team, thank your host and the people you spent time with, each in a separate note with one detail from your time together.'
      : 'A short, separate note to each person with one specific detail from your conversation; the decision is close, so it counts.',
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
  return [
    { ...draft, title: `${draft.title}: first day`, ...allDaySpan(context, first, first) },
    {
      ...draft,
      id: `${draft.id}:end`,
      title: `${draft.title}: last day`,
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
  const { zone, settings } = context;
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
            ? `${company} is expected to decide (${formatDay(decision.firstDay)} to ${formatDay(decision.lastDay)})`
            : `${company} expects to decide by ${formatGiven(decision.given, zone)}`,
        why:
          decision.given === undefined
            ? 'No date was given, so expect an answer one to two weeks after the last interview; keep your other processes moving meanwhile.'
            : 'This is the date the company gave; keep your other processes moving meanwhile.',
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
    const by = day < lastDay ? `, by ${formatDay(lastDay)} at the latest` : '';
    drafts.push({
      id: 'follow-up',
      kind: 'follow-up',
      title: 'Follow up once with the recruiter',
      ...dayStep(context, day, shapes.followUp),
      // Placed on its first day, due until the end of its last (day 10, or the day it starts on).
      closesAt: allDaySpan(context, laterDate(day, lastDay), laterDate(day, lastDay)).end,
      ...(recruiter ? { interviewerId: recruiter } : {}),
      why: `If the date you were given passes in silence, one brief, friendly note to the recruiter is enough${by}; more than one reads as pressure.`,
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
        title: 'Prepare for an offer: market rate, your moves, your walk-away number',
        why: 'Deciding the numbers before the call keeps you from deciding them under pressure on it.',
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
        title: 'Prepare a gracious reply in case the answer is no',
        why: 'A calm, warm reply written in advance keeps the door open for a later role.',
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
    title: `${company} must tell you by ${formatDay(day)} whether a decision was made`,
    ...allDaySpan(context, day, day),
    why: `Where the job is (${code}), ${row.citation} requires an employer that interviewed you to say within ${days} days of your last interview whether a hiring decision was made${row.employerThreshold === undefined ? '' : ` (for employers with ${row.employerThreshold})`}. If nothing has come by then, a short note asking is within your rights. General information from our law table, not legal advice.`,
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
  const { zone } = context;
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
      title: `Tell ${company} about the ${offer.company} offer`,
      why: `The ${offer.company} offer has no date yet; ask them for one, then tell ${company} you are in late stages elsewhere, that this role is your priority if it is, and when you expect to hear.`,
    };
  }
  const what = offer.deadline !== undefined && date === offer.deadline ? 'deadline' : 'expected by';
  const label = formatGiven(date, zone);
  const companyDay =
    decision.given === undefined
      ? `before ${company}'s decision window opens (${formatDay(decision.opensDay)})`
      : `before ${company} expects to decide (${formatGiven(decision.given, zone)})`;
  const warning =
    dateOf(dated, zone) < decision.opensDay
      ? `The ${offer.company} offer (${what} ${label}) lands ${companyDay}: ask ${company} whether they can decide sooner, or ask ${offer.company} for more time.`
      : undefined;
  return {
    ...base,
    title: `Tell ${company} about the ${offer.company} offer (${what} ${label})`,
    why: `Say it plainly and calmly: you are in late stages with another company, with an offer ${what === 'deadline' ? 'to answer by' : 'expected by'} ${label}; this role is the one you want most, if it is, and you are sharing the timing so they can plan. Said now, right after round two, it speeds a decision without reading as pressure.`,
    ...(warning === undefined ? {} : { warning }),
  };
}
