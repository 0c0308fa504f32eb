import { type Wording, type WordingOptions, wording } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import { isPlainObject, notPlainObject } from '../internal/plain.js';
import {
  type Candidacy,
  formatIssues,
  type Interviewer,
  type Issue,
  type IssuePath,
  type ParseResult,
  requireParsedCandidacy,
} from '../model/index.js';
import {
  findInterview,
  firstNameOf,
  freezeDeep,
  mentionsPhrase,
  normaliseText,
  requireInterviewId,
} from './internal.js';
import { type AudiencesTextKey, audiencesTexts } from './texts.js';

/**
 * Where a thank-you note's specific reference came from.
 *
 * @category Audiences
 */
export type ThankYouReferenceOrigin =
  | 'debrief-topic'
  | 'planned-reference'
  | 'recent-activity'
  | 'common-ground';

/**
 * The one specific thing a note mentions, and where it came from.
 *
 * @category Audiences
 */
export interface ThankYouReference {
  /** The reference as the candidate wrote it. */
  readonly text: string;
  /** The field it was taken from. */
  readonly origin: ThankYouReferenceOrigin;
}

/**
 * A thank-you note to one interviewer, in plain text for the candidate to edit.
 *
 * @category Audiences
 */
export interface ThankYouDraft {
  /** The interviewer it is addressed to. */
  readonly interviewerId: string;
  /** The first name it opens with. */
  readonly to: string;
  /** A subject line. */
  readonly subject: string;
  /** The note, plain text. */
  readonly body: string;
  /** The specific reference used; `undefined` when nothing specific was found (a warning then says which is missing). */
  readonly reference: ThankYouReference | undefined;
  /** What the candidate should add or check. */
  readonly warnings: readonly string[];
  /** Where the guide covers thank-you notes. */
  readonly source: string;
}

/**
 * The wording of thank-you notes. Every list holds variants: within one interview each interviewer gets a
 * different one (picked by their place in the interview, from a starting point fixed by the interview id),
 * so no two notes of one interview share a sentence but the sign-off, for panels up to the shortest list's
 * length. Placeholders: `{firstName}`, `{role}`, `{company}`, `{candidate}` everywhere, and `{reference}` in
 * the reference sentences; nothing else (see {@link parseThankYouTemplate}).
 *
 * @category Audiences
 */
export interface ThankYouTemplate {
  /** The subject line. */
  readonly subject: string;
  /** The greeting line. */
  readonly greeting: string;
  /** The opening thanks. */
  readonly openings: readonly string[];
  /** A topic from the debrief, as something the two of you discussed ("when we talked about …"). */
  readonly discussed: readonly string[];
  /** A piece of the interviewer's work from research, as something the candidate came across. */
  readonly noticed: readonly string[];
  /** Research that reads as something they did ("spoke at …"): `{reference}` follows "that you". */
  readonly noticedAction: readonly string[];
  /** Common ground from research ("we both …"). */
  readonly shared: readonly string[];
  /** The closing sentence. */
  readonly closings: readonly string[];
  /** The sign-off, followed by the candidate's name on the next line. */
  readonly signOff: string;
  /** Topics containing any of these phrases are never used as a reference (pay, logistics, leaving). */
  readonly skipTopicPhrases: readonly string[];
}

/**
 * The placeholders each field of a {@link ThankYouTemplate} may use.
 *
 * @category Audiences
 */
export const THANK_YOU_PLACEHOLDERS = /* @__PURE__ */ freezeDeep({
  text: ['firstName', 'role', 'company', 'candidate'],
  reference: ['firstName', 'role', 'company', 'candidate', 'reference'],
});

/**
 * The default wording: short, plain, and in the second person.
 *
 * @example
 * defaultThankYouTemplate.greeting;
 * // => 'Hi {firstName},'
 * @category Audiences
 */
