/**
 * Every text of timeline/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `timeline.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const timelineTexts = {} as const satisfies Readonly<Record<`timeline.${string}`, string>>;

/**
 * The keys of {@link timelineTexts}.
 *
 * @category Text
 */
export type TimelineTextKey = keyof typeof timelineTexts;
