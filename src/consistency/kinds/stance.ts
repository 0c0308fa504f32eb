import type { Token } from '../../text/index.js';
import type { Draft } from '../draft.js';
import { type CompiledLexicon, isClauseBreak } from '../internal.js';

interface TopicMention {
  readonly topic: string;
  readonly start: number;
  readonly end: number;
  /** -1 when the words name the topic's other pole ("in the office" for remote work), else 1. */
  readonly sign: number;
}

/** The longer of a topic and an opposite pole found at one place (the topic when they tie). */
function longer(
  topic: { value: string; length: number } | undefined,
  opposite: { value: string; length: number } | undefined,
): { value: string; length: number; sign: number } | undefined {
  if (opposite !== undefined && (topic === undefined || opposite.length > topic.length))
    return { ...opposite, sign: -1 };
  return topic === undefined ? undefined : { ...topic, sign: 1 };
}

/** The nearest topic of the role (or its other pole) within `window` tokens of index, in the same sentence. */
function topicNear(
  tokens: readonly Token[],
  index: number,
  length: number,
  window: number,
  compiled: CompiledLexicon,
): TopicMention | undefined {
  const sentence = tokens[index]!.sentence;
  // A contrast ends the cue's reach forward: "I loved my team but the travel was brutal" says nothing for
  // travel. Back across one, the cue still answers the topic: "my partner is worried about on-call, but I'm
  // keen on it".
  let afterOpen = true;
  for (let distance = 1; distance <= window; distance++) {
    const after = index + length - 1 + distance;
    if (afterOpen && compiled.contrastWords.has(tokens[after]?.lower ?? '')) afterOpen = false;
    if (afterOpen && tokens[after]?.sentence === sentence) {
      const found = longer(
        compiled.stanceTopics.matchAt(tokens, after),
        compiled.stanceOpposites.matchAt(tokens, after),
      );
      if (found !== undefined)
        return { topic: found.value, start: after, end: after + found.length, sign: found.sign };
    }
    const before = index - distance;
    if (tokens[before]?.sentence === sentence) {
      const found = longer(
        compiled.stanceTopics.matchEndingAt(tokens, before),
        compiled.stanceOpposites.matchEndingAt(tokens, before),
      );
      if (found !== undefined)
        return { topic: found.value, start: before - found.length + 1, end: before + 1, sign: found.sign };
    }
  }
  return undefined;
}

/**
 * Whether a first-person word stands within `window` tokens of the cue at index in its clause ("I'm", "excites
 * me"), never across a contrast ("my partner is worried about it, but I'm keen": the worry is the partner's).
 * A possessive ("my") speaks unless it names a person ("my manager loved it": a job title or `otherPeople`) or
 * owns a word a verb follows ("my partner is worried": someone else), and then only just before the cue with no
 * function word between ("my concern is the travel").
 */
function speakerNear(
  tokens: readonly Token[],
  index: number,
  length: number,
  window: number,
  compiled: CompiledLexicon,
): boolean {
  const sentence = tokens[index]!.sentence;
  const inClause = (at: number) => {
    const token = tokens[at];
    return token !== undefined && token.sentence === sentence && !compiled.contrastWords.has(token.lower);
  };
  const speaks = (at: number) => {
    const token = tokens[at]!;
    if (!compiled.stanceSpeakers.has(token.lower)) return false;
    if (!compiled.otherSubjects.has(token.lower)) return true;
    // "my manager loved the travel", "my partner hates it": a possessive naming a person speaks for them.
    const person = tokens[at + 1];
    if (
      person !== undefined &&
      (compiled.otherPeople.has(person.lower) ||
        compiled.teamMemberNouns.matchAt(tokens, at + 1) !== undefined)
    )
      return false;
    // "my partner is worried": a possessive owning a word that a verb follows names someone else.
    const owned = tokens[at + 2];
    if (owned === undefined || !compiled.functionWords.has(owned.lower)) return true;
    if (at > index || index - at > (compiled.windows.stanceOwner ?? 0)) return false;
    for (let between = at + 1; between < index; between++)
      if (compiled.functionWords.has(tokens[between]!.lower)) return false;
    return true;
  };
  for (let at = index - 1; at >= Math.max(0, index - window) && inClause(at); at--)
    if (speaks(at)) return true;
  const last = index + length - 1;
  for (let at = index; at <= last + window && inClause(at); at++) if (speaks(at)) return true;
  return false;
}

/**
 * Whether a stance with no first-person word is still the candidate's: the topic opens its sentence
 * ("Weekends are fine as well", "The travel is a dealbreaker") and nothing after the cue names who
 * holds it ("Remote work worries my partner", "The travel worried the team" are someone else's).
 */
