import { closeSync, openSync, readSync, statSync } from 'node:fs';
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

/** The largest single candidacy file, and the longest NDJSON line, the CLI reads (bytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

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

/** Control characters, escape sequences and bidirectional overrides, which could redraw a terminal. */
const TERMINAL_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: escape sequences dropped, other control characters shown as `?`. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (match) => (match.startsWith('\u001b') ? '' : '?'));
}

/** Byte offset of the first byte that is not well-formed UTF-8, or -1 when all of `bytes` is. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const trailing =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (trailing === 0) return index;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[index + 1];
    if (second === undefined || second < low || second > high) return index;
    for (let next = 2; next <= trailing; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
    }
    index += trailing + 1;
  }
  return -1;
}

/** Decodes UTF-8 strictly (a leading byte-order mark dropped); bad bytes are a user error naming their offset. */
export function decodeUtf8(bytes: Uint8Array, where: string, startOffset = 0): string {
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    throw new UserError(
      `${where}: not valid UTF-8 at byte ${startOffset + bad}; save the file as UTF-8.`,
      EXIT.malformedJson,
    );
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/**
 * What a path is, without opening it (opening a FIFO with no writer blocks forever). A missing path, and
 * anything but a regular file or folder (FIFO, socket, device), is a user error.
 */
export function kindOf(path: string, expected: string): 'file' | 'folder' {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserError(`${path}: no such file or folder. Check the path.`, EXIT.fileNotFound);
    }
    throw new UserError(`${path}: could not be read (${code || 'unknown error'}).`, EXIT.fileNotFound);
  }
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  throw new UserError(
    `${path}: not a regular file (a FIFO, socket or device); expected ${expected}.`,
    EXIT.usage,
  );
}

/** Reads a whole regular file as strict UTF-8, turning the usual failures into messages a person can act on. */
export function readText(file: string): string {
  if (kindOf(file, 'a JSON file') === 'folder') {
    throw new UserError(`${file}: is a folder, expected a JSON file.`, EXIT.usage);
  }
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    throw new UserError(
      `${file}: ${size.toLocaleString('en-US')} bytes, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a candidacy file may have.`,
      EXIT.invalidInput,
    );
  }
  const bytes = Buffer.alloc(size);
  const fd = openSync(file, 'r');
  try {
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, null);
      if (got === 0) break;
      read += got;
    }
    return decodeUtf8(bytes.subarray(0, read), file);
  } finally {
    closeSync(fd);
  }
}

/** One line of a file read by {@link readLines}: its text, or why it could not be read. */
export type LineRead =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly error: string };

/**
 * The non-blank lines of a regular file, read in 64 KiB chunks, so memory stays bounded by the longest line
 * (itself capped at {@link MAX_LINE_BYTES}: a longer line is reported and skipped). A line that is not valid
 * UTF-8 is reported with the file's byte offset of its first bad byte; a byte-order mark is dropped.
 */
export function* readLines(file: string): Generator<LineRead> {
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let lineNumber = 1;
  let lineStart = 0;
  let position = 0;
  const finish = (): LineRead | undefined => {
    const line = lineNumber;
    const start = lineStart;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
    const long = tooLong;
    parts = [];
    partBytes = 0;
    tooLong = false;
    if (long) return { line, error: `longer than ${MAX_LINE_BYTES / 1024 / 1024} MB, skipped.` };
    if (bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) return undefined;
    try {
      return { line, text: decodeUtf8(bytes, `line ${line}`, start) };
    } catch (error) {
      return {
        line,
        error: error instanceof UserError ? error.message.replace(/^line \d+: /, '') : String(error),
      };
    }
  };
  try {
    for (;;) {
      const got = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (got === 0) break;
      let from = 0;
      while (from < got) {
        const newline = chunk.indexOf(0x0a, from);
        const to = newline === -1 || newline >= got ? got : newline;
        if (!tooLong) {
          if (partBytes + (to - from) > MAX_LINE_BYTES) {
            tooLong = true;
            parts = [];
            partBytes = 0;
          } else if (to > from) {
            parts.push(Buffer.from(chunk.subarray(from, to)));
            partBytes += to - from;
          }
        }
        if (to === got && (newline === -1 || newline >= got)) break;
        const read = finish();
        if (read) yield read;
        lineNumber++;
        lineStart = position + to + 1;
        from = to + 1;
      }
      position += got;
    }
    const last = finish();
    if (last) yield last;
  } finally {
    closeSync(fd);
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
