// Inputs for the fuzz test (fuzz.test.ts runs them in fuzz-worker.ts): a deterministic stream of hostile
// texts and catalogues from a seed, so that any failing case can be made again from its number.
import { int, pick, prng, randomWord } from '../../bench/synthetic';
import type { Entity } from '../../src/engine/types';

/** Sentences in the style of news reports, written for these tests. */
export const SENTENCES = [
  'President Mara Voss said on Monday that 3,000 troops would leave Kabul by the end of March.',
  '“We will not back down,” said Ali Khan, the party’s leader, adding that the vote was “rigged”.',
  'According to the U.N. Security Council, more than 1.2 million people fled the region in 2023.',
  'The European Union’s foreign policy chief, Josep Borrell, warned that North and South Korea were close to talks.',
  'Shares of Halden Works fell 4.5% to $12.30 after the company cut 450 jobs, Reuters reported.',
  'NORTH KOREA WARNS SEOUL OVER DRILLS',
  'Dr. Amina Yusuf, a researcher at the University of Lagos, told reporters: "The data is clear."',
  'Police said two men, aged 34 and 41, were arrested near Gare du Nord at about 3 a.m.',
  'The ministry denied the report, calling it "fake news", while officials in Beijing declined to comment.',
  'Rainfall of 120mm in 24 hours flooded 3 km² of farmland, the agency said in a statement.',
  'Mr. O’Neil—who has led the firm since 2019—said profits rose by a third, to €2.4bn.',
  'He said: “It’s over.” She said it wasn’t.',
  'In Moscow, Kremlin spokesman Dmitry Peskov said Russia had “no plans” to withdraw.',
  'Thousands of protesters marched through Paris on Saturday; dozens were injured.',
  'The U.S. Department of State said Washington and Tokyo agreed on a $5 billion package.',
  'Sweden beat South Korea 1-0 with a late goal from their striker in the 89th minute.',
  'Prime Minister Kenji Sato, 62, resigned after 18 months in office, NHK reported.',
  '"Nobody expected this," said one resident. "Nobody."',
  'Ukraine’s President Volodymyr Zelensky thanked the EU for €50 billion in aid over four years.',
  'The report, published by Human Rights Watch (HRW), lists 17 cases between 2019 and 2021.',
];

const PIECES = ['\u200b', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u202e', '\u202d', '\u2028', '\u2029', '\u0085', '\t', '\r', '\n', '\r\n', '\n\n', '\u0000', '\u0007', '\u001b', '\u007f', '\ud83d', '\ude00', '\ud83d\ude00', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', '\u0301', '\u0308\u0308\u0308', 'e\u0301', '\ufe0f', '🇰🇷', '"', '“', '”', '‘', '’', "'", '«', '»', '(', ')', '[', ']', '—', '–', '-', '‐', '‑', '.', '…', '?!', ':', ';', ',', '%', '$', '€', '£', '¥', '²', '½', '٣', '४', '〇', '١٢٣', 'said', 'says', 'according to', 'Mr.', 'U.N.', 'U.S.', 'Korea', 'Korean', 'North', 'and', 'thousands', 'million', '3,000', '1.5', '10 000', '—said', 'שלום', 'مرحبا', 'Привет', '北京', '東京都', 'Ñandú', 'İstanbul', 'ß', 'ǅ', 'ﬁ'];

const RANGES: Array<[number, number]> = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff], [0x590, 0x5ff], [0x600, 0x6ff], [0x900, 0x97f],
  [0x1e00, 0x1eff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f], [0x3000, 0x303f], [0x4e00, 0x4fff], [0xac00, 0xacff],
  [0xd800, 0xdfff], [0xe000, 0xe0ff], [0xfe00, 0xfe0f], [0xfff0, 0xffff], [0x1f300, 0x1f6ff], [0x1d400, 0x1d4ff], [0xe0000, 0xe007f],
];

function randomUnicode(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const [lo, hi] = pick(rand, RANGES);
    s += String.fromCodePoint(int(rand, lo, hi));
  }
  return s;
}