export const defaultThankYouTemplate: ThankYouTemplate = /* @__PURE__ */ freezeDeep({
  subject: 'Thank you: {role} conversation',
  greeting: 'Hi {firstName},',
  openings: [
    'Thank you for making time to talk with me about the {role} role.',
    'Thanks for meeting with me and for being so open about the work at {company}.',
    'I really appreciated your time and your candour about the role.',
    'Thank you for a thoughtful conversation about the team and the {role} role.',
    'Thanks again for speaking with me; it gave me a much clearer picture of the job.',
    'Thank you for walking me through how the team works at {company}.',
    'I wanted to thank you for the time you gave me during the interview.',
    'Many thanks for the conversation and for the questions you asked me.',
  ],
  discussed: [
    'I especially enjoyed it when we talked about {reference}.',
    'When we talked about {reference}, the work became very concrete for me.',
    'Our discussion of {reference} has stayed with me since.',
    'I appreciated the time we spent talking about {reference}.',
    'I keep coming back to what you said when we discussed {reference}.',
    'Talking through {reference} with you was the highlight for me.',
    'It was good to hear your view when we talked about {reference}.',
    'I enjoyed our exchange about {reference}.',
  ],
  noticed: [
    'While preparing I came across {reference}, and I enjoyed it.',
    'I had come across {reference} before we met and found it useful.',
    'I enjoyed {reference}, which I found while getting ready for the interview.',
    'Before we met I came across {reference}; it shaped some of my questions.',
    'I noticed {reference} while preparing, and it stayed with me.',
    'I found {reference} while preparing and learned a lot from it.',
    'Reading up beforehand, I came across {reference} and enjoyed it.',
    'I came across {reference} when I was preparing, and it was a good read.',
  ],
  noticedAction: [
    'While preparing I saw that you {reference}, and I enjoyed learning about it.',
    'Before we met I noticed that you {reference}.',
    'I enjoyed finding out, while preparing, that you {reference}.',
    'Reading up beforehand, I saw that you {reference}.',
    'I noticed that you {reference}, which made me want to hear more.',
    'While getting ready I learned that you {reference}.',
    'It was good to discover beforehand that you {reference}.',
    'I saw that you {reference}, and it made me curious.',
  ],
  shared: [
    'It was also good to find we have something in common: {reference}.',
    'It was nice to discover some common ground, too: {reference}.',
    'I enjoyed finding out that {reference}.',
    'It was good to learn that {reference}.',
    'A nice surprise while preparing: {reference}.',
    'I was glad to find some common ground: {reference}.',
    'It was fun to realise that {reference}.',
    'One more thing we share: {reference}.',
  ],
  closings: [
    'I came away even more interested in the role, and I look forward to hearing about next steps.',
    'It left me keener than ever to join {company}.',
    'I would be glad to keep the conversation going, and I look forward to hearing from you.',
    'Please let me know if there is anything else I can send you.',
    'I hope we get the chance to work together.',
    'I am very interested in the role and happy to answer any further questions.',
    'The conversation made me even more sure this is the right next step for me.',
    'I look forward to the next steps and hope to speak again soon.',
  ],
  signOff: 'Best regards,',
  skipTopicPhrases: [
    'salary',
    'pay',
    'compensation',
    'bonus',
    'equity',
    'benefits',
    'notice period',
    'start date',
    'relocation',
    'hybrid',
    'remote',
    'reason for leaving',
    'leaving',
    'next steps',
    'process',
    'timeline',
  ],
});

const TEXT_FIELDS = ['subject', 'greeting', 'signOff'] as const;
const VARIANT_FIELDS = ['openings', 'closings'] as const;
const REFERENCE_FIELDS = ['discussed', 'noticed', 'noticedAction', 'shared'] as const;
const TEMPLATE_FIELDS: ReadonlySet<string> = new Set([
  ...TEXT_FIELDS,
  ...VARIANT_FIELDS,
  ...REFERENCE_FIELDS,
  'skipTopicPhrases',
]);
const MAX_TEMPLATE_TEXT = 500;
const MAX_VARIANTS = 50;
const PLACEHOLDER = /\{([^{}]*)\}/g;

function checkText(value: unknown, path: IssuePath, declared: readonly string[], issues: Issue[]): void {
  if (typeof value !== 'string') {
    issues.push({ code: 'invalid_type', path, message: `expected a string, found ${describeValue(value)}` });
    return;
  }
  if (value.length > MAX_TEMPLATE_TEXT) {
    issues.push({
      code: 'too_big',
      path,
      message: `expected at most ${MAX_TEMPLATE_TEXT} characters, found ${value.length}`,
    });
    return;
  }
  for (const match of value.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!declared.includes(name))
      issues.push({
        code: 'invalid_value',
        path,
        message: `expected placeholders ${declared.map((entry) => `{${entry}}`).join(', ')} only, found ${describeValue(`{${name}}`)}`,
      });
  }
}

