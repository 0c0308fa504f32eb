// Candidacies for the latency and scaling benchmarks, built from examples/thorough-manager.json.
import { readFileSync } from 'node:fs';

/** The thorough example as raw JSON: 2 rounds, 5 round-two interviewers, 6 stories. */
export function readExample(name = 'thorough-manager') {
  return JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));
}

const DAY = 86_400_000;

function shiftIso(iso, days) {
  // Keep the example's offset: shift the wall-clock date part only.
  const match = /^(\d{4}-\d{2}-\d{2})(T.*)$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.parse(`${match[1]}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  return `${date}${match[2]}`;
}

function copyStory(story, suffix) {
  return { ...structuredClone(story), id: `${story.id}-${suffix}`, title: `${story.title} (${suffix})` };
}

/** `count` stories made by cycling the example's stories with fresh ids. */
function cycleStories(stories, count) {
  return Array.from({ length: count }, (_, index) => copyStory(stories[index % stories.length], index));
}

/**
 * The thorough example scaled by `factor`: `factor` times the stories and `factor` times the interviews
 * (each interview copied within its own round, a week apart, with its interviewers).
 */
export function scaledExample(factor) {
  const base = readExample();
  const interviews = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const interview of base.interviews) {
      const clone = structuredClone(interview);
      if (copy > 0) {
        clone.id = `${interview.id}-${copy}`;
        clone.scheduledAt = shiftIso(interview.scheduledAt, -7 * copy);
        for (const person of clone.interviewers ?? []) person.id = `${person.id}-${copy}`;
        delete clone.debrief;
      }
      interviews.push(clone);
    }
  }
  return { ...base, interviews, stories: cycleStories(base.stories, base.stories.length * factor) };
}

/**
 * A large candidacy: 4 rounds, 12 interviewers in all (2 in round one, then 4, 3 and 3), 40 stories
 * with tellings in rounds 1 and 2, built from the thorough example.
 */
export function largeExample() {
  const base = readExample();
  const [first, second] = base.interviews;
  const people = second.interviewers;
  const interviews = [structuredClone(first)];
  for (let round = 2; round <= 4; round++) {
    const clone = structuredClone(second);
    clone.id = `round-${round}`;
    clone.round = round;
    clone.scheduledAt = shiftIso(second.scheduledAt, (round - 2) * 7);
    delete clone.debrief;
    clone.interviewers = Array.from({ length: round === 2 ? 4 : 3 }, (_, index) => {
      const person = structuredClone(people[index % people.length]);
      return { ...person, id: `${person.id}-r${round}-${index}`, name: `${person.name} ${round}${index}` };
    });
    interviews.push(clone);
  }
  return { ...base, interviews, stories: cycleStories(base.stories, 40) };
}
