/**
 * Every text of readiness/ a candidate reads, in English: the default of the text catalogue (see
 * `englishTexts`), keyed `readiness.…`. Placeholders: `{{name}}`, plural or select forms
 * `{{count|one:# story|other:# stories}}` (see docs/translating-messages.md). A translation gives the same
 * keys with the same placeholders.
 *
 * @category Text
 */
export const readinessTexts = {} as const satisfies Readonly<Record<`readiness.${string}`, string>>;

/**
 * The keys of {@link readinessTexts}.
 *
 * @category Text
 */
export type ReadinessTextKey = keyof typeof readinessTexts;
