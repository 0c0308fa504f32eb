import { type FactName, type FactType, factCatalogue } from '../facts/index.js';
import { closestWord, describeValue } from '../internal/describe.js';
import type { Issue, IssuePath } from '../model/index.js';
import { RULE_PACK_LIMITS } from './limits.js';
import {
  type Condition,
  type ConditionScalar,
  type FactCondition,
  OPERATORS,
  type OperatorName,
  type TopLevelCondition,
} from './types.js';

const FACT_TYPES: ReadonlyMap<string, FactType> = new Map(
  factCatalogue.map((fact) => [fact.name, fact.type]),
);
const FACT_NAMES: readonly string[] = factCatalogue.map((fact) => fact.name);
const NUMERIC = new Set<string>(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);
const LIST = new Set<string>(['in', 'notIn']);
const LEAF_KEYS = new Set(['fact', 'operator', 'value', 'priority', 'name']);
const BOOLEAN_KEYS = new Set(['all', 'any', 'not', 'priority', 'name']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFactName(value: string): value is FactName {
  return FACT_TYPES.has(value);
}

function isOperator(value: string): value is OperatorName {
  return (OPERATORS as readonly string[]).includes(value);
}

function isScalar(value: unknown): value is ConditionScalar {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Validates one condition tree, pushing located issues; returns a fresh typed copy when it is valid. */
export class ConditionChecker {
  private nodes = 0;

  constructor(private readonly issues: Issue[]) {}

  private fail(code: Issue['code'], path: IssuePath, message: string): undefined {
    this.issues.push({ code, path, message });
    return undefined;
  }

  /** Checks a rule's root, which must be all, any or not. */
  checkTop(input: unknown, path: IssuePath): TopLevelCondition | undefined {
    this.nodes = 0;
    if (isRecord(input) && !('all' in input || 'any' in input || 'not' in input)) {
      return this.fail(
        'invalid_value',
        path,
        `expected the root to be an object with "all", "any" or "not", found ${'fact' in input ? 'a single fact condition' : 'an object without them'}: wrap it as { "all": [ … ] }`,
      );
    }
    const node = this.check(input, path, 1);
    return node !== undefined && !('fact' in node) ? node : undefined;
  }

  private checkMeta(
    input: Record<string, unknown>,
    path: IssuePath,
  ): { priority?: number; name?: string } | null {
    const meta: { priority?: number; name?: string } = {};
    let ok = true;
    if ('priority' in input) {
      const priority = input.priority;
      if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 100) {
        this.fail(
          'invalid_type',
          [...path, 'priority'],
          `expected an integer priority from 1 to 100, found ${describeValue(priority)}`,
        );
        ok = false;
      } else meta.priority = priority;
    }
    if ('name' in input) {
      const name = input.name;
      if (typeof name !== 'string' || name.length > 100) {
        this.fail(
          'invalid_type',
          [...path, 'name'],
          `expected a name of at most 100 characters, found ${describeValue(name)}`,
        );
        ok = false;
      } else meta.name = name;
    }
    return ok ? meta : null;
  }

  private check(input: unknown, path: IssuePath, depth: number): Condition | undefined {
    this.nodes++;
    if (this.nodes > RULE_PACK_LIMITS.maxConditionsPerRule) {
      if (this.nodes === RULE_PACK_LIMITS.maxConditionsPerRule + 1) {
        this.fail(
          'too_big',
          path,
          `expected at most ${RULE_PACK_LIMITS.maxConditionsPerRule} conditions in one rule: split the rule`,
        );
      }
      return undefined;
    }
    if (!isRecord(input))
      return this.fail('invalid_type', path, `expected a condition object, found ${describeValue(input)}`);
    if ('condition' in input) {
      return this.fail(
        'unknown_field',
        [...path, 'condition'],
        'named condition references are not supported: inline the condition',
      );
    }
    if ('path' in input) {
      return this.fail(
        'unknown_field',
        [...path, 'path'],
        'expected no "path": facts are flat, name the fact directly',
      );
    }
    if ('params' in input) {
      return this.fail(
        'unknown_field',
        [...path, 'params'],
        'expected no "params": readiness facts take no parameters',
      );
    }
    const isBoolean = 'all' in input || 'any' in input || 'not' in input;
    const allowed = isBoolean ? BOOLEAN_KEYS : LEAF_KEYS;
    let ok = true;
    for (const key of Object.keys(input)) {
      if (!allowed.has(key)) {
        const suggestion = closestWord(key, [...allowed]);
        this.fail(
          'unknown_field',
          [...path, key],
          `unknown field "${key}": ${suggestion ? `did you mean "${suggestion}"?` : `use only ${[...allowed].join(', ')}`}`,
        );
        ok = false;
      }
    }
    const meta = this.checkMeta(input, path);
    if (!ok || meta === null) return undefined;
    if (isBoolean) return this.checkBoolean(input, path, depth, meta);
    return this.checkLeaf(input, path, meta);
  }

  private checkBoolean(
    input: Record<string, unknown>,
    path: IssuePath,
    depth: number,
    meta: { priority?: number; name?: string },
  ): Condition | undefined {
    const keys = ['all', 'any', 'not'].filter((key) => key in input);
    if (keys.length > 1)
      return this.fail(
        'invalid_value',
        path,
        `expected one of "all", "any" or "not", found ${keys.join(' and ')}: nest them instead`,
      );
    if (depth > RULE_PACK_LIMITS.maxConditionDepth) {
      return this.fail(
        'too_big',
        path,
        `expected conditions nested at most ${RULE_PACK_LIMITS.maxConditionDepth} levels deep: flatten the rule`,
      );
    }
    const key = keys[0];
    if (key === 'not') {
      const child = this.check(input.not, [...path, 'not'], depth + 1);
      return child === undefined ? undefined : { not: child, ...meta };
    }
    const list = key === 'all' ? input.all : input.any;
    const listPath = [...path, key ?? 'all'];
    if (!Array.isArray(list))
      return this.fail(
        'invalid_type',
        listPath,
        `expected an array of conditions, found ${describeValue(list)}`,
      );
    if (list.length === 0) {
      return this.fail(
        'too_small',
        listPath,
        `expected at least 1 condition: an empty "${key}" always passes in json-rules-engine`,
      );
    }
    if (list.length > RULE_PACK_LIMITS.maxChildren) {
      return this.fail(
        'too_big',
        listPath,
        `expected at most ${RULE_PACK_LIMITS.maxChildren} conditions, found ${list.length}`,
      );
    }
    const children: Condition[] = [];
    list.forEach((child, index) => {
      const checked = this.check(child, [...listPath, index], depth + 1);
      if (checked !== undefined) children.push(checked);
    });
    if (children.length !== list.length) return undefined;
    return key === 'all' ? { all: children, ...meta } : { any: children, ...meta };
  }

  private checkLeaf(
    input: Record<string, unknown>,
    path: IssuePath,
    meta: { priority?: number; name?: string },
  ): FactCondition | undefined {
    const { fact, operator, value } = input;
    if (typeof fact !== 'string' || !isFactName(fact)) {
      const suggestion = typeof fact === 'string' ? closestWord(fact, FACT_NAMES) : undefined;
      return this.fail(
        'invalid_value',
        [...path, 'fact'],
        `expected a declared readiness fact, found ${describeValue(fact)}${suggestion ? `; did you mean "${suggestion}"?` : ': see factCatalogue'}`,
      );
    }
    if (typeof operator !== 'string' || !isOperator(operator)) {
      const suggestion = typeof operator === 'string' ? closestWord(operator, OPERATORS) : undefined;
      return this.fail(
        'invalid_value',
        [...path, 'operator'],
        `expected one of ${OPERATORS.join(', ')}, found ${describeValue(operator)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      );
    }
    if (!('value' in input))
      return this.fail(
        'invalid_type',
        [...path, 'value'],
        'expected a value, found nothing: this field is required',
      );
    const checked = this.checkValue(fact, operator, value, [...path, 'value']);
    if (checked === undefined) return undefined;
    return { fact, operator, value: checked, ...meta };
  }

  private checkValue(
    fact: FactName,
    operator: OperatorName,
    value: unknown,
    path: IssuePath,
  ): ConditionScalar | readonly ConditionScalar[] | undefined {
    const type = FACT_TYPES.get(fact);
    const tooLong = (item: unknown) =>
      typeof item === 'string' && item.length > RULE_PACK_LIMITS.maxValueLength;
    if (NUMERIC.has(operator)) {
      if (type !== 'number')
        return this.fail(
          'invalid_value',
          path,
          `expected "${operator}" only on number facts, found it on ${type} fact "${fact}"`,
        );
      if (typeof value !== 'number' || !Number.isFinite(value))
        return this.fail(
          'invalid_type',
          path,
          `expected a finite number for "${operator}", found ${describeValue(value)}`,
        );
      return value;
    }
    if (LIST.has(operator)) {
      if (typeof value === 'string' && !tooLong(value)) return value;
      if (!Array.isArray(value) || !value.every(isScalar)) {
        return this.fail(
          'invalid_type',
          path,
          `expected an array of texts, numbers or booleans for "${operator}", found ${describeValue(value)}`,
        );
      }
      if (value.length > RULE_PACK_LIMITS.maxListItems || value.some(tooLong)) {
        return this.fail(
          'too_big',
          path,
          `expected at most ${RULE_PACK_LIMITS.maxListItems} items of at most ${RULE_PACK_LIMITS.maxValueLength} characters`,
        );
      }
      return [...value];
    }
    if (!isScalar(value) || tooLong(value)) {
      return this.fail(
        'invalid_type',
        path,
        `expected a text (at most ${RULE_PACK_LIMITS.maxValueLength} characters), number or boolean, found ${describeValue(value)}`,
      );
    }
    if ((operator === 'equal' || operator === 'notEqual') && typeof value !== type) {
      return this.fail(
        'invalid_type',
        path,
        `expected a ${type} to compare with fact "${fact}", found ${describeValue(value)}: it could never match`,
      );
    }
    return value;
  }
}