function checkList(
  value: unknown,
  path: IssuePath,
  declared: readonly string[],
  issues: Issue[],
  minimum: number,
): void {
  if (!Array.isArray(value)) {
    issues.push({
      code: 'invalid_type',
      path,
      message: `expected a list of strings, found ${describeValue(value)}`,
    });
    return;
  }
  if (value.length < minimum || value.length > MAX_VARIANTS) {
    issues.push({
      code: value.length < minimum ? 'too_small' : 'too_big',
      path,
      message: `expected ${minimum} to ${MAX_VARIANTS} entries, found ${value.length}`,
    });
    return;
  }
  for (const [index, entry] of value.entries()) checkText(entry, [...path, index], declared, issues);
}

/**
 * Validates a thank-you template: a plain object with the fields of {@link ThankYouTemplate} as its own
 * properties, each text using only the placeholders {@link THANK_YOU_PLACEHOLDERS} declares for it (so
 * `{constructor}` or a typo is an issue, never filled from anywhere). Never throws.
 *
 * @param input - Anything, usually a vendor's wording.
 * @returns `{ ok: true, value }` with a frozen copy, or `{ ok: false, issues }` with every problem located.
 * @example
 * parseThankYouTemplate({ ...defaultThankYouTemplate, greeting: 'Hi {constructor},' }).ok;
 * // => false
 * @category Audiences
 */
export function parseThankYouTemplate(input: unknown): ParseResult<ThankYouTemplate> {
  if (!isPlainObject(input)) return notPlainObject(input);
  const issues: Issue[] = [];
  for (const key of Object.keys(input))
    if (!TEMPLATE_FIELDS.has(key))
      issues.push({ code: 'unknown_field', path: [key], message: `expected no field ${describeValue(key)}` });
  const own = (key: string): unknown => (Object.hasOwn(input, key) ? input[key] : undefined);
  for (const field of TEXT_FIELDS) checkText(own(field), [field], THANK_YOU_PLACEHOLDERS.text, issues);
  for (const field of VARIANT_FIELDS) checkList(own(field), [field], THANK_YOU_PLACEHOLDERS.text, issues, 1);
  for (const field of REFERENCE_FIELDS)
    checkList(own(field), [field], THANK_YOU_PLACEHOLDERS.reference, issues, 1);
  checkList(own('skipTopicPhrases'), ['skipTopicPhrases'], [], issues, 0);
  if (issues.length > 0) return { ok: false, issues };
  const copy = Object.fromEntries([...TEMPLATE_FIELDS].map((field) => [field, structuredClone(own(field))]));
  return { ok: true, value: freezeDeep(copy as unknown as ThankYouTemplate), warnings: [] };
}

const checkedTemplates = new WeakMap<object, ThankYouTemplate>();

function templateFrom(template: ThankYouTemplate | undefined): ThankYouTemplate {
  if (template === undefined || template === defaultThankYouTemplate) return defaultThankYouTemplate;
  const known = checkedTemplates.get(template);
  if (known !== undefined) return known;
  const parsed = parseThankYouTemplate(template);
  if (!parsed.ok)
    throw new TypeError(
      `draftThankYous: expected a valid thank-you template; check it with parseThankYouTemplate first:\n${formatIssues(parsed.issues)}`,
    );
  checkedTemplates.set(template, parsed.value);
  return parsed.value;
}

/**
 * Options for {@link draftThankYous}.
 *
 * @category Audiences
 */
export interface DraftThankYousOptions extends WordingOptions {
  /** The interview to thank for (required in the `draftThankYous(candidacy, { interviewId })` form). */
  readonly interviewId?: string;
  /** The wording; {@link defaultThankYouTemplate} unless given. Give one in the language of `locale`. */
  readonly template?: ThankYouTemplate;
  /**
   * The same as `template`, under the name the locale bundles and `prepare` use, so
   * `{ interviewId, ...de }` drafts in German; `template` wins when both are given.
   */
  readonly thankYouTemplate?: ThankYouTemplate;
}

function mentionsPerson(topic: string, interviewer: Interviewer): boolean {
  const names = [interviewer.name, firstNameOf(interviewer.name), interviewer.function ?? ''];
  return names.some((name) => mentionsPhrase(topic, name));
}

function mentionsOther(topic: string, interviewer: Interviewer, everyone: readonly Interviewer[]): boolean {
  return everyone.some(
    (other) =>
      other.id !== interviewer.id &&
      (mentionsPhrase(topic, firstNameOf(other.name)) || mentionsPhrase(topic, other.name)),
  );
}

