import type { Context, Draft, Slot } from './internal.js';
import { isWithin } from './internal.js';
import { dayStep } from './shape.js';
import {
  addHours,
  addMinutes,
  dateOf,
  formatGiven,
  parseInstant,
  shiftPlainDate,
  startOfDay,
} from './time.js';

/** The plain date `days` before the interview's own day, in the candidate's zone. */
function daysBefore(context: Context, slot: Slot, days: number): string {
  return shiftPlainDate(dateOf(slot.start, context.zone), -days);
}

function researchDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  const people = interview.interviewers;
  const done =
    people.length > 0 &&
    people.every((person) =>
      isWithin(person.research?.researchedAt, Number.NEGATIVE_INFINITY, slot.start, context.zone),
    );
  return {
    id: `research:${interview.id}`,
    kind: 'research',
    title: context.words.say('timeline.research.title', { round: interview.round }),
    ...dayStep(context, daysBefore(context, slot, 1), context.settings.eventShapes.research, slot.start),
    interviewId: interview.id,
    why: context.words.say('timeline.research.why'),
    source: 'seed#research',
    done,
  };
}

function checklistDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  return {
    id: `checklist:${interview.id}`,
    kind: 'checklist',
    title: context.words.say('timeline.checklist.title', { round: interview.round }),
    ...dayStep(
      context,
      dateOf(addHours(slot.start, -context.settings.checklistHoursBefore), context.zone),
      context.settings.eventShapes.checklist,
      slot.start,
    ),
    interviewId: interview.id,
    why: context.words.say('timeline.checklist.why'),
    source: 'seed#checklist',
    done: isWithin(context.candidacy.prep?.checklistRunAt, slot.previousEnd, slot.start, context.zone),
  };
}

function rehearsalDrafts(context: Context, slot: Slot): Draft[] {
  const { interview } = slot;
  const count = Math.max(0, Math.floor(context.settings.rehearsalCount));
  const rehearsals = interview.presentation?.rehearsals ?? [];
  let heldBefore = rehearsals.filter(
    (rehearsal) => parseInstant(rehearsal.at, context.zone) < slot.start,
  ).length;
  const practiced = context.candidacy.prep?.formatPrep?.presentation?.practicedAt;
  if (heldBefore === 0 && isWithin(practiced, slot.previousEnd, slot.start, context.zone)) heldBefore = 1;
  const minutes = interview.presentation?.slotMinutes;
  const why =
    minutes === undefined
      ? context.words.say('timeline.rehearsal.why')
      : context.words.say('timeline.rehearsal.whyInSlot', { minutes });
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      id: `rehearsal:${interview.id}:${number}`,
      kind: 'rehearsal',
      title: context.words.say('timeline.rehearsal.title', { number, count }),
      ...dayStep(
        context,
        daysBefore(context, slot, count - index),
        context.settings.eventShapes.rehearsal,
        slot.start,
      ),
      interviewId: interview.id,
      why,
      source: 'seed#formats',
      done: heldBefore >= number,
    };
  });
}

function platformPracticeDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  return {
    id: `platform-practice:${interview.id}`,
    kind: 'platform-practice',
    title: interview.platform
      ? context.words.say('timeline.platformPractice.title', { platform: interview.platform })
      : context.words.say('timeline.platformPractice.titleNoPlatform'),
    shape: 'window',
    // A short session shortly before: it ends where the setup test of a video interview begins.
    start: addMinutes(slot.start, -context.settings.platformPracticeMinutesBefore),
    end: addMinutes(
      slot.start,
      -context.settings.platformPracticeMinutesBefore +
        Math.min(30, context.settings.platformPracticeMinutesBefore),
    ),
    interviewId: interview.id,
    why: context.words.say('timeline.platformPractice.why'),
    source: 'seed#formats',
    done: isWithin(
      context.candidacy.prep?.formatPrep?.technical?.platformPracticedAt,
      startOfDay(slot.start, context.zone),
      slot.start,
      context.zone,
    ),
  };
}

function setupTestDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  const minutes = context.settings.platformTestMinutesBefore;
  const start = addMinutes(slot.start, -minutes);
  return {
    id: `setup-test:${interview.id}`,
    kind: 'setup-test',
    title:
      interview.platform === undefined
        ? context.words.say('timeline.setupTest.titleNoPlatform')
        : context.words.say('timeline.setupTest.title', { platform: interview.platform }),
    shape: 'window',
    start,
    end: slot.start,
    interviewId: interview.id,
    why: context.words.say('timeline.setupTest.why'),
    source: 'seed#video',
    done: isWithin(
      context.candidacy.prep?.platformTestedAt,
      addMinutes(start, -60),
      slot.start,
      context.zone,
    ),
  };
}

function routePlanDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  return {
    id: `route-plan:${interview.id}`,
    kind: 'route-plan',
    title: interview.location
      ? context.words.say('timeline.routePlan.title', { place: interview.location })
      : context.words.say('timeline.routePlan.titleNoPlace'),
    ...dayStep(
      context,
      dateOf(addHours(slot.start, -context.settings.routePlanHoursBefore), context.zone),
      context.settings.eventShapes.routePlan,
      slot.start,
    ),
    interviewId: interview.id,
    why: context.words.say('timeline.routePlan.why'),
    source: 'seed#checklist',
    done: isWithin(context.candidacy.prep?.routePlannedAt, slot.previousEnd, slot.start, context.zone),
  };
}

function takeHomeDraft(context: Context, slot: Slot): Draft | undefined {
  const { interview } = slot;
  const takeHome = interview.takeHome;
  if (!takeHome) return undefined;
  const due = parseInstant(takeHome.dueAt, context.zone);
  if (!Number.isFinite(due)) return undefined;
  return {
    id: `take-home-due:${interview.id}`,
    kind: 'take-home-due',
    title: context.words.say('timeline.takeHome.title', {
      hours: takeHome.timeboxHours,
      due: formatGiven(takeHome.dueAt, context.zone, context.words),
    }),
    shape: 'due',
    start: due,
    end: due,
    interviewId: interview.id,
    why: context.words.say('timeline.takeHome.why', { hours: takeHome.timeboxHours }),
    source: 'seed#formats',
    done: takeHome.hoursSpent !== undefined && takeHome.writeupWords !== undefined,
  };
}

/** The steps before one interview, by its round, formats and medium. */
export function draftsBefore(context: Context, slot: Slot): Draft[] {
  const { interview } = slot;
  if (interview.round < context.settings.fromRound) return [];
  const drafts: Draft[] = [researchDraft(context, slot), checklistDraft(context, slot)];
  if (interview.formats.includes('presentation') || interview.presentation) {
    drafts.push(...rehearsalDrafts(context, slot));
  }
  if (interview.formats.includes('technical')) drafts.push(platformPracticeDraft(context, slot));
  if (interview.medium === 'video') drafts.push(setupTestDraft(context, slot));
  if (interview.medium === 'in-person') drafts.push(routePlanDraft(context, slot));
  const takeHome = takeHomeDraft(context, slot);
  if (takeHome) drafts.push(takeHome);
  return drafts;
}
