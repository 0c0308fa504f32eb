import { type Candidacy, type Interviewer, requireParsedCandidacy } from '../model/index.js';
import {
  findInterview,
  firstNameOf,
  freezeDeep,
  mentionsPhrase,
  normaliseText,
  requireInterviewId,
} from './internal.js';

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
  /** The specific reference used; `undefined` when nothing specific was found (the body then says so). */
  readonly reference: ThankYouReference | undefined;
  /** What the candidate should add or check. */
  readonly warnings: readonly string[];
  /** Where the guide covers thank-you notes. */
  readonly source: string;
}

/**
 * The wording of a thank-you note. Placeholders: `{firstName}`, `{role}`, `{company}`, `{candidate}`,
 * `{reference}`.
 *
 * @category Audiences
 */
export interface ThankYouTemplate {
  /** The subject line. */
  readonly subject: string;
  /** The greeting line. */
  readonly greeting: string;
  /** The opening thanks. */
  readonly thanks: string;
  /** The sentence carrying the reference, per origin. */
  readonly reference: Readonly<Record<ThankYouReferenceOrigin, string>>;
  /** The bracketed prompt used when no reference was found. */
  readonly missingReference: string;
  /** The closing sentence. */
  readonly closing: string;
  /** The sign-off, followed by the candidate's name on the next line. */
  readonly signOff: string;
  /** Topics containing any of these phrases are never used as a reference (pay, logistics, leaving). */
  readonly skipTopicPhrases: readonly string[];
}

/**
 * The default wording, short and plain.
 *
 * @example
 * defaultThankYouTemplate.greeting;
 * // => 'Hi {firstName},'
 * @category Audiences
 */
export const defaultThankYouTemplate: ThankYouTemplate = /* @__PURE__ */ freezeDeep({
  subject: 'Thank you: {role} conversation',
  greeting: 'Hi {firstName},',
  thanks: 'Thank you for making time to talk with me about the {role} role at {company}.',
  reference: {
    'debrief-topic': 'I especially valued our conversation about {reference}.',
    'planned-reference': 'I was glad we could connect over {reference}.',
    'recent-activity':
      'I had come across {reference} before we met, and it was good to talk with you in person.',
    'common-ground': 'It was good to find some common ground ({reference}).',
  },
  missingReference: '[Add one specific thing you discussed with {firstName}.]',
  closing: 'I left even more interested in the role, and I look forward to hearing about next steps.',
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

/**
 * Options for {@link draftThankYous}.
 *
 * @category Audiences
 */
export interface DraftThankYousOptions {
  /** The interview to thank for (required in the `draftThankYous(candidacy, { interviewId })` form). */
  readonly interviewId?: string;
  /** The wording; {@link defaultThankYouTemplate} unless given. */
  readonly template?: ThankYouTemplate;
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

/** The reference as it reads mid-sentence: the note-to-self after a colon dropped, a leading "The" lowered. */
function cleanReference(text: string): string {
  const [head = ''] = text.trim().split(/:\s/);
  const trimmed = head.replace(/[.!;:,]+$/, '').trim();
  const [firstWord = ''] = trimmed.split(/\s/);
  return LEADING_WORDS.has(firstWord.toLowerCase())
    ? firstWord.toLowerCase() + trimmed.slice(firstWord.length)
    : trimmed;
}

/** Research notes speak of the interviewer; the note speaks to them, so "her post" becomes "your post". */
function addressed(reference: string): string {
  return reference.replace(/^(?:her|his|their)\b/i, 'your');
}

function chooseReferences(
  interviewers: readonly Interviewer[],
  allTopics: readonly string[],
  skip: readonly string[],
) {
  const topics = allTopics.filter((topic) => !skip.some((phrase) => mentionsPhrase(topic, phrase)));
  const chosen = new Map<string, ThankYouReference>();
  const used = new Set<string>();
  const take = (interviewer: Interviewer, text: string, origin: ThankYouReferenceOrigin): boolean => {
    const reference = cleanReference(text);
    const key = normaliseText(reference);
    if (key === '' || used.has(key) || chosen.has(interviewer.id)) return false;
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

function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Drafts one short thank-you note per interviewer of one interview (never one note to the group). Each
 * note opens with the person's first name, carries one specific reference (a topic from the interview's
 * debrief, preferring one that names them or their function, else their research), and is signed with the
 * candidate's name. Invents nothing: with no reference found, the note holds a bracketed prompt instead.
 *
 * @param candidacy - A candidacy from parseCandidacy; not modified.
 * @param options - `interviewId`, and optionally wording to use instead of {@link defaultThankYouTemplate}.
 *   The older `draftThankYous(candidacy, interviewId, options)` still works and is deprecated.
 * @returns One draft per interviewer, in the interview's order; empty when no interview has that id.
 * @throws {TypeError} When the candidacy is not from parseCandidacy, or the interview id is not a string.
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
  const interview = findInterview(candidacy, interviewId);
  if (interview === undefined) return [];
  const template = options.template ?? defaultThankYouTemplate;
  const references = chooseReferences(
    interview.interviewers,
    interview.debrief?.topicsDiscussed ?? [],
    template.skipTopicPhrases,
  );
  const { name: candidate, targetRole } = candidacy.candidate;
  return interview.interviewers.map((interviewer) => {
    const firstName = firstNameOf(interviewer.name);
    const reference = references.get(interviewer.id);
    const values = { firstName, role: targetRole.title, company: targetRole.company, candidate };
    const referenceLine = reference
      ? fillTemplate(template.reference[reference.origin], {
          ...values,
          reference: addressed(reference.text),
        })
      : fillTemplate(template.missingReference, values);
    const body = [
      fillTemplate(template.greeting, values),
      '',
      `${fillTemplate(template.thanks, values)} ${referenceLine}`,
      '',
      fillTemplate(template.closing, values),
      '',
      fillTemplate(template.signOff, values),
      candidate,
    ].join('\n');
    const warnings = reference
      ? reference.origin === 'debrief-topic'
        ? []
        : [`The reference for ${firstName} comes from your research, not the conversation: check it came up.`]
      : [
          `Nothing specific to ${firstName} was found in the debrief or research: add one thing you discussed.`,
        ];
    return {
      interviewerId: interviewer.id,
      to: firstName,
      subject: fillTemplate(template.subject, values),
      body,
      reference,
      warnings,
      source: 'seed#after',
    };
  });
}