const LEADING_WORDS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'our', 'your', 'my', 'both']);

/**
 * The reference as it reads mid-sentence: the note-to-self after a colon dropped, and in an English note a
 * leading "The" lowered (a note in another language quotes the candidate's words as they wrote them).
 */
function cleanReference(text: string, english: boolean): string {
  const [head = ''] = text.trim().split(/:\s/);
  const trimmed = head.replace(/[.!;:,]+$/, '').trim();
  const [firstWord = ''] = trimmed.split(/\s/);
  return english && LEADING_WORDS.has(firstWord.toLowerCase())
    ? firstWord.toLowerCase() + trimmed.slice(firstWord.length)
    : trimmed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Curly apostrophes made straight, as the rewording reads them. */
function straight(text: string): string {
  return text.replace(/’/g, "'");
}

/**
 * The reference as said to the person it is about: their name (and "her", "his", "him", "she", "he")
 * becomes "you" or "your", so a note never speaks of its addressee in the third person.
 */
function addressed(reference: string, interviewer: Interviewer): string {
  let text = straight(reference);
  const names = [interviewer.name.trim(), firstNameOf(interviewer.name)]
    .filter((name) => name !== '')
    .map(escapeRegExp);
  for (const name of names) {
    text = text
      .replace(new RegExp(`(?<![\\p{L}\\p{N}])${name}'s?(?![\\p{L}\\p{N}])`, 'giu'), (match) =>
        match.endsWith("'") || /'s$/i.test(match) ? 'your' : match,
      )
      .replace(new RegExp(`(?<![\\p{L}\\p{N}'])${name}(?![\\p{L}\\p{N}'])`, 'giu'), 'you');
  }
  return text
    .replace(/\b(?:she|he)'s\b/gi, "you're")
    .replace(/\b(?:her|his)\b(?=\s+[\p{L}\p{N}])/giu, 'your')
    .replace(/\b(?:hers|him|her|she|he)\b/gi, 'you')
    .replace(/^their\b/i, 'your')
    .replace(/\byou you\b/gi, 'you')
    .replace(/\b(?:the|a|an) your\b/gi, 'your');
}

const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'my', 'this', 'that', 'these', 'those']);
const PAST_VERBS = new Set([
  'spoke',
  'wrote',
  'gave',
  'ran',
  'led',
  'built',
  'took',
  'won',
  'made',
  'began',
  'became',
  'went',
  'grew',
  'left',
  'came',
  'said',
  'sold',
  'set',
  'taught',
  'chose',
  'drove',
]);

/** A research note that says what they did ("Spoke on a panel…"), not a thing of theirs ("Her post…"). */
function readsAsAction(reference: string): boolean {
  const first = reference.split(/\s/)[0]?.toLowerCase() ?? '';
  return PAST_VERBS.has(first) || (/^[a-z]{3,}ed$/.test(first) && !DETERMINERS.has(first));
}

/** A piece of their work, with "your" in front when the note gave it no determiner ("LinkedIn post…"). */
function theirs(reference: string): string {
  const first = reference.split(/\s/)[0]?.toLowerCase() ?? '';
  return DETERMINERS.has(first) ? reference : `your ${reference}`;
}

/** Common ground, said by the candidate: "Both studied at Rutgers" becomes "we both studied at Rutgers". */
function together(reference: string): string {
  return /^both\s/i.test(reference) ? `we ${reference.replace(/^both/i, 'both')}` : reference;
}

const LOWERED_STARTS = new Set([
  'how',
  'what',
  'why',
  'when',
  'where',
  'which',
  'who',
  'whether',
  'our',
  'your',
]);

/** "How the launch went" reads "how the launch went" inside a sentence; names and acronyms stay as written. */
function midSentence(reference: string): string {
  const first = reference.split(/\s/)[0] ?? '';
  return LOWERED_STARTS.has(first.toLowerCase())
    ? first.toLowerCase() + reference.slice(first.length)
    : reference;
}

const MAX_REFERENCE_WORDS = 20;
const MAX_NOTE_WORDS = 90;