function topicFirst(
  tokens: readonly Token[],
  topicStart: number,
  cueEnd: number,
  compiled: CompiledLexicon,
): boolean {
  const sentence = tokens[topicStart]!.sentence;
  const before = tokens[topicStart - 1];
  const earlier = tokens[topicStart - 2];
  const opens =
    before === undefined ||
    before.sentence !== sentence ||
    (compiled.definiteArticles.has(before.lower) && (earlier === undefined || earlier.sentence !== sentence));
  if (!opens || cueEnd <= topicStart) return false;
  for (let at = cueEnd; at < tokens.length && tokens[at]!.sentence === sentence; at++) {
    const word = tokens[at]!.lower;
    if (
      compiled.otherSubjects.has(word) ||
      compiled.otherPersonObjects.has(word) ||
      compiled.titleArticles.has(word)
    )
      return false;
  }
  return true;
}

/**
 * A wish turned around by what follows it, before its topic or just after it (`windows.stanceOwner` tokens):
 * "I'd prefer not to travel", "I want to avoid travel", "I'd love to keep travel to a minimum", "I want to
 * stop managing people". A positive cue followed by a negation or a negative cue is negative.
 */
function spokenLast(
  tokens: readonly Token[],
  from: number,
  topic: TopicMention,
  said: number,
  compiled: CompiledLexicon,
): number {
  if (said < 0) return said;
  // "The pay matters less to me": a negation right after the cue, wherever the topic is.
  if (compiled.stanceNegations.matchAt(tokens, from) !== undefined) return -said;
  if (topic.end <= from) return said;
  const sentence = tokens[from - 1]!.sentence;
  const limit = Math.min(tokens.length, topic.end + (compiled.windows.stanceOwner ?? 0));
  for (let index = from; index < limit && tokens[index]!.sentence === sentence; index++) {
    if (index >= topic.start && index < topic.end) continue;
    // After the topic, only its own clause: "fine with some travel, but not weekly" stays positive.
    if (
      index >= topic.end &&
      (isClauseBreak(tokens[index]!, compiled) || compiled.contrastWords.has(tokens[index]!.lower))
    )
      return said;
    if (compiled.stanceNegations.matchAt(tokens, index) !== undefined) return -said;
    if ((compiled.stancePolarity.matchAt(tokens, index)?.value ?? 0) < 0) return -said;
  }
  return said;
}

/**
 * Reads the candidate's stance about topics of the role from free text: a stance word ("excited",
 * "worried", "what draws me") near a topic the lexicon names ("people management", "on-call"), with
 * a negation just before it turning it around ("not worried"). One stance per topic and sentence;
 * the value is the polarity (+1 or −1), so a reversal between rounds is a contradiction.
 */
export function readStances(tokens: readonly Token[], compiled: CompiledLexicon): Draft[] {
  // One stance per topic and sentence, from the cue nearest the topic ("Once I'm done with onboarding, travel
  // is fine": "is fine", not "done with").
  const nearest = new Map<string, { readonly draft: Draft; readonly gap: number }>();
  const window = compiled.stanceWindow;
  for (let index = 0; index < tokens.length; index++) {
    const cue = compiled.stancePolarity.matchAt(tokens, index);
    if (cue === undefined) continue;
    const topic = topicNear(tokens, index, cue.length, window, compiled);
    if (topic === undefined) continue;
    // Accepting the other pole ("happy to come into the office") is flexibility, not a stance against the topic.
    if (topic.sign < 0 && compiled.stanceMildCues.matchAt(tokens, index)?.length === cue.length) continue;
    if (
      !speakerNear(tokens, index, cue.length, window, compiled) &&
      !topicFirst(tokens, topic.start, index + cue.length, compiled)
    )
      continue;
    const key = `${tokens[index]!.sentence}|${topic.topic}`;
    const gap = topic.start >= index + cue.length ? topic.start - index - cue.length : index - topic.end;
    const known = nearest.get(key);
    if (known !== undefined && known.gap <= gap) continue;
    const negated =
      compiled.stanceNegations.matchEndingAt(tokens, index - 1) !== undefined ||
      compiled.stanceNegations.matchEndingAt(tokens, index - 2) !== undefined;
    const said = spokenLast(tokens, index + cue.length, topic, negated ? -cue.value : cue.value, compiled);
    const polarity = said * topic.sign;
    const start = Math.min(index, topic.start);
    const end = Math.max(index + cue.length, topic.end);
    const draft: Draft = {
      type: 'stance',
      subject: topic.topic,
      low: polarity,
      high: polarity,
      unit: 'polarity',
      label: `${said > 0 ? 'positive' : 'negative'} about ${tokens
        .slice(topic.start, topic.end)
        .map((token) => token.lower)
        .join(' ')}`,
      approximate: false,
      range: false,
      start,
      end,
    };
    nearest.set(key, { draft, gap });
  }
  return [...nearest.values()].map((entry) => entry.draft);
}
