/**
 * Text anchors in the style of web annotation tools (W3C TextQuoteSelector + TextPositionSelector):
 * the exact text, up to CONTEXT_LENGTH characters before and after it, and its start offset as a hint.
 * An anchor made on one version of an article re-attaches to a later version after edits elsewhere.
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices), `start` inclusive, `end` exclusive.
 */
import type { Part } from './types';

/** How many characters of context an anchor keeps on each side. */
export const CONTEXT_LENGTH = 32;

export interface TextAnchor {
  /** The anchored text itself; never empty for an anchor that can attach. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters right before `exact` (fewer at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters right after `exact` (fewer at the end of the text). */
  suffix: string;
  /** Where `exact` started when the anchor was made: a hint only. */
  start: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/**
 * Makes the anchor of `text.slice(start, end)`. Offsets are clamped to the text; the context is
 * shortened by one code unit rather than cut through a surrogate pair.
 */
export function makeAnchor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): TextAnchor {
  const s = clamp(Math.trunc(start), 0, text.length);
  const e = clamp(Math.trunc(end), s, text.length);
  let prefixStart = Math.max(0, s - contextLength);
  if (prefixStart > 0 && prefixStart < s && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, e + contextLength);
  if (suffixEnd > e && suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    exact: text.slice(s, e),
    prefix: text.slice(prefixStart, s),
    suffix: text.slice(e, suffixEnd),
    start: s,
  };
}

/** How many characters right before `at` agree with the end of `prefix`. */
function prefixAgreement(text: string, at: number, prefix: string): number {
  let n = 0;
  const max = Math.min(prefix.length, at);
  while (n < max && text.charCodeAt(at - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)) n++;
  return n;
}

/** How many characters from `at` on agree with the start of `suffix`. */
function suffixAgreement(text: string, at: number, suffix: string): number {
  let n = 0;
  const max = Math.min(suffix.length, text.length - at);
  while (n < max && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/**
 * How well the occurrence of `anchor.exact` at `at` agrees with the anchor's context: the number of
 * characters adjacent to it, on both sides, that match the stored prefix and suffix.
 */
export function contextAgreement(text: string, at: number, anchor: TextAnchor): number {
  return prefixAgreement(text, at, anchor.prefix) + suffixAgreement(text, at + anchor.exact.length, anchor.suffix);
}

/**
 * Finds where an anchor belongs in `text`:
 * 1. if `exact` is at the hinted start and the whole stored prefix and suffix agree, there;
 * 2. else, among all occurrences of `exact`, the one whose surroundings agree with the most characters
 *    of prefix and suffix (counted outwards from the occurrence until the first difference),
 *    ties going to the occurrence nearest the hint, then to the earlier one;
 * 3. if `exact` no longer occurs (or is empty), undefined: the caller reports the anchor as lost.
 * Linear in the text length (one indexOf scan; each occurrence costs at most 2 * CONTEXT_LENGTH comparisons).
 */
export function attachAnchor(text: string, anchor: TextAnchor): Part | undefined {
  const { exact } = anchor;
  if (exact.length === 0 || exact.length > text.length) return undefined;
  const hint = Number.isFinite(anchor.start) ? clamp(Math.trunc(anchor.start), 0, text.length) : 0;
  const perfect = anchor.prefix.length + anchor.suffix.length;

  if (text.startsWith(exact, hint) && contextAgreement(text, hint, anchor) === perfect) {
    return { start: hint, end: hint + exact.length };
  }

  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const distance = Math.abs(at - hint);
    // Past the hint, occurrences only get farther away: once the best possible score is reached, stop.
    if (bestScore === perfect && at > hint && distance > bestDistance) break;
    const score = contextAgreement(text, at, anchor);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best === -1 ? undefined : { start: best, end: best + exact.length };
}