function mutate(rand: () => number, text: string, times: number): string {
  let s = text;
  for (let k = 0; k < times; k++) {
    const at = int(rand, 0, s.length);
    const r = rand();
    if (r < 0.35) s = s.slice(0, at) + pick(rand, PIECES) + s.slice(at);
    else if (r < 0.5) s = s.slice(0, at) + s.slice(at + int(rand, 1, 4)); // may cut a surrogate pair
    else if (r < 0.6) s = s.slice(0, at) + randomUnicode(rand, int(rand, 1, 5)) + s.slice(at);
    else if (r < 0.7) s = s.slice(0, at) + pick(rand, SENTENCES) + s.slice(at);
    else if (r < 0.8) s = s.slice(0, at) + s.slice(at, at + 20).toUpperCase() + s.slice(at + 20);
    else if (r < 0.9) s = s.slice(0, at) + s.slice(at, at + 30).toLowerCase() + s.slice(at + 30);
    else s = s.slice(0, at) + s.slice(at, at + 40) + s.slice(at); // repeat a piece
  }
  return s;
}

/** The `i`th text of the stream with this seed. */
export function fuzzText(seed: number, i: number): string {
  const rand = prng(seed * 1_000_003 + i);
  const kind = i % 20;
  switch (kind) {
    case 0:
      return randomUnicode(rand, int(rand, 0, 400));
    case 1: // a very long line
      return Array.from({ length: int(rand, 200, 2000) }, () => pick(rand, [...SENTENCES, ...PIECES])).join(' ').replace(/[\r\n\u2028\u2029\u0085]/g, ' ');
    case 2: // no spaces at all
      return Array.from({ length: int(rand, 50, 3000) }, () => pick(rand, [randomWord(rand, 1, 4), ...PIECES.filter((p) => !/\s/.test(p))])).join('');
    case 3: // only punctuation
      return Array.from({ length: int(rand, 1, 3000) }, () => pick(rand, [...'.,;:!?"\'“”‘’«»()[]{}—–-…/\\|*&^%$#@~`+=<>'])).join('');
    case 4: // line-break mixes
      return SENTENCES.map((s) => s.replace(/ /g, () => (rand() < 0.3 ? pick(rand, ['\r\n', '\r', '\n', '\n\r', '\r\r\n', '\n\n']) : ' '))).join(pick(rand, ['\r\n', '\r', '\n', '']));
    case 5: // numbers everywhere
      return Array.from({ length: int(rand, 5, 200) }, () => pick(rand, ['1', '10,000', '3.5', '1.2.3', '12%', '$4', '€5bn', '1/2', '½', '٣', '2019-2021', '-7', '+8', '1e9', '007', '4,5', '1 000 000', 'million', 'thousands', 'a third', 'dozens'])).join(pick(rand, [' ', '', ' of ', '-']));
    case 6: // a single repeated character
      return pick(rand, ['a', 'A', '.', ' ', '\n', '"', '“', '1', '\u0301', '🙂', '\ud800', 'é']).repeat(int(rand, 1, 5000));
    case 7: // quotes never closed
      return Array.from({ length: int(rand, 5, 60) }, () => `${pick(rand, ['"', '“', '‘', "'", '«'])}${pick(rand, SENTENCES)}`).join(' ');
    default: // news sentences, mutated
      return mutate(rand, Array.from({ length: int(rand, 1, 12) }, () => pick(rand, SENTENCES)).join(pick(rand, [' ', '\n', '\n\n', '\r\n', ''])), int(rand, 0, 25));
  }
}

/** A random catalogue for texts of this stream (names from the sentences, random words, hostile strings). */
export function fuzzCatalogue(seed: number, batch: number): Entity[] {
  const rand = prng(seed * 7_919 + batch);
  const words = SENTENCES.join(' ').split(/\s+/);
  const surface = (): string => {
    const r = rand();
    if (r < 0.4) {
      const at = int(rand, 0, words.length - 3);
      return words.slice(at, at + int(rand, 1, 3)).join(' ').replace(/[.,;:]$/, '');
    }
    if (r < 0.6) return randomWord(rand);
    if (r < 0.75) return pick(rand, PIECES);
    if (r < 0.85) return randomUnicode(rand, int(rand, 1, 6));
    if (r < 0.9) return '';
    if (r < 0.95) return ' '.repeat(int(rand, 1, 3));
    return Array.from({ length: int(rand, 5, 40) }, () => randomWord(rand, 1, 2)).join(' ');
  };
  const kinds = ['person', 'organisation', 'place', 'group'] as const;
  return Array.from({ length: int(rand, 0, 60) }, (_, k) => ({
    id: `f-${batch}-${k}`,
    name: surface(),
    kind: pick(rand, kinds),
    aliases: Array.from({ length: int(rand, 0, 3) }, surface),
    demonyms: Array.from({ length: int(rand, 0, 2) }, surface),
    links: {},
  }));
}