function chooseReferences(
  interviewers: readonly Interviewer[],
  allTopics: readonly string[],
  skip: readonly string[],
  english: boolean,
) {
  const topics = allTopics.filter((topic) => !skip.some((phrase) => mentionsPhrase(topic, phrase)));
  const chosen = new Map<string, ThankYouReference>();
  const used = new Set<string>();
  const take = (interviewer: Interviewer, text: string, origin: ThankYouReferenceOrigin): boolean => {
    const reference = cleanReference(text, english);
    const key = normaliseText(reference);
    if (key === '' || used.has(key) || chosen.has(interviewer.id)) return false;
    // A reference is a topic, not a paragraph: a long note would make the draft long.
    if (key.split(' ').length > MAX_REFERENCE_WORDS) return false;
    used.add(key);
    chosen.set(interviewer.id, { text: reference, origin });
    return true;
  };
  // A topic naming the person or their function goes to them first, before anyone takes it as generic.
  for (const interviewer of interviewers) {
    topics.some((topic) => mentionsPerson(topic, interviewer) && take(interviewer, topic, 'debrief-topic'));
  }
  for (const interviewer of interviewers) {
    topics.some(
      (topic) =>
        !mentionsOther(topic, interviewer, interviewers) && take(interviewer, topic, 'debrief-topic'),
    );
  }
  for (const interviewer of interviewers) {
    const research = interviewer.research;
    const options: [readonly string[] | undefined, ThankYouReferenceOrigin][] = [
      [research?.plannedReferences, 'planned-reference'],
      [research?.recentActivity, 'recent-activity'],
      [research?.commonGround, 'common-ground'],
    ];
    options.some(([texts, origin]) => (texts ?? []).some((text) => take(interviewer, text, origin)));
  }
  return chosen;
}

/** Fills `{name}` from the declared values only (a Map: no inherited property can answer). */
function fill(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values.get(key) ?? whole);
}

/** A stable number from a text (FNV-1a), so each interview starts its variants at its own place. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function pick(list: readonly string[], seed: number, position: number): string {
  return list[(seed + position) % list.length] ?? '';
}

function referenceSentence(
  template: ThankYouTemplate,
  reference: ThankYouReference,
  interviewer: Interviewer,
  seed: number,
  position: number,
  values: ReadonlyMap<string, string>,
  english: boolean,
): string {
  // The rewording into the second person ("her talk" to "your talk", "Both …" to "we both …") is English
  // grammar: a template in another language gets the reference exactly as the candidate wrote it.
  const text = english ? midSentence(addressed(reference.text, interviewer)) : reference.text;
  const [list, filled] =
    reference.origin === 'debrief-topic'
      ? [template.discussed, text]
      : reference.origin === 'common-ground'
        ? [template.shared, english ? together(text) : text]
        : readsAsAction(text)
          ? [template.noticedAction, english ? text.charAt(0).toLowerCase() + text.slice(1) : text]
          : [template.noticed, english ? theirs(text) : text];
  return fill(pick(list, seed, position), new Map([...values, ['reference', filled]]));
}

function warningsFor(
  words: Wording<AudiencesTextKey>,
  firstName: string,
  reference: ThankYouReference | undefined,
  topics: number | undefined,
  length: number,
  thirdPerson: boolean,
): string[] {
  const warnings: string[] = [];
  if (reference === undefined) {
    const debrief = topics === undefined ? 'none' : topics === 0 ? 'empty' : 'skipped';
    warnings.push(words.say('audiences.thankYou.noReference', { firstName, debrief }));
  } else if (reference.origin !== 'debrief-topic') {
    warnings.push(words.say('audiences.thankYou.researchReference', { firstName, origin: reference.origin }));
  }
  if (reference !== undefined && thirdPerson)
    warnings.push(words.say('audiences.thankYou.thirdPerson', { firstName, reference: reference.text }));
  if (length > MAX_NOTE_WORDS)
    warnings.push(
      words.say('audiences.thankYou.tooLong', { firstName, words: length, limit: MAX_NOTE_WORDS }),
    );
  return warnings;
}

/**
 * True when the notes are English, the language the references are reworded in: the default template is,
 * and any template given with an English locale (or none) is taken to be.
 */
function writesEnglish(template: ThankYouTemplate, words: Wording<AudiencesTextKey>): boolean {
  return template === defaultThankYouTemplate || /^en(?:-|$)/i.test(words.locale);
}

