/**
 * A map from positions in a text (non-negative integers) to values.
 *
 * The claim finder notes every quotation mark of a story and looks them up again while it reads the
 * sentences: thousands of entries for a long story, made anew on each call. A Map of that size is
 * slow to fill and a burden for the garbage collector; here the keys live in typed arrays (open
 * addressing) and the values in one list.
 *
 * Make one map and clear() it for each text rather than a new one each time: optimised code that
 * reads a map depends on the hidden class of its instances, and V8 lets that class go (and throws
 * the code away) when a full garbage collection finds no instance left between two calls.
 */
export class PositionMap<T> {
  /** position + 1 for each slot; 0 for an empty one */
  private keys: Int32Array;
  /** index in `values` of each slot's value */
  private slots: Int32Array;
  private values: T[] = [];
  private count = 0;
  private mask: number;
  /** 32 - log2(size): the top bits of the hash pick the slot */
  private shift: number;

  constructor(expected = 0) {
    const size = PositionMap.sizeFor(expected);
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /**
   * Empties the map. With `expected`, makes it ready for about that many entries (its tables grow,
   * or shrink when far too big); without, keeps their size.
   */
  clear(expected?: number): void {
    const size = expected === undefined ? this.keys.length : PositionMap.sizeFor(expected);
    if (this.keys.length > size * 4 || this.keys.length < size) {
      this.keys = new Int32Array(size);
      this.slots = new Int32Array(size);
      this.mask = size - 1;
      this.shift = 32 - Math.log2(size);
    } else if (this.count > 0) this.keys.fill(0);
    this.values = [];
    this.count = 0;
  }

  /** Table size for `expected` entries: a power of two, at most half full. */
  private static sizeFor(expected: number): number {
    let size = 64;
    while (size < expected * 2) size *= 2;
    return size;
  }

  /** Sets the value at `pos` (a later value for the same position replaces the earlier one). */
  set(pos: number, value: T): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slotOf(pos);
    if (this.keys[slot] === 0) {
      this.keys[slot] = pos + 1;
      this.count++;
    }
    this.slots[slot] = this.values.length;
    this.values.push(value);
  }

  get(pos: number): T | undefined {
    const slot = this.slotOf(pos);
    return this.keys[slot] === 0 ? undefined : this.values[this.slots[slot]];
  }

  has(pos: number): boolean {
    return this.keys[this.slotOf(pos)] !== 0;
  }

  /** The slot that holds `pos`, or the empty slot where it would go. */
  private slotOf(pos: number): number {
    const keys = this.keys;
    const mask = this.mask;
    const key = pos + 1;
    // Fibonacci hashing: neighbouring positions land far apart
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.shift--;
    for (let k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] === 0) continue;
      const slot = this.slotOf(oldKeys[k] - 1);
      this.keys[slot] = oldKeys[k];
      this.slots[slot] = oldSlots[k];
    }
  }
}
