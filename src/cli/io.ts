import { readFileSync } from 'node:fs';
import { locateJsonError } from './json-error.js';

/** An error the person running the CLI can act on: printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Documented exit codes of the `second-round` command. */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  fileNotFound: 3,
  malformedJson: 4,
  internal: 70,
} as const;

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < Math.min(offset, text.length); index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Reads a file as UTF-8, turning the usual failures into messages a person can act on. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') throw new UserError(`${file}: no such file. Check the path.`, EXIT.fileNotFound);
    if (code === 'EISDIR') throw new UserError(`${file}: is a folder, expected a JSON file.`, EXIT.usage);
    throw new UserError(`${file}: could not be read (${code || 'unknown error'}).`, EXIT.fileNotFound);
  }
}

/** Parses JSON text; a syntax error names the file, the line and the column. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { offset, reason } = locateJsonError(text);
    const { line, column } = lineAndColumn(text, offset);
    throw new UserError(`${file}:${line}:${column}: malformed JSON: ${reason}`, EXIT.malformedJson);
  }
}
