import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/consistency/internal.js';
import { readRoles } from '../../src/consistency/kinds/role.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

/** Each role read from text: level, label, span and part. */
function rolesIn(text: string) {
  return readRoles(tokenize(text), compiled).map((draft) => ({
    level: draft.low,
    label: draft.label,
    start: draft.start,
    end: draft.end,
    part: draft.part,
  }));
}

function role(level: number, label: string, start: number, end: number, part?: 'initial' | 'final') {
  return { level, label, start, end, part };
}

describe('readRoles: title frames', () => {
  it('reads "I was a senior engineer" as a senior-level role draft', () => {
    expect(readRoles(tokenize('I was a senior engineer.'), compiled)).toEqual([
      {
        type: 'role',
        low: 2,
        high: 2,
        unit: 'level',
        label: 'senior',
        approximate: false,
        range: false,
        start: 0,
        end: 5,
      },
    ]);
  });

  it('reads a title at the very end of the text', () => {
    expect(rolesIn('I was lead')).toEqual([role(3, 'lead', 0, 3)]);
  });

  it('skips an article before counting the five words of the title', () => {
    expect(rolesIn('I was an x x x x engineer.')).toEqual([role(1, 'engineer', 0, 8)]);
    expect(rolesIn('I was the x x x x engineer.')).toEqual([role(1, 'engineer', 0, 8)]);
  });

  it('reads no title of another person after an article', () => {
    expect(rolesIn('I was the new lead.')).toEqual([]);
  });

  it('keeps the highest title of the phrase', () => {
    expect(rolesIn('I was a senior tech lead.')).toEqual([role(3, 'tech lead', 0, 6)]);
  });

  it('keeps the first of two titles of the same level', () => {
    expect(rolesIn('I was engineer analyst.')).toEqual([role(1, 'engineer', 0, 4)]);
  });

  it('reads a title up to five words into the phrase and no further', () => {
    expect(rolesIn('I was x x x x lead.')).toEqual([role(3, 'lead', 0, 7)]);
    expect(rolesIn('I was x x x x x lead.')).toEqual([]);
  });

  it('stops the title at a stop word', () => {
    expect(rolesIn('I was on the lead team.')).toEqual([]);
    expect(rolesIn('I was lead on payments.')).toEqual([role(3, 'lead', 0, 3)]);
  });

  it('reads no title of another person or a title that is not one', () => {
    expect(rolesIn('I was her manager.')).toEqual([]);
    expect(rolesIn('I was a new manager.')).toEqual([]);
    expect(rolesIn('I was happy.')).toEqual([]);
  });

  it('reads "one of the engineers" as the one-word title', () => {
    expect(rolesIn('I was one of the engineers.')).toEqual([role(1, 'engineers', 0, 6)]);
    expect(rolesIn('I was one of the leads.')).toEqual([role(3, 'leads', 0, 6)]);
    expect(rolesIn('I was one of the staff.')).toEqual([role(2, 'staff', 0, 6)]);
  });

  it('reads a plural as a title only after "one of"', () => {
    expect(rolesIn('I was the engineers.')).toEqual([]);
  });

  it('reads no title from a plural that is not a title or from an object property name', () => {
    expect(rolesIn('I was one of the people.')).toEqual([]);
    expect(rolesIn('I was one of the crew.')).toEqual([]);
    expect(rolesIn('I was one of the constructors.')).toEqual([]);
  });

  it('ignores a frame within three words of a negation or plan, and no further', () => {
    expect(rolesIn('Never x x I was lead.')).toEqual([]);
    expect(rolesIn('Never x x x I was lead.')).toEqual([role(3, 'lead', 4, 7)]);
  });
});

describe('readRoles: "as"', () => {
  it('reads "As tech lead," at the start of a sentence', () => {
    expect(rolesIn('As tech lead, I shipped it.')).toEqual([role(3, 'tech lead', 0, 3)]);
  });

  it('reads "as" after a comma as a sentence start', () => {
    expect(rolesIn('Later, as lead, I shipped it.')).toEqual([role(3, 'lead', 2, 4)]);
  });

  it('needs a break after the title of "as"', () => {
    expect(rolesIn('As lead developers we shipped it.')).toEqual([]);
  });

  it('reads "lead of payments" as a title followed by its object', () => {
    expect(rolesIn('As lead of payments, I shipped it.')).toEqual([role(3, 'lead', 0, 4)]);
  });

  it('reads a title right after the fifth word as a break', () => {
    expect(rolesIn('As x x x x lead manager')).toEqual([role(3, 'lead', 0, 6)]);
  });

  it('reads "head of" with its object when a break follows the object', () => {
    expect(rolesIn('As head of analytics, I grew it.')).toEqual([role(5, 'head of', 0, 4)]);
    expect(rolesIn('As head of a b c.')).toEqual([role(5, 'head of', 0, 6)]);
    expect(rolesIn('As head of a b c d')).toEqual([]);
  });

  it.each(['stayed', 'came', 'me'])('reads "as" right after "%s" as the candidate\'s title', (word) => {
    expect(rolesIn(`Then ${word} as lead.`)).toEqual([role(3, 'lead', 2, 4)]);
  });

  it('reads "They hired me as lead" as the candidate\'s title', () => {
    expect(rolesIn('They hired me as lead.')).toEqual([role(3, 'lead', 3, 5)]);
  });

  it('finds the "I" of the clause up to ten words before "as"', () => {
    expect(rolesIn('I joined Nimbus in September 2021 as a lead.')).toEqual([role(3, 'lead', 6, 9)]);
    expect(rolesIn('I x x x x x x x x x as lead.')).toEqual([role(3, 'lead', 10, 12)]);
    expect(rolesIn('I x x x x x x x x x x as lead.')).toEqual([]);
  });

  it.each(["I've", "I'd", "I'm x x x x"])('finds "%s" as the first person before "as"', (subject) => {
    const tokens = tokenize(`${subject} x as lead.`);
    const as = tokens.findIndex((token) => token.lower === 'as');
    expect(rolesIn(`${subject} x as lead.`)).toEqual([role(3, 'lead', as, as + 2)]);
  });

  it('reads no title of "as" without a first person before it', () => {
    expect(rolesIn('She x as lead.')).toEqual([]);
    expect(rolesIn('I shipped it (as lead).')).toEqual([]);
  });

  it.each([
    'her',
    'him',
    'them',
    'someone',
    'somebody',
    'hired',
    'recruited',
    'mentored',
    'coached',
    'onboarded',
    'brought',
    'promoted',
    'with',
    'under',
    'reported',
  ])('gives the title of "as" to someone else after "I %s"', (word) => {
    expect(rolesIn(`I ${word} x as lead.`)).toEqual([]);
  });

  it('looks for a negation as far back as the "I" of the clause', () => {
    expect(rolesIn('I never x x x as lead.')).toEqual([]);
    expect(rolesIn('I x x x x as lead.')).toEqual([role(3, 'lead', 5, 7)]);
  });
});

