/**
 * A fast reader for the plain block layout of catalogue files, for large catalogues (the `yaml`
 * library takes seconds on a 10 MB file). It understands exactly this:
 *
 *     # comments, blank lines
 *     entities:                      (or a top-level list of entries)
 *       - id: some-id                # comment
 *         name: "Quoted \"name\""    plain, 'single' and "double" quoted one-line scalars
 *         aliases: [A, "B", 'C']     one-line flow lists
 *         demonyms:                  block lists of one-line scalars
 *           - D
 *         links: { wikidata: Q1 }    one-line flow maps, or a block map of one-line scalars
 *
 * into a light tree (CNode) with the values (YAML 1.2 core schema) and ranges the `yaml` library
 * gives its nodes; catalogue.ts turns the `yaml` library's nodes into the same tree, checks both
 * with the same code and so reports the same entities and problems at the same places. On anything else (anchors, tags, block scalars, multi-line scalars,
 * tabs, directives, duplicate keys, syntax errors, ...) it gives up and returns undefined: the
 * caller then parses with the full `yaml` library. Giving up is always safe, never wrong.
 */
import { LineCounter } from 'yaml';

/**
 * A light syntax tree of a catalogue file, all that catalogue.ts checks: `start` and `end` are the
 * offsets the `yaml` library gives a node as `range[0]` and `range[1]`, `after` its `range[2]`.
 */
export type CNode = CScalar | CSeq | CMap | COther;
export interface CScalar { kind: 'scalar'; value: unknown; start: number; end: number; after: number }
export interface CSeq { kind: 'seq'; items: CNode[]; start: number; end: number; after: number }
export interface CMap { kind: 'map'; pairs: CPair[]; start: number; end: number; after: number }
/** Anything else (an alias, a pair inside a list, a node nested too deep to matter). */
export interface COther { kind: 'other'; start: number; end: number; after: number }
export interface CPair { key: CNode | null; value: CNode | null }


/** Thrown inside the reader to give up; never leaves this module. */
class GiveUp {}
const GIVE_UP = new GiveUp();

