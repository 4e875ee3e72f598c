/**
 * A small assert for the integration tests, usable in both extension hosts: Node's `assert` does not exist in the
 * web worker host (only `vscode` can be required there) and chai is not a dependency.
 * Errors carry `actual`/`expected`/`showDiff` so mocha prints a diff, like Node's AssertionError.
 */

export class AssertionError extends Error {
  override name = 'AssertionError';
  readonly showDiff: boolean;
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown, readonly operator?: string, showDiff = false) {
    super(message);
    this.showDiff = showDiff;
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return `[Function ${v.name || 'anonymous'}]`;
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  try {
    const s = JSON.stringify(v, (_k, x) => (x instanceof Map ? { Map: [...x] } : x instanceof Set ? { Set: [...x] } : x));
    return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return String(v);
  }
}

function fail(message: string | undefined, fallback: string, actual?: unknown, expected?: unknown, operator?: string, showDiff = false): never {
  throw new AssertionError(message ?? fallback, actual, expected, operator, showDiff);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`, value, true, '==');
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(actual)} to be ${show(expected)}`, actual, expected, 'strictEqual', true);
}
/** Same as strictEqual (there is no loose equality here). */
export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  strictEqual(actual, expected, message);
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) fail(message, `expected a value other than ${show(expected)}`, actual, expected, 'notStrictEqual');
}
export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  notStrictEqual(actual, expected, message);
}

/** Structural equality: primitives by Object.is, arrays, plain objects (own enumerable keys), Map, Set, Date, RegExp. */
export function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const m = b as Map<unknown, unknown>;
    if (a.size !== m.size) return false;
    for (const [k, v] of a) if (!m.has(k) || !isDeepStrictEqual(v, m.get(k))) return false;
    return true;
  }
  if (a instanceof Set) {
    const s = b as Set<unknown>;
    if (a.size !== s.size) return false;
    for (const v of a) if (!s.has(v)) return false;
    return true;
  }
  if (ArrayBuffer.isView(a)) {
    const x = a as unknown as ArrayLike<unknown>, y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!isDeepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) fail(message, `expected ${show(actual)} to deeply equal ${show(expected)}`, actual, expected, 'deepStrictEqual', true);
}
/** Same as deepStrictEqual. */
export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  deepStrictEqual(actual, expected, message);
}

export function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (isDeepStrictEqual(actual, expected)) fail(message, `expected ${show(actual)} not to deeply equal ${show(expected)}`, actual, expected, 'notDeepStrictEqual');
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (typeof actual !== 'string' || !pattern.test(actual)) fail(message, `expected ${show(actual)} to match ${pattern}`, actual, pattern, 'match');
}

/** `haystack` (string or array) contains `needle` (substring or element, by Object.is / SameValueZero). */
export function includes(haystack: string | readonly unknown[], needle: unknown, message?: string): void {
  const found = typeof haystack === 'string' ? typeof needle === 'string' && haystack.includes(needle) : haystack.includes(needle);
  if (!found) fail(message, `expected ${show(haystack)} to include ${show(needle)}`, haystack, needle, 'includes');
}

type ErrorCheck = RegExp | ((e: unknown) => boolean) | (new (...args: never[]) => Error);
function checkError(e: unknown, check: ErrorCheck | undefined, message: string | undefined): void {
  if (check === undefined) return;
  if (check instanceof RegExp) {
    const text = e instanceof Error ? e.message : String(e);
    if (!check.test(text)) fail(message, `expected the error ${show(text)} to match ${check}`, e, check, 'throws');
  } else if (check.prototype instanceof Error || check === Error) {
    if (!(e instanceof (check as new () => Error))) fail(message, `expected an error of type ${check.name}, got ${show(e)}`, e, check, 'throws');
  } else if (!(check as (e: unknown) => boolean)(e)) {
    fail(message, `the error ${show(e)} did not pass the check`, e, check, 'throws');
  }
}

export function throws(fn: () => unknown, check?: ErrorCheck, message?: string): void {
  try {
    fn();
  } catch (e) {
    checkError(e, check, message);
    return;
  }
  fail(message, 'expected the function to throw', undefined, check, 'throws');
}

export async function rejects(p: Promise<unknown> | (() => Promise<unknown>), check?: ErrorCheck, message?: string): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    checkError(e, check, message);
    return;
  }
  fail(message, 'expected the promise to reject', undefined, check, 'rejects');
}

export async function doesNotReject(p: Promise<unknown> | (() => Promise<unknown>), message?: string): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    fail(message, `expected no rejection, got ${show(e)}`, e, undefined, 'doesNotReject');
  }
}

/** Node-style: `assert(value)` plus the functions above as properties (`import assert from './assert'`). */
export interface Assert {
  (value: unknown, message?: string): asserts value;
  ok: typeof ok;
  equal: typeof equal;
  strictEqual: typeof strictEqual;
  notEqual: typeof notEqual;
  notStrictEqual: typeof notStrictEqual;
  deepEqual: typeof deepEqual;
  deepStrictEqual: typeof deepStrictEqual;
  notDeepStrictEqual: typeof notDeepStrictEqual;
  match: typeof match;
  includes: typeof includes;
  throws: typeof throws;
  rejects: typeof rejects;
  doesNotReject: typeof doesNotReject;
  isDeepStrictEqual: typeof isDeepStrictEqual;
  AssertionError: typeof AssertionError;
}
const assert: Assert = Object.assign((value: unknown, message?: string): asserts value => ok(value, message), {
  ok, equal, strictEqual, notEqual, notStrictEqual, deepEqual, deepStrictEqual, notDeepStrictEqual, match, includes,
  throws, rejects, doesNotReject, isDeepStrictEqual, AssertionError,
});
export default assert;