/**
 * Drafts one short thank-you note per interviewer of one interview (never one note to the group), in the
 * second person throughout. Each note opens with the person's first name and carries one specific
 * reference: a topic from the interview's debrief (preferring one that names them or their function),
 * phrased as something you discussed, or else an item of their research, phrased as something you came
 * across while preparing, never as both. Openings, reference sentences and closings are picked per
 * interviewer so no two notes of one interview share a sentence but the sign-off. Invents nothing: with no
 * reference found the note has none, and its warning says which one is missing. Under 90 words.
 *
 * In another language (`locale`, `texts` and a `template` in that language, e.g. the German bundle's
 * `thankYouTemplate`) the warnings come from the catalogue and the reference is quoted exactly as the
 * candidate wrote it: the rewording into the second person is English grammar, kept for the default
 * template and for any template given with an English locale (or none). A quoted note that still
 * names its addressee (or says "her", "his") gets a warning asking to reword it.
 *
 * @param candidacy - A candidacy from parseCandidacy; not modified.
 * @param options - `interviewId`, and optionally wording to use instead of {@link defaultThankYouTemplate}.
 *   The older `draftThankYous(candidacy, interviewId, options)` still works and is deprecated.
 * @returns One draft per interviewer, in the interview's order; empty when no interview has that id.
 * @throws {TypeError} When the candidacy is not from parseCandidacy, the interview id is not a string, or
 *   `options.template` is not a valid template (see {@link parseThankYouTemplate}).
 * @example
 * draftThankYous(candidacy, { interviewId: 'round-2' }).find((draft) => draft.interviewerId === 'sam')?.reference;
 * // => { text: 'Sales handoffs for enterprise renewals', origin: 'debrief-topic' }
 * @category Audiences
 */
export function draftThankYous(
  candidacy: Candidacy,
  options: DraftThankYousOptions & { readonly interviewId: string },
): ThankYouDraft[];
/** @deprecated Use `draftThankYous(candidacy, { interviewId, ...options })`. */
export function draftThankYous(
  candidacy: Candidacy,
  interviewId: string,
  options?: DraftThankYousOptions,
): ThankYouDraft[];
export function draftThankYous(
  candidacy: Candidacy,
  idOrOptions: string | DraftThankYousOptions,
  legacy: DraftThankYousOptions = {},
): ThankYouDraft[] {
  requireParsedCandidacy(candidacy, 'draftThankYous');
  const options = typeof idOrOptions === 'object' && idOrOptions !== null ? idOrOptions : legacy;
  const interviewId: unknown = options === idOrOptions ? options.interviewId : idOrOptions;
  requireInterviewId(interviewId, 'draftThankYous');
  const template = templateFrom(options.template ?? options.thankYouTemplate);
  const words = wording(audiencesTexts, options);
  const english = writesEnglish(template, words);
  const interview = findInterview(candidacy, interviewId);
  if (interview === undefined) return [];
  const references = chooseReferences(
    interview.interviewers,
    interview.debrief?.topicsDiscussed ?? [],
    template.skipTopicPhrases,
    english,
  );
  const { name: candidate, targetRole } = candidacy.candidate;
  const seed = seedOf(interview.id);
  return interview.interviewers.map((interviewer, position) => {
    const firstName = firstNameOf(interviewer.name);
    const reference = references.get(interviewer.id);
    const values = new Map([
      ['firstName', firstName],
      ['role', targetRole.title],
      ['company', targetRole.company],
      ['candidate', candidate],
    ]);
    const middle = [fill(pick(template.openings, seed, position), values)];
    if (reference)
      middle.push(referenceSentence(template, reference, interviewer, seed >>> 3, position, values, english));
    const body = [
      fill(template.greeting, values),
      '',
      middle.join(' '),
      '',
      fill(pick(template.closings, seed >>> 6, position), values),
      '',
      fill(template.signOff, values),
      candidate,
    ].join('\n');
    const length = body.split(/\s+/).filter(Boolean).length;
    // Quoted as written, a note may still speak of its addressee ("Her talk…", "Anas Vortrag…"): ask to reword.
    const thirdPerson =
      !english &&
      reference !== undefined &&
      addressed(reference.text, interviewer) !== straight(reference.text);
    const debriefTopics = interview.debrief?.topicsDiscussed.length;
    return {
      interviewerId: interviewer.id,
      to: firstName,
      subject: fill(template.subject, values),
      body,
      reference,
      warnings: warningsFor(words, firstName, reference, debriefTopics, length, thirdPerson),
      source: 'seed#after',
    };
  });
}
