import { describe, expect, it } from 'vitest';
import { evaluateCondition, startSkit } from '../../../src/core/skit';
import type { Condition } from '../../../src/core/types';
import { loadSkit } from '../../fixtures/skits';

// Variables { count: 2, name: 'an', flag: true }; visits { n1: 1 }.
const { vars, visits } = startSkit(loadSkit('conditions'));
const holds = (cond: Condition): boolean => evaluateCondition(cond, vars, visits);

describe('comparisons', () => {
  it.each([
    ['eq', 2, true],
    ['eq', 3, false],
    ['ne', 3, true],
    ['ne', 2, false],
    ['lt', 3, true],
    ['lt', 2, false],
    ['lte', 2, true],
    ['lte', 1, false],
    ['gt', 1, true],
    ['gt', 2, false],
    ['gte', 2, true],
    ['gte', 3, false],
  ] as const)('count %s %d is %s', (op, value, expected) => {
    expect(holds({ var: 'count', op, value })).toBe(expected);
  });

  it('compares strings and booleans with eq and ne', () => {
    expect(holds({ var: 'name', op: 'eq', value: 'an' })).toBe(true);
    expect(holds({ var: 'name', op: 'ne', value: 'an' })).toBe(false);
    expect(holds({ var: 'flag', op: 'eq', value: true })).toBe(true);
    expect(holds({ var: 'flag', op: 'ne', value: false })).toBe(true);
  });

  it('never orders strings or booleans', () => {
    for (const op of ['lt', 'lte', 'gt', 'gte'] as const) {
      expect(holds({ var: 'name', op, value: 'an' })).toBe(false);
      expect(holds({ var: 'name', op, value: 'zz' })).toBe(false);
      expect(holds({ var: 'flag', op, value: true })).toBe(false);
    }
  });

  it('makes every op false across types, ne included', () => {
    for (const op of ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const) {
      expect(holds({ var: 'count', op, value: '2' })).toBe(false);
      expect(holds({ var: 'flag', op, value: 1 })).toBe(false);
    }
  });

  it('makes every op false for an unknown variable, ne included', () => {
    for (const op of ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const) {
      expect(holds({ var: 'ghost', op, value: 0 })).toBe(false);
    }
  });

  it('does not read inherited properties as variables', () => {
    expect(holds({ var: 'constructor', op: 'ne', value: 0 })).toBe(false);
    expect(holds({ var: 'toString', op: 'ne', value: 'x' })).toBe(false);
  });
});

describe('visited', () => {
  it('needs one visit by default', () => {
    expect(holds({ visited: 'n1' })).toBe(true);
    expect(holds({ visited: 'e' })).toBe(false);
  });

  it('needs at least min visits', () => {
    expect(holds({ visited: 'n1', min: 1 })).toBe(true);
    expect(holds({ visited: 'n1', min: 2 })).toBe(false);
    expect(holds({ visited: 'e', min: 0 })).toBe(true);
  });

  it('counts an unknown or inherited node id as never visited', () => {
    expect(holds({ visited: 'nowhere' })).toBe(false);
    expect(holds({ visited: 'constructor' })).toBe(false);
  });
});

describe('all, any, not', () => {
  const yes: Condition = { var: 'flag', op: 'eq', value: true };
  const no: Condition = { var: 'flag', op: 'eq', value: false };

  it('all holds when every part holds, and for an empty list', () => {
    expect(holds({ all: [yes, yes] })).toBe(true);
    expect(holds({ all: [yes, no] })).toBe(false);
    expect(holds({ all: [] })).toBe(true);
  });

  it('any holds when one part holds, never for an empty list', () => {
    expect(holds({ any: [no, yes] })).toBe(true);
    expect(holds({ any: [no, no] })).toBe(false);
    expect(holds({ any: [] })).toBe(false);
  });

  it('not inverts, so not eq differs from ne for an unknown variable', () => {
    expect(holds({ not: yes })).toBe(false);
    expect(holds({ not: no })).toBe(true);
    expect(holds({ not: { var: 'ghost', op: 'eq', value: 1 } })).toBe(true);
  });

  it('nests', () => {
    const cond: Condition = {
      all: [{ any: [no, { visited: 'n1' }] }, { not: { var: 'count', op: 'gt', value: 5 } }],
    };
    expect(holds(cond)).toBe(true);
  });
});
