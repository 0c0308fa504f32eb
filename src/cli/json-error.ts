/**
 * Finds where JSON text first goes wrong, for error messages. V8 does not always say "at position N"
 * (Node 20 often quotes a snippet instead), so this walks the text with a small recursive-descent scanner.
 * Only called after JSON.parse has failed.
 */
export function locateJsonError(text: string): { offset: number; reason: string } {
  let index = 0;
  const fail = (reason: string): never => {
    throw { offset: index, reason };
  };
  const skipSpace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
  };
  const expectChar = (char: string) => {
    if (text[index] !== char)
      fail(
        index >= text.length
          ? `expected ${char}, found the end of the file`
          : `expected ${char}, found ${JSON.stringify(text[index])}`,
      );
    index++;
  };
  const string = () => {
    expectChar('"');
    while (index < text.length && text[index] !== '"') {
      const char = text[index]!;
      if (char === '\\') {
        index++;
        if (!/["\\/bfnrtu]/.test(text[index] ?? '')) fail('an unknown escape in a string');
        if (text[index] === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5)))
          fail('a bad \\u escape');
      } else if (char < ' ') fail('a control character inside a string');
      index++;
    }
    expectChar('"');
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nesting too deep');
    skipSpace();
    const char = text[index];
    if (char === '{') {
      index++;
      skipSpace();
      if (text[index] === '}') {
        index++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[index] !== '"')
          fail(`expected a property name in double quotes, found ${describe(text[index])}`);
        string();
        skipSpace();
        expectChar(':');
        value(depth + 1);
        skipSpace();
        if (text[index] === ',') {
          index++;
          continue;
        }
        expectChar('}');
        return;
      }
    }
    if (char === '[') {
      index++;
      skipSpace();
      if (text[index] === ']') {
        index++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (text[index] === ',') {
          index++;
          continue;
        }
        expectChar(']');
        return;
      }
    }
    if (char === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(index, index + 400),
    );
    if (!literal) fail(`expected a value, found ${describe(char)}`);
    index += literal![0].length;
  };
  try {
    value(0);
    skipSpace();
    if (index < text.length) fail(`unexpected ${describe(text[index])} after the end of the JSON value`);
    return { offset: text.length, reason: 'not valid JSON' };
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error && 'reason' in error) {
      return { offset: Number(error.offset), reason: String(error.reason) };
    }
    return { offset: index, reason: 'not valid JSON' };
  }
}

function describe(char: string | undefined): string {
  return char === undefined ? 'the end of the file' : JSON.stringify(char);
}
