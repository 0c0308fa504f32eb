import type { Offer } from '../model/index.js';
import type { Context, Draft, Slot } from './internal.js';
import { compareText, hasText, isWithin, slugOf } from './internal.js';
import { addDays, addHours, formatLabel, parseDeadline, parseInstant } from './time.js';

/** The interview itself, with its own zone's time in the title when it differs from the candidate's. */
export function interviewDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  const via = interview.platform ? ` on ${interview.platform}` : '';
  const names = interview.interviewers
    .map((person) => person.name)
    .sort(compareText)
    .join(', ');
  const ownZone = interview.timeZone && interview.timeZone !== context.zone ? interview.timeZone : undefined;
  const local = ownZone ? ` (${formatLabel(slot.start, ownZone)} ${ownZone})` : '';
  return {
    id: `interview:${interview.id}`,
    kind: 'interview',
    title: `Round ${interview.round} interview, ${interview.medium}${via}${names ? ` with ${names}` : ''}${local}`,
    shape: 'window',
    start: slot.start,
    end: slot.end,
    interviewId: interview.id,
    ...(ownZone ? { localZone: ownZone } : {}),
    why: `Formats: ${interview.formats.join(', ')}. Keep your stories the same as in round one and go one level deeper.`,
    source: interview.medium === 'video' ? 'seed#video' : 'seed#formats',
    done: context.now >= slot.end,
  };
}

/** One thank-you per interviewer, due within the settings' hours after the interview ends. */
export function thankYouDrafts(context: Context, slot: Slot): Draft[] {
  const { interview } = slot;
  const isShadowDay = interview.formats.includes('shadow-day');
  const sent = context.candidacy.prep?.thankYouSent ?? [];
  if (interview.round < context.settings.fromRound) return [];
  const end = addHours(slot.end, context.settings.thankYouHours);
  if (isShadowDay && interview.interviewers.length === 0) {
    // The guide asks for a note to the host even when the candidate did not list who hosted the day.
    return [
      {
        id: `thank-you:${interview.id}:host`,
        kind: 'thank-you',
        title: 'Send your shadow-day host a thank-you',
        shape: 'window',
        start: slot.end,
        end,
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
    shape: 'window',
    start: slot.end,
    end,
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
  readonly start: number;
  readonly end: number;
  /** The instant the company's own date passes, when it gave one. */
  readonly companyDatePasses?: number;
  readonly answered: boolean;
  readonly lastEnd: number;
}

function isTargetCompany(context: Context, offer: Offer): boolean {
  return slugOf(offer.company) === slugOf(context.candidacy.candidate.targetRole.company);
}

/** The decision window: the company's own date when it gave one after the last interview, else the settings' days. */
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
  if (passes > last.end) {
    return { start: last.end, end: passes, companyDatePasses: passes, answered, lastEnd: last.end };
  }
  return {
    start: addDays(last.end, settings.decisionWindowDays.min, zone, settings.dayCounting),
    end: addDays(last.end, settings.decisionWindowDays.max, zone, settings.dayCounting),
    answered,
    lastEnd: last.end,
  };
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
  drafts.push({
    id: 'decision-window',
    kind: 'decision-window',
    title: `${company} is expected to decide`,
    shape: 'window',
    start: decision.start,
    end: decision.end,
    why:
      decision.companyDatePasses === undefined
        ? 'No date was given, so expect an answer one to two weeks after the last interview; keep your other processes moving meanwhile.'
        : 'This is the date the company gave; keep your other processes moving meanwhile.',
    source: 'seed#after',
    done: decision.answered,
  });

  if (!decision.answered) {
    const { min, max } = settings.followUpDays;
    const earliest = addDays(decision.lastEnd, min, zone, settings.dayCounting);
    const latest = addDays(decision.lastEnd, max, zone, settings.dayCounting);
    const start = Math.max(earliest, decision.companyDatePasses ?? earliest);
    const end = start < latest ? latest : addDays(start, Math.max(1, max - min), zone, settings.dayCounting);
    const recruiter = recruiterOf(context);
    drafts.push({
      id: 'follow-up',
      kind: 'follow-up',
      title: 'Follow up once with the recruiter',
      shape: 'window',
      start,
      end,
      ...(recruiter ? { interviewerId: recruiter } : {}),
      why: 'If the date you were given passes in silence, one brief, friendly note to the recruiter is enough; more than one reads as pressure.',
      source: 'seed#after',
      done: isWithin(
        context.candidacy.prep?.followUpSentAt,
        decision.lastEnd,
        Number.POSITIVE_INFINITY,
        zone,
      ),
    });
  }

  const offers = (context.candidacy.pipeline?.offers ?? [])
    .filter((offer) => !isTargetCompany(context, offer))
    .filter((offer) => offer.status === 'expected' || offer.status === 'received');
  for (const offer of offers) drafts.push(competingOfferDraft(context, decision, offer));

  const plans = context.candidacy.prep?.outcomePlans;
  const planEnd = decision.start > decision.lastEnd ? decision.start : decision.end;
  drafts.push(
    {
      id: 'outcome-plan:offer',
      kind: 'outcome-plan',
      title: 'Prepare for an offer: market rate, your moves, your walk-away number',
      shape: 'window',
      start: decision.lastEnd,
      end: planEnd,
      why: 'Deciding the numbers before the call keeps you from deciding them under pressure on it.',
      source: 'seed#after',
      done: hasText(plans?.ifOffer),
    },
    {
      id: 'outcome-plan:rejection',
      kind: 'outcome-plan',
      title: 'Prepare a gracious reply in case the answer is no',
      shape: 'window',
      start: decision.lastEnd,
      end: planEnd,
      why: 'A calm, warm reply written in advance keeps the door open for a later role.',
      source: 'seed#after',
      done: hasText(plans?.ifRejected),
    },
  );
  return drafts;
}

function competingOfferDraft(context: Context, decision: Decision, offer: Offer): Draft {
  const date = offer.deadline ?? offer.expectedBy;
  const base: Pick<Draft, 'id' | 'kind' | 'source' | 'done'> = {
    id: `competing-offer:${slugOf(offer.company)}`,
    kind: 'competing-offer',
    source: 'seed#after',
    done: false,
  };
  const dated = date === undefined ? Number.NaN : parseInstant(date, context.zone);
  if (Number.isFinite(dated)) {
    const what = offer.deadline ? 'deadline' : 'expected';
    return {
      ...base,
      title: `Tell ${context.candidacy.candidate.targetRole.company} about the ${offer.company} offer (${what} ${date})`,
      shape: 'due',
      start: dated,
      end: dated,
      why: `The ${offer.company} offer is real and dated: say so plainly, with the date, and that this role is still your priority; it helps them plan without pressure.`,
    };
  }
  return {
    ...base,
    title: `Tell ${context.candidacy.candidate.targetRole.company} about the ${offer.company} offer`,
    shape: 'window',
    start: decision.lastEnd,
    end: Math.max(decision.start, decision.lastEnd),
    why: `The ${offer.company} offer has no date yet; ask them for one so you can share the timing honestly.`,
  };
}

/** The last interview in time: `placeInterviews` already sorts the slots with a stable tie-break. */
export function lastSlot(slots: readonly Slot[]): Slot | undefined {
  return slots.at(-1);
}