// tabs, a byte order mark, control characters, lone carriage returns, Unicode line separators:
// all left to the full parser
const UNSUPPORTED_CHARS = /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
const KEY_RE = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** The value of a plain scalar under the YAML 1.2 core schema, as the `yaml` library resolves it. */
export function resolvePlain(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // only strings that start like a number, ~, n/N, t/T, f/F or . can be anything but a string
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (c === 116 || c === 84 || c === 102 || c === 70) {
    if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
    if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
    return s;
  }
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

function scalar(value: unknown, start: number, end: number, after: number): CScalar {
  return { kind: 'scalar', value, start, end, after };
}

/** What the fast reader did: read the whole file, or gave up at `offset` (a line's start or an odd character). */
export type FastRead = { ok: true } | { ok: false; offset: number };

/**
 * Reads a catalogue in the plain block layout (a top-level `entities:` list, or a top-level list),
 * filling `lineCounter` and calling `onEntry` with each entry of the list as soon as it is read (so
 * that a large file's tree is never kept whole). When it gives up, possibly after some entries, the
 * caller forgets what it got and uses the full parser.
 */
export function readCatalogueFast(text: string, lineCounter: LineCounter, onEntry: (entry: CNode) => void): FastRead {
  if (text.length === 0) return { ok: false, offset: 0 };
  const odd = UNSUPPORTED_CHARS.exec(text);
  if (odd) return { ok: false, offset: odd.index };
  const reader = new Reader(text, onEntry);
  try {
    reader.read(lineCounter);
    return { ok: true };
  } catch (e) {
    if (e === GIVE_UP) return { ok: false, offset: reader.offset };
    throw e;
  }
}

class Reader {
  private readonly starts: number[] = [0];
  /** End of each line's content (before \r\n or \n). */
  private readonly ends: number[] = [];
  private line = 0;

  constructor(
    private readonly text: string,
    private readonly onEntry: (entry: CNode) => void,
  ) {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) {
        this.ends.push(text.length);
        break;
      }
      this.ends.push(nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      from = nl + 1;
      this.starts.push(from);
    }
  }

  read(lineCounter: LineCounter): void {
    const { text } = this;
    lineCounter.lineStarts = this.starts.slice();
    this.skipTrivia(-1);
    if (this.eof()) throw GIVE_UP;
    if (this.indent() !== 0) throw GIVE_UP;
    const at = this.starts[this.line];
    if (text.startsWith('entities:', at)) {
      const p = this.skipSpaces(at + 9);
      if (p !== this.ends[this.line]) throw GIVE_UP; // a value or a comment on the same line
      this.line++;
      this.skipTrivia(-1);
      if (this.eof() || text.charCodeAt(this.contentStart()) !== 45) throw GIVE_UP;
      this.blockSeq(this.indent(), true);
    } else if (text.charCodeAt(at) === 45) {
      this.blockSeq(0, true);
    } else {
      throw GIVE_UP;
    }
    this.skipTrivia(-1);
    if (!this.eof()) throw GIVE_UP;
  }

  /** Start of the line being read (where the reader gave up). */
  get offset(): number {
    return this.starts[Math.min(this.line, this.starts.length - 1)];
  }

  // ---- lines

  private eof(): boolean {
    return this.line >= this.starts.length;
  }

  private indent(): number {
    return this.contentStart() - this.starts[this.line];
  }

  private contentStart(): number {
    let p = this.starts[this.line];
    const end = this.ends[this.line];
    while (p < end && this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  /** Offset where the next line begins (after the line break), or the text's end. */
  private lineAfter(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }

  private skipSpaces(p: number): number {
    while (this.text.charCodeAt(p) === 32) p++;
    return p;
  }

  /**
   * Skips blank lines and comment lines. Gives up when a comment line is indented at least
   * `guardIndent` (>= 0): the `yaml` library counts such comments into the range of the nested
   * collection before them, which this reader does not model.
   */
  private skipTrivia(guardIndent: number): void {
    while (!this.eof()) {
      const p = this.contentStart();
      if (p === this.ends[this.line]) {
        this.line++;
        continue;
      }
      if (this.text.charCodeAt(p) !== 35) return;
      if (guardIndent >= 0 && p - this.starts[this.line] >= guardIndent) throw GIVE_UP;
      this.line++;
    }
  }

  // ---- block collections

  /**
   * A block list at `indent`, the current line being its first `-`. `entries`: the items are
   * catalogue entries (maps), handed to onEntry and not kept (the list returned is then empty);
   * otherwise one-line scalars.
   */
  private blockSeq(indent: number, entries: boolean): CSeq {
    const { text } = this;
    const items: CNode[] = [];
    const first = this.contentStart();
    for (;;) {
      const dash = this.contentStart();
      if (text.charCodeAt(dash) !== 45 || this.indent() !== indent) throw GIVE_UP;
      const afterDash = dash + 1;
      if (afterDash >= this.ends[this.line] || text.charCodeAt(afterDash) !== 32) throw GIVE_UP; // "-" alone, "-x"
      const p = this.skipSpaces(afterDash);
      if (p >= this.ends[this.line] || text.charCodeAt(p) === 35) throw GIVE_UP; // the item on the next lines
      if (entries) {
        this.onEntry(this.blockMap(p - this.starts[this.line], p, true));
      } else {
        items.push(this.lineValue(p));
        this.line++;
      }
      // the next item, or the end of the list (a list of scalars may be followed by the next key
      // at its own indent: "aliases:\n- A\nname: ..." is written that way too)
      this.skipTrivia(entries ? -1 : indent);
      if (this.eof()) break;
      const ind = this.indent();
      if (ind > indent) throw GIVE_UP;
      if (ind < indent || !isDashItem(text, this.contentStart(), this.ends[this.line])) break;
    }
    const end = items.length ? items[items.length - 1].after : first;
    return { kind: 'seq', items, start: first, end, after: end };
  }

  /**
   * A block map whose first key starts at offset `p` of the current line, at column `indent`.
   * `entry`: a catalogue entry, whose values may be block lists and block maps of scalars.
   */
  private blockMap(indent: number, p: number, entry: boolean): CMap {
    const { text } = this;
    const pairs: CPair[] = [];
    const start = p;
    for (;;) {
      // key
      let q = p;
      const lineEnd = this.ends[this.line];
      while (q < lineEnd && text.charCodeAt(q) !== 58) q++;
      const keyText = text.slice(p, q);
      if (q >= lineEnd || !KEY_RE.test(keyText) || NOT_STRING_KEYS.has(keyText)) throw GIVE_UP;
      for (const pair of pairs) if ((pair.key as CScalar).value === keyText) throw GIVE_UP; // a duplicate key
      const key = scalar(keyText, p, q, q);
      const afterColon = q + 1;
      if (afterColon < lineEnd && text.charCodeAt(afterColon) !== 32) throw GIVE_UP;
      const v = this.skipSpaces(afterColon);
      let value: CNode;
      if (v < lineEnd && text.charCodeAt(v) !== 35) {
        value = this.lineValue(v);
        this.line++;
        // the yaml library counts comments indented deeper than the key into the value's range,
        // and those at the key's indent after the last pair of a nested map into the map's
        this.skipTrivia(entry ? indent + 1 : indent);
      } else {
        // nothing on the line: a nested list or map on the next lines, or null
        const hasComment = v < lineEnd;
        const nullAt = v;
        this.line++;
        this.skipTrivia(indent + 1);
        const ind = this.eof() ? -1 : this.indent();
        const dashItem = !this.eof() && isDashItem(text, this.contentStart(), this.ends[this.line]);
        if (entry && dashItem && ind >= indent) {
          if (hasComment) throw GIVE_UP;
          value = this.blockSeq(ind, false);
        } else if (entry && ind > indent) {
          if (hasComment) throw GIVE_UP;
          value = this.blockMap(ind, this.contentStart(), false);
        } else {
          if (hasComment || (dashItem && ind >= indent)) throw GIVE_UP; // the yaml library stretches such a null over the comment
          value = scalar(null, nullAt, nullAt, nullAt);
        }
      }
      pairs.push({ key, value });
      if (this.eof()) break;
      const ind = this.indent();
      if (ind > indent) throw GIVE_UP; // a continuation line or odd nesting
      if (ind < indent) break;
      p = this.contentStart();
    }
    const end = (pairs[pairs.length - 1].value as CNode).after;
    return { kind: 'map', pairs, start, end, after: end };
  }

  // ---- one-line values

  /** A scalar, flow list or flow map starting at `p` and ending the current line (a comment may follow). */
  private lineValue(p: number): CNode {
    const { text } = this;
    const lineEnd = this.ends[this.line];
    const after = this.lineAfter(this.line);
    const c = text.charCodeAt(p);
    let node: CNode;
    let q: number;
    if (c === 91 || c === 123) {
      const r = c === 91 ? this.flowSeq(p, lineEnd) : this.flowMap(p, lineEnd);
      node = r.node;
      q = r.end;
    } else if (c === 34 || c === 39) {
      const r = this.quoted(p, lineEnd);
      node = r.node;
      q = r.end;
    } else {
      if (startsBadly(text, p, lineEnd)) throw GIVE_UP;
      // a plain scalar: up to " #" or the line's end
      let e = p;
      let end = p;
      while (e < lineEnd) {
        const ch = text.charCodeAt(e);
        if (ch === 35 && text.charCodeAt(e - 1) === 32) break;
        if (ch === 58 && (e + 1 === lineEnd || text.charCodeAt(e + 1) === 32)) throw GIVE_UP; // "a: b: c"
        if (ch !== 32) end = e + 1;
        e++;
      }
      const raw = text.slice(p, end);
      return scalar(resolvePlain(raw), p, end, after);
    }
    // after a quoted scalar or a flow collection: spaces, then the line's end or a comment
    const s = this.skipSpaces(q);
    if (s < lineEnd && !(text.charCodeAt(s) === 35 && s > q)) throw GIVE_UP;
    node.after = after;
    return node;
  }

  private quoted(p: number, lineEnd: number): { node: CScalar; end: number } {
    const { text } = this;
    const quote = text.charCodeAt(p);
    let out = '';
    let i = p + 1;
    for (;;) {
      if (i >= lineEnd) throw GIVE_UP; // continues on the next line
      const ch = text.charCodeAt(i);
      if (quote === 39) {
        if (ch === 39) {
          if (text.charCodeAt(i + 1) === 39 && i + 1 < lineEnd) {
            out += "'";
            i += 2;
            continue;
          }
          break;
        }
        out += text[i++];
        continue;
      }
      if (ch === 34) break;
      if (ch === 92) {
        const next = text[i + 1];
        if (i + 1 >= lineEnd) throw GIVE_UP;
        const esc = ESCAPES[next];
        if (esc !== undefined) {
          out += esc;
          i += 2;
          continue;
        }
        const len = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
        const hex = text.substr(i + 2, len);
        if (len === 0 || i + 2 + len > lineEnd || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw GIVE_UP;
        out += String.fromCodePoint(code);
        i += 2 + len;
        continue;
      }
      out += text[i++];
    }
    const end = i + 1;
    return { node: scalar(out, p, end, end), end };
  }

  /** A plain or quoted scalar inside a flow collection, ending before `,`, `]` or `}`. */
  private flowScalar(p: number, lineEnd: number): { node: CScalar; end: number } {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) return this.quoted(p, lineEnd);
    if (startsBadly(text, p, lineEnd)) throw GIVE_UP;
    let e = p;
    let end = p;
    while (e < lineEnd) {
      const ch = text.charCodeAt(e);
      if (ch === 44 || ch === 93 || ch === 125) break;
      if (ch === 91 || ch === 123) throw GIVE_UP;
      if (ch === 35 && text.charCodeAt(e - 1) === 32) throw GIVE_UP;
      if (ch === 58) {
        const n = text.charCodeAt(e + 1);
        if (e + 1 >= lineEnd || n === 32 || n === 44 || n === 93 || n === 125 || n === 91 || n === 123) throw GIVE_UP;
      }
      if (ch !== 32) end = e + 1;
      e++;
    }
    if (end === p) throw GIVE_UP; // an empty item
    return { node: scalar(resolvePlain(text.slice(p, end)), p, end, end), end };
  }

  private flowSeq(p: number, lineEnd: number): { node: CSeq; end: number } {
    const { text } = this;
    const items: CNode[] = [];
    let i = this.skipSpaces(p + 1);
    if (text.charCodeAt(i) === 93) return { node: { kind: 'seq', items, start: p, end: i + 1, after: i + 1 }, end: i + 1 };
    for (;;) {
      if (i >= lineEnd) throw GIVE_UP;
      const item = this.flowScalar(i, lineEnd);
      items.push(item.node);
      i = this.skipSpaces(item.end);
      const ch = text.charCodeAt(i);
      if (i >= lineEnd) throw GIVE_UP;
      if (ch === 93) break;
      if (ch !== 44) throw GIVE_UP;
      i = this.skipSpaces(i + 1);
      if (text.charCodeAt(i) === 93 || text.charCodeAt(i) === 44) throw GIVE_UP; // trailing or double comma
    }
    return { node: { kind: 'seq', items, start: p, end: i + 1, after: i + 1 }, end: i + 1 };
  }

  private flowMap(p: number, lineEnd: number): { node: CMap; end: number } {
    const { text } = this;
    const pairs: CPair[] = [];
    let i = this.skipSpaces(p + 1);
    if (text.charCodeAt(i) === 125) return { node: { kind: 'map', pairs, start: p, end: i + 1, after: i + 1 }, end: i + 1 };
    for (;;) {
      if (i >= lineEnd) throw GIVE_UP;
      let q = i;
      while (q < lineEnd && text.charCodeAt(q) !== 58) q++;
      const keyText = text.slice(i, q);
      if (q >= lineEnd || !KEY_RE.test(keyText) || NOT_STRING_KEYS.has(keyText)) throw GIVE_UP;
      if (text.charCodeAt(q + 1) !== 32) throw GIVE_UP;
      for (const pair of pairs) if ((pair.key as CScalar).value === keyText) throw GIVE_UP;
      const key = scalar(keyText, i, q, q);
      const v = this.skipSpaces(q + 1);
      const ch0 = text.charCodeAt(v);
      if (v >= lineEnd || ch0 === 44 || ch0 === 125) throw GIVE_UP; // no value
      const value = this.flowScalar(v, lineEnd);
      pairs.push({ key, value: value.node });
      i = this.skipSpaces(value.end);
      const ch = text.charCodeAt(i);
      if (i >= lineEnd) throw GIVE_UP;
      if (ch === 125) break;
      if (ch !== 44) throw GIVE_UP;
      i = this.skipSpaces(i + 1);
      if (text.charCodeAt(i) === 125 || text.charCodeAt(i) === 44) throw GIVE_UP;
    }
    return { node: { kind: 'map', pairs, start: p, end: i + 1, after: i + 1 }, end: i + 1 };
  }
}

/** A "-" that starts a block list item (followed by a space or the line's end). */
function isDashItem(text: string, p: number, lineEnd: number): boolean {
  return text.charCodeAt(p) === 45 && (p + 1 === lineEnd || text.charCodeAt(p + 1) === 32);
}

/** A plain scalar cannot start with an indicator; "-", "?" and ":" only when a non-space follows. */
function startsBadly(text: string, p: number, lineEnd: number): boolean {
  const c = text.charCodeAt(p);
  switch (c) {
    case 91: case 93: case 123: case 125: case 44: // [ ] { } ,
    case 35: case 38: case 42: case 33: case 124: case 62: // # & * ! | >
    case 39: case 34: case 37: case 64: case 96: // ' " % @ `
      return true;
    case 45: case 63: case 58: { // - ? :
      const n = text.charCodeAt(p + 1);
      return p + 1 >= lineEnd || n === 32 || n === 44 || n === 91 || n === 93 || n === 123 || n === 125;
    }
    default:
      return false;
  }
}
