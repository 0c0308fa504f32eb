import { describe, expect, it } from 'vitest';
import { lineAndColumn } from '../../src/cli/io.js';
import { locateJsonError } from '../../src/cli/json-error.js';

function where(text: string): string {
  const { offset, reason } = locateJsonError(text);
  const { line, column } = lineAndColumn(text, offset);
  return `${line}:${column} ${reason}`;
}

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', '1:9 expected a property name in double quotes, found "}"'],
    ['{\n  "a": ,\n}', '2:8 expected a value, found ","'],
    ["{'a': 1}", `1:2 expected a property name in double quotes, found "'"`],
    ['[1, 2', '1:6 expected ], found the end of the file'],
    ['{"a": 1} x', '1:10 unexpected "x" after the end of the JSON value'],
    ['{"a": "line\nbreak"}', '1:12 a control character inside a string'],
    ['{"a": tru}', '1:7 expected a value, found "t"'],
    ['', '1:1 expected a value, found the end of the file'],
  ])('places the first error of %j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(where(text)).toBe(expected);
  });
});
