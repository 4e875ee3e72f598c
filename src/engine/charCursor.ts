/**
 * Finds, in text order, the places of any of a few characters (end punctuation, quotation marks):
 * one String.prototype.indexOf() cursor per character. indexOf() runs through a text many times
 * faster than a regular expression with a character class, or a loop over the characters.
 *
 * Best for ASCII characters and a few others ("…"): V8 finds a character outside Latin-1 by looking
 * for the larger of its two bytes, and for the curly quotation marks (U+2018 to U+201D) that byte is
 * 0x20, the space, so indexOf() stops at every space; a regular expression does better for those.
 *
 * Keep one cursor for good and reset() it for each text (see PositionMap on why per-call instances
 * cost more than they seem), and release() it after, so that it does not hold on to the text.
 */
export class CharCursor {
  private readonly chars: readonly string[];
  /** the next place of each character at or after the last `from` asked for; -1 when there is none */
  private readonly next: Int32Array;
  private text = '';

  constructor(chars: readonly string[]) {
    this.chars = chars;
    this.next = new Int32Array(chars.length);
  }

  /** Starts on `text`. */
  reset(text: string): void {
    this.text = text;
    // below any `from`: each place is looked up when first asked for
    this.next.fill(-2);
  }

  /** Lets go of the text. */
  release(): void {
    this.text = '';
  }

  /**
   * The first place at or after `from` that holds one of the characters; -1 when there is none.
   * `from` must not go back from one call to the next (after reset()).
   */
  find(from: number): number {
    const next = this.next;
    let best = -1;
    for (let k = 0; k < next.length; k++) {
      let at = next[k];
      if (at === -1) continue;
      if (at < from) {
        at = this.text.indexOf(this.chars[k], from);
        next[k] = at;
        if (at < 0) continue;
      }
      if (best < 0 || at < best) best = at;
    }
    return best;
  }
}
