import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  createScorer,
  defaultNoteLabels,
  defaultRulePack,
  parseMessageCatalogue,
  type Readiness,
} from '../../src/index.js';
import { bundledExamples } from '../compensation/locale-examples.js';

const english = createScorer();
const german = createScorer(undefined, { locale: 'de-DE', messages: de.messages, labels: de.labels });

/** Every text of a readiness report a candidate reads. */
function textsOf(readiness: Readiness): string[] {
  return [
    ...readiness.items.flatMap((item) => [
      item.message,
      item.recommendation,
      ...(item.due ? [item.due] : []),
    ]),
    ...readiness.caps.map((cap) => cap.message),
    ...readiness.pending.map((step) => step.due),
  ];
}

// English words a German text never has, and phrases of the English defaults (labels, notes, due texts).
const ENGLISH_WORDS =
  /\b(?:the|you|You|your|Your|and|with|before|not|of|for|is|are|has|have|nothing prepared|later|unknown|none|told as before|no recent activity|rehearsed|reference|references|question|questions)\b/;

/** Candidates' own words (story titles, questions, concerns) are quoted „…“ in German and never translated. */
function withoutOwnWords(text: string): string {
  return text.replace(/„[^“]*“/g, '');
}

/** What must be the same in both languages: which items, their status, the score and band. */
function shape(readiness: Readiness) {
  return {
    score: readiness.score,
    band: readiness.band,
    items: readiness.items.map((item) => `${item.ruleId}:${item.status}`),
    dimensions: readiness.dimensions,
    caps: readiness.caps.map((cap) => `${cap.kind}:${cap.dimension}:${cap.group ?? ''}:${cap.ruleId ?? ''}`),
    checklist: readiness.checklist,
    recommendations: readiness.recommendations.map((step) => `${step.ruleId}:${step.gain}`),
  };
}

describe('the German readiness report of each bundled example', () => {
  it.each(bundledExamples)(
    '$name: same items, score and band as English; German texts only',
    ({ candidacy, now }) => {
      const en = english.score(candidacy, { now });
      const deReport = german.score(candidacy, { now });
      expect(shape(deReport)).toEqual(shape(en));
      const left = textsOf(deReport)
        .map(withoutOwnWords)
        .filter((text) => ENGLISH_WORDS.test(text));
      expect(left).toEqual([]);
    },
  );
});

describe('a candidate’s own titles in German', () => {
  it('stay as written, in German quotes', () => {
    const { candidacy, now } = bundledExamples.find((entry) => entry.name === 'verbatim-reuser')!;
    const item = german
      .score(candidacy, { now })
      .items.find((i) => i.ruleId === 'recall.deeper-than-round-one');
    expect(item?.recommendation).toMatch(
      /^„Order API rewrite“ \(wie beim letzten Mal erzählt\) und „On-call improvements“/,
    );
  });
});

const PLACEHOLDER = /\{\{\s*([^{}|]*?)\s*(\||\}\})/g;
const placeholders = (text: string) =>
  [...text.matchAll(PLACEHOLDER)].map((match) => `${match[1]}${match[2] === '|' ? '|…' : ''}`).sort();
// payHistoryNote is an English sentence the facts build from the law table; the German text names the law in
// the pay brief instead (its rows read in German there).
const ENGLISH_VALUED = new Set(['payHistoryNote']);

describe('the German rule messages', () => {
  it('are a valid catalogue', () => {
    const parsed = parseMessageCatalogue(de.messages);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('cover every rule of the default pack, with its placeholders', () => {
    const messages = de.messages ?? {};
    const differing = defaultRulePack.rules.flatMap((rule) => {
      const own = Object.hasOwn(messages, rule.id) ? messages[rule.id] : undefined;
      if (own === undefined) return [`${rule.id}: missing`];
      return (['message', 'recommendation'] as const).flatMap((field) => {
        const wanted = placeholders(rule.event.params[field]).filter(
          (name) => !ENGLISH_VALUED.has(name.replace('|…', '')),
        );
        return placeholders(own[field]).join() === wanted.join() ? [] : [`${rule.id}.${field}`];
      });
    });
    expect(differing).toEqual([]);
  });

  it('give every due text of the pack in German', () => {
    const messages = de.messages ?? {};
    const missing = defaultRulePack.rules
      .filter((rule) => rule.event.params.due !== undefined)
      .filter((rule) => typeof messages[rule.id]?.due !== 'string')
      .map((rule) => rule.id);
    expect(missing).toEqual([]);
  });
});

describe('the German readiness labels', () => {
  it('name every note code, with plural forms where the English has a count', () => {
    const notes = de.labels?.notes ?? {};
    const wrong = (Object.keys(defaultNoteLabels) as (keyof typeof defaultNoteLabels)[]).filter((code) => {
      const label = notes[code];
      if (typeof label !== 'string' || label === defaultNoteLabels[code]) return true;
      return defaultNoteLabels[code].includes('{{count') !== label.includes('{{count|');
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    [0, 'noch nicht geprobt'],
    [1, 'einmal geprobt, zweimal ist das Minimum'],
    [3, '3-mal geprobt'],
  ])('writes a presentation rehearsed %i times in German', (count, expected) => {
    const label = de.labels?.notes?.rehearsals ?? '';
    expect(label).toContain(expected.replace(String(count), '#'));
  });
});
