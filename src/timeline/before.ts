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
    title: `Research each interviewer of round ${interview.round}`,
    ...dayStep(context, daysBefore(context, slot, 1), context.settings.eventShapes.research, slot.start),
    interviewId: interview.id,
    why: 'Look each person up on the day before: background, tenure, shared ground, what they published lately; pick one natural reference each, and recent company news for the most senior one.',
    source: 'seed#research',
    done,
  };
}

function checklistDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  return {
    id: `checklist:${interview.id}`,
    kind: 'checklist',
    title: `Run the pre-round checklist for round ${interview.round}`,
    ...dayStep(
      context,
      dateOf(addHours(slot.start, -context.settings.checklistHoursBefore), context.zone),
      context.settings.eventShapes.checklist,
      slot.start,
    ),
    interviewId: interview.id,
    why: 'A day ahead leaves time to fix what the checklist turns up: notes re-read, stories matched to round one, questions per audience, range and logistics settled.',
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
  const slotText = interview.presentation
    ? ` within the ${interview.presentation.slotMinutes}-minute slot`
    : '';
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    return {
      id: `rehearsal:${interview.id}:${number}`,
      kind: 'rehearsal',
      title: `Rehearse the presentation aloud (${number} of ${count})`,
      ...dayStep(
        context,
        daysBefore(context, slot, count - index),
        context.settings.eventShapes.rehearsal,
        slot.start,
      ),
      interviewId: interview.id,
      why: `Say it out loud and time it${slotText}; running over reads as unprepared, and the closing slide should answer the questions everyone will ask.`,
      source: 'seed#formats',
      done: heldBefore >= number,
    };
  });
}

function platformPracticeDraft(context: Context, slot: Slot): Draft {
  const { interview } = slot;
  const platform = interview.platform ? ` on ${interview.platform}` : " on the company's platform";
  return {
    id: `platform-practice:${interview.id}`,
    kind: 'platform-practice',
    title: `Warm up${platform}`,
    shape: 'window',
    // A short session shortly before: it ends where the setup test of a video interview begins.
    start: addMinutes(slot.start, -context.settings.platformPracticeMinutesBefore),
    end: addMinutes(
      slot.start,
      -context.settings.platformPracticeMinutesBefore +
        Math.min(30, context.settings.platformPracticeMinutesBefore),
    ),
    interviewId: interview.id,
    why: 'A short session in the same tool the same morning, plus a look at the syntax you may need, removes the friction of an unfamiliar editor.',
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
    title: `Test camera, audio, light and ${interview.platform ?? 'the meeting platform'}`,
    shape: 'window',
    start,
    end: slot.start,
    interviewId: interview.id,
    why: 'The platform may have changed since round one; checking it shortly before leaves time to fix it, and any slides should already be open in their own window.',
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
  const place = interview.location ? ` to ${interview.location}` : '';
  return {
    id: `route-plan:${interview.id}`,
    kind: 'route-plan',
    title: `Plan the route${place} and when to leave`,
    ...dayStep(
      context,
      dateOf(addHours(slot.start, -context.settings.routePlanHoursBefore), context.zone),
      context.settings.eventShapes.routePlan,
      slot.start,
    ),
    interviewId: interview.id,
    why: 'Knowing the way, the travel time and a margin for delays keeps the arrival calm and on time.',
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
    title: `Hand in the take-home (time box ${takeHome.timeboxHours} h, due ${formatGiven(takeHome.dueAt, context.zone)})`,
    shape: 'due',
    start: due,
    end: due,
    interviewId: interview.id,
    why: `Stop at the ${takeHome.timeboxHours}-hour box: extra polish rarely changes the result. Add a short write-up of what you chose, what you left out and why.`,
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