describe('readRoles: verbs', () => {
  it('reads "I led" as a lead-level role', () => {
    expect(rolesIn('I led the rollout.')).toEqual([role(3, 'led', 1, 2)]);
  });

  it.each([
    ['I also led it', 2],
    ['I have led it', 2],
    ["I've led it", 1],
    ["I'd led it", 1],
    ['Led it', 0],
    ['Fine. Led it', 2],
    ['Later, led it', 2],
  ])('reads "%s" as the candidate leading', (text, start) => {
    expect(rolesIn(text)).toEqual([role(3, 'led', start, start + 1)]);
  });

  it.each([
    'have',
    'had',
    'also',
    'personally',
    'then',
    'later',
    'eventually',
    'actually',
    'directly',
    'originally',
  ])('reads "I %s led it" as the candidate leading', (adverb) => {
    expect(rolesIn(`I ${adverb} led it`)).toEqual([role(3, 'led', 2, 3)]);
  });

  it('lets a title said in a frame outrank the level a verb implies', () => {
    expect(rolesIn('I led I was manager.')).toEqual([role(4, 'manager', 2, 5)]);
    expect(rolesIn('As team lead I ran the payments squad.')).toEqual([role(3, 'team lead', 0, 3)]);
  });

  it('does not read a name of the object prototype as a verb', () => {
    expect(rolesIn('Constructor of the plan.')).toEqual([]);
    expect(rolesIn('I constructor the team.')).toEqual([]);
  });

  it('does not read another person leading', () => {
    expect(rolesIn('She led it')).toEqual([]);
    expect(rolesIn('I also then led it')).toEqual([]);
  });

  it('reads "I managed a team" up to the team word', () => {
    expect(rolesIn('I managed a team of 5.')).toEqual([role(4, 'managed', 1, 4)]);
  });

  it('looks for the team word up to six words after the verb and no further', () => {
    expect(rolesIn('I managed x x x x x team')).toEqual([role(4, 'managed', 1, 8)]);
    expect(rolesIn('I managed x x x x x x team')).toEqual([]);
  });

  it('reads no managed team across punctuation, at the end of the text or for someone else', () => {
    expect(rolesIn('I managed, the team')).toEqual([]);
    expect(rolesIn('I managed x')).toEqual([]);
    expect(rolesIn('She managed a team')).toEqual([]);
  });
});

describe('readRoles: promotions', () => {
  it('reads a promotion with no earlier title as the title itself, so it pairs with a plain title', () => {
    expect(rolesIn('I was promoted to manager.')).toEqual([role(4, 'manager', 2, 5)]);
    expect(rolesIn('I became lead.')).toEqual([role(3, 'lead', 0, 3)]);
  });

  it("does not read someone else's promotion as the candidate's title", () => {
    expect(rolesIn('My manager was promoted to director.')).toEqual([]);
    expect(rolesIn('When my colleague became head of product, I stayed.')).toEqual([]);
    expect(rolesIn('Our architect, who had been promoted to VP, left.')).toEqual([]);
    expect(rolesIn('Promoted to manager in 2019.')).toEqual([role(4, 'manager', 0, 3)]);
  });

  it('marks a lower earlier title as initial', () => {
    expect(rolesIn('I joined as engineer and was promoted to manager.')).toEqual([
      role(1, 'engineer', 1, 4, 'initial'),
      role(4, 'manager', 6, 9, 'final'),
    ]);
  });

  it('does not mark an earlier title of the same or a higher level as initial', () => {
    expect(rolesIn('I was lead, then became tech lead.')).toEqual([
      role(3, 'lead', 0, 3),
      role(3, 'tech lead', 5, 8),
    ]);
  });

  it('keeps a second promotion final when an earlier title is initial', () => {
    expect(rolesIn('I joined as engineer, became manager, then became director.')).toEqual([
      role(1, 'engineer', 1, 4, 'initial'),
      role(4, 'manager', 5, 7, 'final'),
      role(5, 'director', 9, 11, 'final'),
    ]);
  });
});
