/**
 * Quantity recogniser: numbers in running news text with their normal form.
 *
 * One pass of a small trigger pattern (a digit or a number word) over the text; around each trigger a
 * hand-written parser reads the number, what is written before it (currency, "about", "more than",
 * "between") and after it (scale, unit, counted noun, range, rate). No backtracking regular expressions,
 * so the cost is linear in the length of the text.
 *
 * Not quantities: years, dates, times of day, ordinals, phone numbers, scores ("3-1"), numbers in names
 * ("G7", "Big 12", "COVID-19"), labels ("No. 1", "page 5").
 */
import type { QuantitySpan, UnitKind } from './types';
import {
  FRACTIONS,
  NUMBER_TRIGGER_WORDS,
  ONES,
  SCALES,
  SCALE_SUFFIXES,
  TENS,
  VAGUE,
  formatNumber,
  parseDigits,
  scaleValue,
} from './numbers';
import { NO_TOKENS, SH_HAS_DIGIT, grownUint8 } from './tokens';
import type { Tokens, Vocabulary } from './tokens';

// ---------------------------------------------------------------------------------------------------------
// Characters

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
/** text.slice(s, e).toLowerCase(), without the call when the slice has no capital (nor anything beyond ASCII). */
function lowerSlice(text: string, s: number, e: number): string {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return text.slice(s, e).toLowerCase();
  }
  return text.slice(s, e);
}
/** s.toLowerCase(), without the call when `s` has no capital (nor anything beyond ASCII). */
function lower(s: string): string {
  return lowerSlice(s, 0, s.length);
}
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isApos(c: number): boolean {
  return c === 39 || c === 0x2019;
}
/** Joins the parts of a compound: "five-year", "twenty-one". */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
/** Between the ends of a range written with digits: "5-15", "200–300". */
function isRangeDash(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

// ---------------------------------------------------------------------------------------------------------
// Lexicon

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words before a number and what they do to it. Keys are lower-case word sequences. */
type Modifier = 'approx' | 'min' | 'max' | 'between' | 'from';
const MODIFIERS: ReadonlyMap<string, Modifier> = new Map<string, Modifier>([
  ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'], ['nearly', 'approx'],
  ['almost', 'approx'], ['some', 'approx'], ['circa', 'approx'], ['approx', 'approx'], ['close to', 'approx'],
  ['an estimated', 'approx'], ['estimated', 'approx'], ['an approximate', 'approx'], ['just under', 'approx'],
  ['just over', 'approx'], ['just about', 'approx'], ['perhaps', 'approx'], ['maybe', 'approx'], ['upward of', 'min'],
  ['more than', 'min'], ['over', 'min'], ['above', 'min'], ['at least', 'min'], ['upwards of', 'min'],
  ['in excess of', 'min'], ['no fewer than', 'min'], ['no less than', 'min'], ['not less than', 'min'],
  ['well over', 'min'], ['well above', 'min'], ['greater than', 'min'], ['a minimum of', 'min'], ['exceeding', 'min'],
  ['up to', 'max'], ['fewer than', 'max'], ['less than', 'max'], ['under', 'max'], ['below', 'max'],
  ['at most', 'max'], ['no more than', 'max'], ['not more than', 'max'], ['as many as', 'max'], ['as much as', 'max'],
  ['a maximum of', 'max'], ['as high as', 'max'], ['between', 'between'], ['from', 'from'],
]);

/** Last words of the modifiers of two or three words ("than" of "more than"): only after one of these are two or three words looked up. */
const MODIFIER_LAST_WORDS: ReadonlySet<string> = new Set([...MODIFIERS.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(k.lastIndexOf(' ') + 1)));
/** Words before the last of those modifiers ("more" of "more than", "in excess of"): without one of these, no two or three words are looked up. */
const MODIFIER_NEXT_TO_LAST_WORDS: ReadonlySet<string> = new Set(
  [...MODIFIERS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')).map((ws) => ws[ws.length - 2]),
);

const DETERMINERS = words('the a an his her their its our my your this that these those every each');

/** Verbs of change: "rose 5 to 7" is a change, not a range. */
const CHANGE_VERBS = words(
  'rose rise rises rising fell fall falls falling climbed climb climbs dropped drop drops declined decline declines increased increase increases decreased decrease decreases grew grow grows jumped jump jumps slipped slip slips gained gain gains lost lose loses edged edges surged surge surges plunged plunge plunges tumbled tumble tumbles cut cuts raised raise raises lowered lower lowers up down soared soar soars slid slide slides sank sink sinks advanced advance advances retreated eased ease eases added adds shed sheds',
);

/** Words before "from X to Y" that make it a range rather than a change ("rose from 5 to 7"). */
const RANGE_FROM = words('ranging ranged range ranges varying vary varies varied anywhere priced costing');

const MONTHS = words(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Words that label a number rather than count with it: "page 5", "No. 1", "Flight 800". */
const LABELS = words(
  'page chapter section article paragraph figure fig table room flight route highway interstate channel version level category grade size row seat gate platform exit item issue vol volume number act scene track bus apartment apt suite box unit lane pier terminal hole lot precinct district ward station code resolution proposition local',
);

/** Labels only when the number ends a phrase: "day five of the cup", "in game 7." (not "every day 300 people"). */
const SOFT_LABELS = words('day week round game stage phase leg lap episode part season');

/** Word before a number that makes it an age. */
const AGE_BEFORE = words('aged age ages turned turns turning');

/** Unit words for measures (singular and plural spellings) -> normal unit. */
const MEASURES: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kms', 'km'], ['kilometer', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometres', 'km'],
  ['meter', 'm'], ['meters', 'm'], ['metre', 'm'], ['metres', 'm'], ['centimeter', 'cm'], ['centimeters', 'cm'],
  ['centimetre', 'cm'], ['centimetres', 'cm'], ['cm', 'cm'], ['millimeter', 'mm'], ['millimeters', 'mm'],
  ['millimetre', 'mm'], ['millimetres', 'mm'], ['mm', 'mm'], ['mile', 'mile'], ['miles', 'mile'], ['mi', 'mile'],
  ['foot', 'ft'], ['feet', 'ft'], ['ft', 'ft'], ['inch', 'in'], ['inches', 'in'], ['yard', 'yd'], ['yards', 'yd'],
  ['yd', 'yd'], ['yds', 'yd'], ['micron', 'µm'], ['microns', 'µm'], ['nanometers', 'nm'], ['nanometres', 'nm'],
  ['acre', 'acre'], ['acres', 'acre'], ['hectare', 'ha'], ['hectares', 'ha'], ['ha', 'ha'],
  ['liter', 'l'], ['liters', 'l'], ['litre', 'l'], ['litres', 'l'], ['milliliters', 'ml'], ['millilitres', 'ml'],
  ['ml', 'ml'], ['gallon', 'gal'], ['gallons', 'gal'], ['barrel', 'barrel'], ['barrels', 'barrel'],
  ['bpd', 'barrel/day'], ['cup', 'cup'], ['cups', 'cup'], ['teaspoon', 'tsp'], ['teaspoons', 'tsp'], ['tsp', 'tsp'],
  ['tablespoon', 'tbsp'], ['tablespoons', 'tbsp'], ['tbsp', 'tbsp'], ['pint', 'pint'], ['pints', 'pint'],
  ['quart', 'quart'], ['quarts', 'quart'], ['bushel', 'bushel'], ['bushels', 'bushel'],
  ['tonne', 't'], ['tonnes', 't'], ['ton', 'ton'], ['tons', 'ton'], ['kg', 'kg'], ['kgs', 'kg'],
  ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilogramme', 'kg'], ['kilogrammes', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'],
  ['gram', 'g'], ['grams', 'g'], ['gramme', 'g'], ['grammes', 'g'], ['milligrams', 'mg'], ['mg', 'mg'],
  ['lb', 'lb'], ['lbs', 'lb'], ['pound', 'lb'], ['pounds', 'lb'], ['ounce', 'oz'], ['ounces', 'oz'], ['oz', 'oz'], ['carat', 'ct'], ['carats', 'ct'],
  ['mph', 'mph'], ['kph', 'km/h'], ['knot', 'kn'], ['knots', 'kn'],
  ['degree', '°'], ['degrees', '°'], ['megawatt', 'MW'], ['megawatts', 'MW'], ['mw', 'MW'], ['gigawatt', 'GW'],
  ['gigawatts', 'GW'], ['gw', 'GW'], ['kilowatt', 'kW'], ['kilowatts', 'kW'], ['kw', 'kW'], ['kwh', 'kWh'],
  ['mwh', 'MWh'], ['gwh', 'GWh'], ['watt', 'W'], ['watts', 'W'], ['volt', 'V'], ['volts', 'V'], ['calories', 'kcal'],
  ['megabytes', 'MB'], ['gigabytes', 'GB'], ['terabytes', 'TB'], ['kilobytes', 'KB'], ['mb', 'MB'], ['gb', 'GB'],
  ['tb', 'TB'], ['megatons', 'Mt'], ['megatonnes', 'Mt'], ['decibels', 'dB'], ['horsepower', 'hp'],
  ['mcm', 'mcm'], ['bcm', 'bcm'], ['tcf', 'tcf'],
]);
/** Measure units that can be glued to digits: "47km", "1.6ha". */
const GLUED_MEASURES: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kms', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['ha', 'ha'], ['mph', 'mph'], ['kph', 'km/h'], ['ft', 'ft'],
  ['lb', 'lb'], ['lbs', 'lb'], ['oz', 'oz'], ['kg', 'kg'], ['kgs', 'kg'], ['mg', 'mg'], ['ml', 'ml'], ['mw', 'MW'],
  ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['mi', 'mile'], ['g', 'g'],
  ['l', 'l'], ['t', 't'], ['gb', 'GB'], ['mb', 'MB'], ['tb', 'TB'], ['yd', 'yd'], ['bpd', 'barrel/day'],
]);
const SQUARE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km²'], ['kilometer', 'km²'], ['kilometers', 'km²'], ['kilometre', 'km²'], ['kilometres', 'km²'],
  ['meter', 'm²'], ['meters', 'm²'], ['metre', 'm²'], ['metres', 'm²'], ['m', 'm²'], ['mile', 'sq mi'],
  ['miles', 'sq mi'], ['mi', 'sq mi'], ['foot', 'sq ft'], ['feet', 'sq ft'], ['ft', 'sq ft'], ['yards', 'sq yd'],
  ['inches', 'sq in'],
]);
const CUBIC_UNITS: ReadonlyMap<string, string> = new Map([
  ['meter', 'm³'], ['meters', 'm³'], ['metre', 'm³'], ['metres', 'm³'], ['m', 'm³'], ['feet', 'cu ft'],
  ['foot', 'cu ft'], ['yards', 'cu yd'],
]);

/** Time units -> singular normal unit. */
const DURATIONS: ReadonlyMap<string, string> = new Map([
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['month', 'month'], ['months', 'month'],
  ['week', 'week'], ['weeks', 'week'], ['day', 'day'], ['days', 'day'], ['night', 'night'], ['nights', 'night'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['minute', 'minute'], ['minutes', 'minute'],
  ['min', 'minute'], ['mins', 'minute'], ['second', 'second'], ['seconds', 'second'], ['decade', 'decade'],
  ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'], ['millennium', 'millennium'],
  ['millennia', 'millennium'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'], ['quarter', 'quarter'],
  ['quarters', 'quarter'], ['semester', 'semester'], ['semesters', 'semester'], ['season', 'season'],
  ['seasons', 'season'],
]);
const PLURAL_UNIT: ReadonlyMap<string, string> = new Map([
  ['century', 'centuries'], ['millennium', 'millennia'], ['foot', 'feet'], ['inch', 'inches'],
]);

/** Currency words written after the number. `guard`: only money in some contexts ("won", "pounds", "marks"). */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['dlr', 'USD'], ['dlrs', 'USD'], ['cent', 'cents'], ['cents', 'cents'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['pence', 'pence'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['won', 'KRW'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['rupiah', 'IDR'], ['ringgit', 'MYR'], ['peso', 'pesos'], ['pesos', 'pesos'], ['franc', 'francs'], ['francs', 'francs'],
  ['krone', 'kroner'], ['kroner', 'kroner'], ['kronor', 'SEK'], ['krona', 'SEK'], ['lira', 'lira'], ['lire', 'ITL'],
  ['mark', 'DEM'], ['marks', 'DEM'], ['deutschmarks', 'DEM'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'],
  ['roubles', 'RUB'], ['rand', 'ZAR'], ['baht', 'THB'], ['dong', 'VND'], ['dinar', 'dinars'], ['dinars', 'dinars'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['shekel', 'ILS'], ['shekels', 'ILS'],
  ['naira', 'NGN'], ['shilling', 'shillings'], ['shillings', 'shillings'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['forint', 'HUF'], ['forints', 'HUF'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['rial', 'rials'],
  ['rials', 'rials'], ['taka', 'BDT'], ['kyat', 'MMK'], ['bitcoin', 'BTC'], ['bitcoins', 'BTC'],
]);
/** ISO codes after the number, written in capitals: "300 EUR". */
const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  ...'USD EUR GBP JPY CNY KRW INR MYR CHF AUD CAD HKD SGD NZD RUB BRL ZAR SEK NOK DKK TRY MXN IDR THB PHP PLN ILS AED SAR EGP NGN KES PKR TWD VND UAH HUF CZK BTC'
    .split(' ')
    .map((c): [string, string] => [c, c]),
  ['RMB', 'CNY'],
]);
/** Adjective + currency word ("Hong Kong dollars"), read with a sticky pattern at one position. */
const CURRENCY_PHRASE =
  /(U\.\s?S\.|US|American|Hong Kong|HK|Canadian|Australian|Singapore|Taiwan(?:ese)?|New Taiwan|New Zealand|Zimbabwe(?:an)?|Jamaican|Swiss|French|Belgian|Deutsche|German|D|Indian|Pakistani|Sri Lankan|Nepalese|Philippine|Mexican|Argentine|Chilean|Colombian|Chinese|South Korean|Korean|North Korean|Japanese|British|Egyptian|Turkish|Malaysian|Russian|South African|Thai|Israeli|Danish|Norwegian|Swedish|Saudi|Indonesian|Kenyan|Ugandan|Tanzanian)[-\s](dollars?|francs?|marks?|rupees?|pesos?|yuan|won|yen|pounds?|lira|ringgit|rubles?|roubles?|rand|baht|shekels?|kroner|krone|kronor|riyals?|rupiah|shillings?)\b/y;
const PHRASE_FIRST = words(
  'u us american hong hk canadian australian singapore taiwan taiwanese new zimbabwe zimbabwean jamaican swiss french belgian deutsche german d indian pakistani sri nepalese philippine mexican argentine chilean colombian chinese south korean north japanese british egyptian turkish malaysian russian thai israeli danish norwegian swedish saudi indonesian kenyan ugandan tanzanian',
);
const PHRASE_CODES: ReadonlyMap<string, string> = new Map([
  ['u.s. dollar', 'USD'], ['u. s. dollar', 'USD'], ['us dollar', 'USD'], ['american dollar', 'USD'],
  ['hong kong dollar', 'HKD'], ['hk dollar', 'HKD'], ['canadian dollar', 'CAD'], ['australian dollar', 'AUD'],
  ['singapore dollar', 'SGD'], ['taiwan dollar', 'TWD'], ['taiwanese dollar', 'TWD'], ['new taiwan dollar', 'TWD'],
  ['new zealand dollar', 'NZD'], ['zimbabwe dollar', 'ZWD'], ['zimbabwean dollar', 'ZWD'], ['jamaican dollar', 'JMD'],
  ['swiss franc', 'CHF'], ['french franc', 'FRF'], ['belgian franc', 'BEF'], ['deutsche mark', 'DEM'],
  ['german mark', 'DEM'], ['d mark', 'DEM'], ['indian rupee', 'INR'], ['pakistani rupee', 'PKR'],
  ['sri lankan rupee', 'LKR'], ['nepalese rupee', 'NPR'], ['philippine peso', 'PHP'], ['mexican peso', 'MXN'],
  ['argentine peso', 'ARS'], ['chilean peso', 'CLP'], ['colombian peso', 'COP'], ['chinese yuan', 'CNY'],
  ['south korean won', 'KRW'], ['korean won', 'KRW'], ['north korean won', 'KPW'], ['japanese yen', 'JPY'],
  ['british pound', 'GBP'], ['egyptian pound', 'EGP'], ['turkish lira', 'TRY'], ['malaysian ringgit', 'MYR'],
  ['russian ruble', 'RUB'], ['russian rouble', 'RUB'], ['south african rand', 'ZAR'], ['thai baht', 'THB'],
  ['israeli shekel', 'ILS'], ['danish kroner', 'DKK'], ['danish krone', 'DKK'], ['norwegian kroner', 'NOK'],
  ['norwegian krone', 'NOK'], ['swedish kronor', 'SEK'], ['saudi riyal', 'SAR'], ['indonesian rupiah', 'IDR'],
  ['kenyan shilling', 'KES'], ['ugandan shilling', 'UGX'], ['tanzanian shilling', 'TZS'],
]);

/** Currency codes and abbreviations written before the number ("USD 5", "dlrs 220 million", "RM50,000"). */
const CURRENCY_BEFORE: ReadonlyMap<string, string> = new Map([
  ['USD', 'USD'], ['US$', 'USD'], ['dlrs', 'USD'], ['dlr', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'],
  ['CNY', 'CNY'], ['RMB', 'CNY'], ['KRW', 'KRW'], ['INR', 'INR'], ['CHF', 'CHF'], ['HKD', 'HKD'], ['SGD', 'SGD'],
  ['AUD', 'AUD'], ['CAD', 'CAD'], ['NZD', 'NZD'], ['MYR', 'MYR'], ['RM', 'MYR'], ['Rs', 'INR'], ['Rp', 'IDR'],
  ['RUB', 'RUB'], ['BRL', 'BRL'], ['ZAR', 'ZAR'], ['SEK', 'SEK'], ['NOK', 'NOK'], ['DKK', 'DKK'], ['TRY', 'TRY'],
]);
/** Length of the longest of those (and of "Dlrs", read with them). */
const CURRENCY_BEFORE_LONGEST = Math.max('Dlrs'.length, ...[...CURRENCY_BEFORE.keys()].map((k) => k.length));
/** Letters glued before "$": "US$", "HK$", "A$". */
const DOLLAR_PREFIX: ReadonlyMap<string, string> = new Map([
  ['', 'USD'], ['US', 'USD'], ['U.S.', 'USD'], ['HK', 'HKD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'],
  ['CA', 'CAD'], ['CDN', 'CAD'], ['S', 'SGD'], ['NZ', 'NZD'], ['NT', 'TWD'], ['R', 'BRL'], ['Z', 'ZWD'],
  ['J', 'JMD'], ['M', 'MXN'], ['Mex', 'MXN'],
]);
const SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0x24, 'USD'], [0xa3, 'GBP'], [0x20ac, 'EUR'], [0xa5, 'JPY'], [0x20a9, 'KRW'], [0x20b9, 'INR'], [0x20bd, 'RUB'],
  [0x20ba, 'TRY'], [0x20b1, 'PHP'], [0x20a6, 'NGN'], [0x20aa, 'ILS'], [0x20ab, 'VND'], [0x0e3f, 'THB'],
]);

/** Function words: a counted noun is never looked for past one of these. */
const STOP = words(`
  a an the this that these those his her hers its their theirs our ours my your yours it they them he she we you i me us him
  of in on at by for from with without into onto over under between among about around than as to up down off out
  and or but nor yet so if then than because while when where whereas whether which who whom whose what how why
  is are was were be been being am have has had do does did will would can could may might must shall should
  not no never also too very just only even still already again ago later earlier before after since until till
  each every all both either neither some any many much more most less least few several other another such own same
  there here now today yesterday tomorrow tonight once twice per apiece altogether respectively including plus minus
  percent pct cent said says say told tell according against toward towards through throughout during within upon via
  like unlike near across along behind beyond above below beside besides despite instead rather else either
  times time left made went came took got found gave saw knew thought became began held kept brought led met
  paid sent lost fell rose grew ran won`);

/** A counted noun is looked for up to one of these: function words, months, weekdays (one look-up for the three lists). */
const HEAD_STOP: ReadonlySet<string> = new Set([...STOP, ...MONTHS, ...WEEKDAYS]);

/** Words that end in "s" without being plural nouns. */
const NOT_PLURAL = words(
  'this his its is was has does goes says as us yes less unless across always perhaps sometimes besides towards afterwards thus plus minus whereas nevertheless various previous serious famous anonymous numerous chaos news series species gas bus lens',
);
const IRREGULAR_PLURALS = words(
  'people men women children police personnel staff cattle sheep fish feet teeth mice geese deer aircraft data media livestock poultry clergy youth infantry crew militia folk offspring',
);

/** Verbs after a pronoun "one" ("one can", "one might"): not a quantity. */
const PRONOUN_ONE_NEXT = words('can cannot could might may must should would shall will');
/** Adjectives before a pronoun "one" ("the only one", "a bitter one"). */
const ONE_ADJ_BEFORE = words(
  'only last current other new old big little small large same right wrong latest next previous bitter real good bad better best worst younger older first this that which no any every',
);
/** "one-sided", "one-off": idioms, not quantities. */
const ONE_IDIOMS = words('sided off liner on upmanship');

/** Sticky patterns at one position (cheap: anchored, no backtracking across the text). */
const TIME_AFTER = /(?:[ap]\.\s?m\b\.?|[AP]\.\s?M\b\.?|[ap]m\b|[AP]M\b|o'clock\b|o’clock\b|GMT\b|UTC\b|EST\b|EDT\b|PST\b|PDT\b|CST\b|CDT\b|BST\b|CET\b|hrs GMT\b|local time\b)/y;

const TIME_FIRST = new Set([...'aApPoGUEPCBl'].map((ch) => ch.charCodeAt(0)));

// ---------------------------------------------------------------------------------------------------------
// Triggers: where a number may start

/*
 * A trigger is a digit, or a whole number word ("twenty", "Thousands", "ninefold"). What counts as a
 * whole word is what \b of a JavaScript pattern without the u flag says, as when the triggers were
 * found by the pattern /[0-9]|\b(?:one|two|...)(?:fold)?\b/gi: a word is a run of ASCII letters,
 * digits and "_"; anything else (spaces, punctuation, "é") stands between words.
 *
 * The text is read once, a character at a time, by a small automaton: between words, inside a word
 * that is no number word, or somewhere down the letter tree of the number words ("t", "th", "thi",
 * ...). Each character is two table look-ups and one test, with no branch on what the character is:
 * about 1.6 times as fast as the pattern on news text (the pattern tries the number words at every
 * word start).
 */

/** Symbols of the automaton, per UTF-16 code unit: 0 anything not of a word, 1 a digit, 2 "_", 3 + x the letter x (either case). */
const TRIGGER_SYMBOL = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) TRIGGER_SYMBOL[c] = 1;
TRIGGER_SYMBOL[95] = 2;
for (let x = 0; x < 26; x++) TRIGGER_SYMBOL[97 + x] = TRIGGER_SYMBOL[65 + x] = 3 + x;

/** Row length of the automaton's table (29 symbols, rounded up). A state is the offset of its row. */
const TRIGGER_ROW = 32;
/** Between words (also the root of the letter tree). */
const AT_WORD_START = 0;
/** Inside a word that is no number word, or no longer can be. */
const IN_OTHER_WORD = TRIGGER_ROW;
/** Entries from TRIGGER_FOUND up end the reading: TRIGGER_FOUND for a digit, TRIGGER_FOUND + length for a number word just ended. */
const TRIGGER_FOUND = 1 << 20;

/**
 * The automaton: TRIGGER_TABLE[state + symbol] is the next state. TRIGGER_WORD_LENGTH[state / TRIGGER_ROW]
 * is the length of the number word that the state stands for, 0 for none (read at the end of the text).
 */
const { TRIGGER_TABLE, TRIGGER_WORD_LENGTH } = (() => {
  // the letter tree of the number words, and of each with "fold" ("ninefold"); node 0 the root
  const children: number[][] = [[]];
  const wordLength: number[] = [0];
  for (const word of NUMBER_TRIGGER_WORDS.flatMap((w) => [w, `${w}fold`])) {
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const x = word.charCodeAt(k) - 97;
      if (children[node][x] === undefined) {
        children[node][x] = children.length;
        children.push([]);
        wordLength.push(0);
      }
      node = children[node][x];
    }
    wordLength[node] = word.length;
  }
  // node 0 is state AT_WORD_START; node k > 0 is state (k + 1) * TRIGGER_ROW, the rows after IN_OTHER_WORD's
  const stateOf = (node: number): number => (node === 0 ? AT_WORD_START : (node + 1) * TRIGGER_ROW);
  const table = new Int32Array((children.length + 1) * TRIGGER_ROW);
  const lengths = new Int32Array(children.length + 1);
  for (let node = 0; node < children.length; node++) {
    const row = stateOf(node);
    table[row] = wordLength[node] > 0 ? TRIGGER_FOUND + wordLength[node] : AT_WORD_START;
    table[row + 1] = TRIGGER_FOUND;
    table[row + 2] = IN_OTHER_WORD;
    for (let x = 0; x < 26; x++) table[row + 3 + x] = children[node][x] !== undefined ? stateOf(children[node][x]) : IN_OTHER_WORD;
    lengths[row / TRIGGER_ROW] = wordLength[node];
  }
  table[IN_OTHER_WORD] = AT_WORD_START;
  table[IN_OTHER_WORD + 1] = TRIGGER_FOUND;
  for (let sym = 2; sym < 29; sym++) table[IN_OTHER_WORD + sym] = IN_OTHER_WORD;
  return { TRIGGER_TABLE: table, TRIGGER_WORD_LENGTH: lengths };
})();

/** The first trigger at or after `from` (a digit, or the first letter of a number word), or text.length. */
export function nextTrigger(text: string, from: number): number {
  const n = text.length;
  const table = TRIGGER_TABLE;
  const symbol = TRIGGER_SYMBOL;
  let i = from;
  // a word that began before `from` goes on: its letters start nothing (its digits still do)
  let state = i > 0 && i < n && symbol[text.charCodeAt(i - 1)] !== 0 ? IN_OTHER_WORD : AT_WORD_START;
  for (; i < n; i++) {
    state = table[state + symbol[text.charCodeAt(i)]];
    if (state >= TRIGGER_FOUND) return i - (state - TRIGGER_FOUND);
  }
  return n - TRIGGER_WORD_LENGTH[state / TRIGGER_ROW];
}

/**
 * The first trigger in [from, end] that starts at or after `from`: nextTrigger() reading only up to
 * `end` (a token's end: the character there tells whether a number word ends with the token); -1 for none.
 */
function triggerIn(text: string, from: number, end: number): number {
  const n = text.length;
  const to = Math.min(end + 1, n);
  const table = TRIGGER_TABLE;
  const symbol = TRIGGER_SYMBOL;
  let state = from > 0 && symbol[text.charCodeAt(from - 1)] !== 0 ? IN_OTHER_WORD : AT_WORD_START;
  for (let i = from; i < to; i++) {
    state = table[state + symbol[text.charCodeAt(i)]];
    if (state >= TRIGGER_FOUND) return i - (state - TRIGGER_FOUND);
  }
  const length = to === n ? TRIGGER_WORD_LENGTH[state / TRIGGER_ROW] : 0;
  return length > 0 ? n - length : -1;
}

/** The number words and their "-fold" forms, as the automaton knows them. */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(NUMBER_TRIGGER_WORDS.flatMap((w) => [w, `${w}fold`]));

/**
 * Whether a token with this key may hold a trigger: every digit and letter of a text lies in a word
 * token, so a trigger lies in a token whose key has a digit, or a run of ASCII letters (between
 * characters that are neither ASCII letters nor digits) that is a number word in any case.
 */
function mayHoldTrigger(key: string, shape: number): boolean {
  if ((shape & SH_HAS_DIGIT) !== 0) return true;
  for (let p = 0; p < key.length; ) {
    if (!isAsciiLetter(key.charCodeAt(p))) {
      p++;
      continue;
    }
    let r = p + 1;
    while (r < key.length && isAsciiLetter(key.charCodeAt(r))) r++;
    if (TRIGGER_WORDS.has(key.slice(p, r).toLowerCase())) return true;
    p = r;
  }
  return false;
}

/**
 * The triggers of a text found from its word tokens (annotate() cuts the text once for every stage):
 * the automaton reads only the tokens whose key may hold one (about one in thirty in news text), instead of every
 * character. Which keys may is worked out once per distinct key and kept with the vocabulary.
 */
class TokenTriggers {
  /** Per key id of `vocabulary`: 1 when mayHoldTrigger(). */
  private flags: Uint8Array = new Uint8Array(1024);
  /** Key ids below this have their flag. */
  private done = 0;
  private vocabulary: Vocabulary | undefined = undefined;
  private tokens: Tokens = NO_TOKENS;
  /** index of the first token that may still hold the next trigger (a cursor: `from` only grows) */
  private next = 0;

  /** Starts on the tokens of a whole text. */
  reset(tokens: Tokens): void {
    if (tokens.vocabulary !== this.vocabulary) {
      this.vocabulary = tokens.vocabulary;
      this.done = 0;
    }
    const n = tokens.keyCount;
    if (this.flags.length < n) this.flags = grownUint8(this.flags, Math.max(n, this.flags.length * 2));
    for (let k = this.done; k < n; k++) this.flags[k] = mayHoldTrigger(tokens.keys[k], tokens.shape[k]) ? 1 : 0;
    if (n > this.done) this.done = n;
    this.tokens = tokens;
    this.next = 0;
  }

  /** Lets go of the tokens (and the text). */
  release(): void {
    this.tokens = NO_TOKENS;
  }

  /** As nextTrigger(text, from); `from` must not go back from one call to the next (after reset()). */
  find(text: string, from: number): number {
    const { start, end, id, length } = this.tokens;
    const flags = this.flags;
    for (let i = this.next; i < length; i++) {
      if (flags[id[i]] === 0 || end[i] <= from) continue;
      const at = triggerIn(text, Math.max(from, start[i]), end[i]);
      if (at >= 0) {
        this.next = i;
        return at;
      }
    }
    this.next = length;
    return text.length;
  }
}

const TOKEN_TRIGGERS = new TokenTriggers();

// ---------------------------------------------------------------------------------------------------------
// Tokens

type TokKind = 'w' | 'n' | 'p';
interface Tok {
  s: number;
  e: number;
  k: TokKind;
  low: string;
  /** Changes each time the object is reused for another token (see Parser.tok()). */
  stamp: number;
}

interface UnitHit {
  unit?: string;
  kind: UnitKind;
  /** End of the unit text. */
  e: number;
  /** "thousand" in "5 thousand": applied to the number. */
  scale?: number;
  approx?: boolean;
  min?: boolean;
  max?: boolean;
  /** "-and-a-half" inside a compound. */
  add?: number;
  /** Kinds of unit, used to decide on ranges and years. */
  noun?: boolean;
  compound?: boolean;
}

interface Core {
  /** Start of the whole expression read so far (currency sign, "a"). */
  start: number;
  /** The numeric part. */
  s: number;
  e: number;
  value?: number;
  min?: number;
  max?: number;
  approx: boolean;
  digits: boolean;
  /** Digits only: no separators, decimals, fraction, scale or glued unit. */
  plain: boolean;
  /** Value before the scale word. */
  raw: number;
  scale: number;
  vague: boolean;
  /** A proportion: "half", "two-thirds". */
  fraction: boolean;
  money?: string;
  glued?: UnitHit;
  /** Glued "m"/"k"/"b": million/thousand in money or before a counted noun, else metres/km. */
  ambiguous?: string;
  /** Words like "several", "a few": a number only with a scale or a unit. */
  needsUnit?: boolean;
}

interface Skip {
  skip: number;
}

/** Every Core and UnitHit has all its fields, in one order, so that V8 sees a single shape. */
/*
 * Cores, unit hits and tokens never outlive one parseAt(): each is taken from a pool that parseAt()
 * hands out again from its start, so that reading a number allocates (almost) no objects. Within one
 * parseAt() an object is never handed out twice (the pools grow), so each read still gets an object
 * of its own, as when they were allocated.
 */
const CORE_POOL: Core[] = [];
let coreUsed = 0;
const HIT_POOL: UnitHit[] = [];
let hitUsed = 0;

function newCore(start: number, s: number, e: number, digits: boolean): Core {
  let c = CORE_POOL[coreUsed];
  if (c === undefined) {
    c = {
      start, s, e, value: undefined, min: undefined, max: undefined, approx: false, digits, plain: false, raw: 0, scale: 1,
      vague: false, fraction: false, money: undefined, glued: undefined, ambiguous: undefined, needsUnit: false,
    };
    CORE_POOL.push(c);
  } else {
    c.start = start;
    c.s = s;
    c.e = e;
    c.value = undefined;
    c.min = undefined;
    c.max = undefined;
    c.approx = false;
    c.digits = digits;
    c.plain = false;
    c.raw = 0;
    c.scale = 1;
    c.vague = false;
    c.fraction = false;
    c.money = undefined;
    c.glued = undefined;
    c.ambiguous = undefined;
    c.needsUnit = false;
  }
  coreUsed++;
  return c;
}

function wordBase(at: number, e: number): Core {
  return newCore(at, at, e, false);
}

function hitOf(unit: string | undefined, kind: UnitKind, e: number, noun = false): UnitHit {
  let h = HIT_POOL[hitUsed];
  if (h === undefined) {
    h = { unit, kind, e, scale: undefined, approx: false, min: false, max: false, add: undefined, noun, compound: false };
    HIT_POOL.push(h);
  } else {
    h.unit = unit;
    h.kind = kind;
    h.e = e;
    h.scale = undefined;
    h.approx = false;
    h.min = false;
    h.max = false;
    h.add = undefined;
    h.noun = noun;
    h.compound = false;
  }
  hitUsed++;
  return h;
}

const isSkip = (x: Core | Skip): x is Skip => (x as Skip).skip !== undefined;
const asHit = (x: UnitHit | Skip | null): UnitHit | null => (x && (x as UnitHit).kind !== undefined ? (x as UnitHit) : null);

// ---------------------------------------------------------------------------------------------------------

class Parser {
  t = '';
  n = 0;
  floor = 0;

  /** Starts on a new text (one parser is reused: allocating its caches per call costs more than short texts). */
  reset(text: string): void {
    this.t = text;
    this.n = text.length;
    this.floor = 0;
    this.modStart = -1;
    this.modFound = null;
    this.atPos.fill(-1);
    this.nextPos.fill(-1);
    this.nextTok.fill(null);
    this.prevPos.fill(-1);
    this.atTok.fill(null);
    this.prevTok.fill(null);
  }

  c(i: number): number {
    return i >= 0 && i < this.n ? this.t.charCodeAt(i) : 32;
  }

  skipSpaces(p: number): number {
    while (p < this.n && isSpace(this.t.charCodeAt(p))) p++;
    return p;
  }

  wordEnd(p: number): number {
    while (p < this.n) {
      const c = this.t.charCodeAt(p);
      if (isLetter(c)) p++;
      else if (isApos(c) && isLetter(this.c(p + 1)) && isLetter(this.c(p - 1))) p++;
      else break;
    }
    return p;
  }

  numEnd(p: number): number {
    while (isDigit(this.c(p))) p++;
    for (;;) {
      if (this.c(p) === 44 && isDigit(this.c(p + 1)) && isDigit(this.c(p + 2)) && isDigit(this.c(p + 3)) && !isDigit(this.c(p + 4))) p += 4;
      else break;
    }
    if (this.c(p) === 46 && isDigit(this.c(p + 1))) {
      p++;
      while (isDigit(this.c(p))) p++;
    }
    return p;
  }

  // direct-mapped caches of the tokens read at and before a position (the parser looks at the same few
  // tokens several times around each number)
  private readonly atPos = new Int32Array(64).fill(-1);
  private readonly atTok: Array<Tok | null> = new Array<Tok | null>(64).fill(null);
  private readonly prevPos = new Int32Array(64).fill(-1);
  // and of the token after the spaces that follow a position (next(): asked many times at the end of a number)
  private readonly nextPos = new Int32Array(64).fill(-1);
  private readonly nextTok: Array<Tok | null> = new Array<Tok | null>(64).fill(null);
  private readonly prevTok: Array<Tok | null> = new Array<Tok | null>(64).fill(null);

  // stamps of the cached tokens: a cached token is good while its object still has that stamp
  private readonly atStamp = new Int32Array(64);
  private readonly nextStamp = new Int32Array(64);
  private readonly prevStamp = new Int32Array(64);
  private readonly tokPool: Tok[] = [];
  tokUsed = 0;
  private stamp = 0;

  /** A token object from the pool (handed out again from the start of each parseAt()). */
  tok(s: number, e: number, k: TokKind, low: string): Tok {
    this.stamp = (this.stamp + 1) | 0;
    let t = this.tokPool[this.tokUsed];
    if (t === undefined) {
      t = { s, e, k, low, stamp: this.stamp };
      this.tokPool.push(t);
    } else {
      t.s = s;
      t.e = e;
      t.k = k;
      t.low = low;
      t.stamp = this.stamp;
    }
    this.tokUsed++;
    return t;
  }

  tokAt(p: number): Tok | null {
    const h = p & 63;
    if (this.atPos[h] === p) {
      const t = this.atTok[h];
      if (t === null || t.stamp === this.atStamp[h]) return t;
    }
    const tok = this.readTok(p);
    this.atPos[h] = p;
    this.atTok[h] = tok;
    if (tok !== null) this.atStamp[h] = tok.stamp;
    return tok;
  }

  readTok(p: number): Tok | null {
    if (p >= this.n) return null;
    const c = this.t.charCodeAt(p);
    if (isLetter(c)) {
      const e = this.wordEnd(p);
      return this.tok(p, e, 'w', lowerSlice(this.t, p, e));
    }
    if (isDigit(c)) {
      const e = this.numEnd(p);
      return this.tok(p, e, 'n', this.t.slice(p, e));
    }
    return this.tok(p, p + 1, 'p', this.t[p]);
  }

  next(p: number): Tok | null {
    const h = p & 63;
    if (this.nextPos[h] === p) {
      const t = this.nextTok[h];
      if (t === null || t.stamp === this.nextStamp[h]) return t;
    }
    const tok = this.tokAt(this.skipSpaces(p));
    this.nextPos[h] = p;
    this.nextTok[h] = tok;
    if (tok !== null) this.nextStamp[h] = tok.stamp;
    return tok;
  }

  /** The next token if it is a word. */
  nextWord(p: number): Tok | null {
    const tok = this.next(p);
    return tok && tok.k === 'w' ? tok : null;
  }

  prev(p: number): Tok | null {
    const h = p & 63;
    if (this.prevPos[h] === p) {
      const t = this.prevTok[h];
      if (t === null || t.stamp === this.prevStamp[h]) return t;
    }
    const tok = this.readPrev(p);
    this.prevPos[h] = p;
    this.prevTok[h] = tok;
    if (tok !== null) this.prevStamp[h] = tok.stamp;
    return tok;
  }

  readPrev(p: number): Tok | null {
    let q = p - 1;
    while (q >= 0 && isSpace(this.t.charCodeAt(q))) q--;
    if (q < 0) return null;
    const c = this.t.charCodeAt(q);
    if (isLetter(c)) {
      let s = q;
      while (s > 0 && (isLetter(this.c(s - 1)) || (isApos(this.c(s - 1)) && isLetter(this.c(s - 2))))) s--;
      return this.tok(s, q + 1, 'w', lowerSlice(this.t, s, q + 1));
    }
    if (isDigit(c)) {
      let s = q;
      while (s > 0 && (isDigit(this.c(s - 1)) || ((this.c(s - 1) === 44 || this.c(s - 1) === 46) && isDigit(this.c(s - 2))))) s--;
      return this.tok(s, q + 1, 'n', this.t.slice(s, q + 1));
    }
    return this.tok(q, q + 1, 'p', this.t[q]);
  }

  prevWord(p: number): Tok | null {
    const tok = this.prev(p);
    return tok && tok.k === 'w' && tok.s >= this.floor ? tok : null;
  }

  /** Only spaces (no line break left out) between a and b. */
  adjacent(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (!isSpace(this.t.charCodeAt(i))) return false;
    return true;
  }

  isTitle(tok: Tok): boolean {
    if (!isUpper(this.c(tok.s))) return false;
    for (let i = tok.s + 1; i < tok.e; i++) if (isLower(this.t.charCodeAt(i))) return true;
    return false;
  }

  isAllCaps(tok: Tok): boolean {
    for (let i = tok.s; i < tok.e; i++) if (isLower(this.t.charCodeAt(i))) return false;
    return true;
  }

  /** A word at the start of a sentence, a heading or a line. */
  sentenceInitial(tok: Tok): boolean {
    let q = tok.s - 1;
    while (q >= 0 && isSpace(this.t.charCodeAt(q))) {
      if (this.t.charCodeAt(q) === 10) return true;
      q--;
    }
    if (q < 0) return true;
    const c = this.t.charCodeAt(q);
    // . ! ? : ; " “ ” ‘ ' ( [ { _ — – -
    return (
      c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c || c === 0x201d ||
      c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 123 || c === 95 || c === 0x2014 || c === 0x2013 || c === 45
    );
  }

  /** Whole run of letters, digits and joiners around p (to skip "G7", "H1N1", "F-16", "747-400"). */
  runEnd(p: number): number {
    while (p < this.n) {
      const c = this.t.charCodeAt(p);
      if (isLetter(c) || isDigit(c)) p++;
      else if ((isHyphen(c) || c === 46 || c === 47 || c === 44 || c === 58) && (isDigit(this.c(p + 1)) || isLetter(this.c(p + 1))) && (c !== 46 && c !== 44 ? true : isDigit(this.c(p + 1)))) p++;
      else break;
    }
    return p;
  }

  // -------------------------------------------------------------------------------------------------------
  // Numbers written with digits

  digitCore(at: number): Core | Skip {
    const t = this.t;
    const pc = this.c(at - 1);
    if (isDigit(pc)) return { skip: this.runEnd(at) };
    let money: string | undefined;
    let start = at;
    if (isLetter(pc)) {
      let ls = at - 1;
      while (ls > 0 && isLetter(this.c(ls - 1))) ls--;
      const code = CURRENCY_BEFORE.get(t.slice(ls, at));
      if (!code || isDigit(this.c(ls - 1))) return { skip: this.runEnd(at) };
      money = code;
      start = ls;
    } else if (isHyphen(pc) && isLetter(this.c(at - 2))) {
      // "COVID-19", "F-16", "mid-1990s" are names or dates; "one-third" never reaches here
      return { skip: this.runEnd(at) };
    } else if (pc === 35 || pc === 47 || pc === 58 || pc === 92 || ((pc === 46 || pc === 44) && isDigit(this.c(at - 2)))) {
      return { skip: this.runEnd(at) };
    } else if (isApos(pc) && !isLetter(this.c(at - 2))) {
      // '98
      return { skip: this.runEnd(at) };
    }
    let e = this.numEnd(at);
    const raw = t.slice(at, e);
    let value = parseDigits(raw);
    if (!Number.isFinite(value)) return { skip: this.runEnd(at) };
    let plain = raw.indexOf(',') < 0 && raw.indexOf('.') < 0;
    let fractionOf = false;
    const nc = this.c(e);
    // times, dates, versions, IP addresses: 2:30, 12/25/98, 1.2.3
    if (nc === 58 && isDigit(this.c(e + 1))) return { skip: this.runEnd(at) };
    if (nc === 46 && isDigit(this.c(e + 1))) return { skip: this.runEnd(at) };
    if (nc === 47 && isDigit(this.c(e + 1))) {
      const de = this.numEnd(e + 1);
      const den = parseDigits(t.slice(e + 1, de));
      if (this.c(de) === 47 || !plain || value >= den || !FRACTION_DENOMINATORS.has(den) || isLetter(this.c(de)) || isDigit(this.c(de))) {
        return { skip: this.runEnd(at) };
      }
      value = value / den;
      e = de;
      plain = false;
      fractionOf = true;
    }
    const core = newCore(start, at, e, true);
    core.value = value;
    core.raw = value;
    core.plain = plain;
    core.money = money;
    if (fractionOf) {
      // "3/4 of the vote" is a proportion; "rose 23/32" a number
      const of = this.nextWord(e);
      core.fraction = !!of && of.low === 'of';
    }
    // "104 23/32"
    if (plain && this.c(e) === 32 && isDigit(this.c(e + 1))) {
      const fe = this.numEnd(e + 1);
      if (this.c(fe) === 47 && isDigit(this.c(fe + 1))) {
        const de = this.numEnd(fe + 1);
        const num = parseDigits(t.slice(e + 1, fe));
        const den = parseDigits(t.slice(fe + 1, de));
        if (num < den && FRACTION_DENOMINATORS.has(den) && !isDigit(this.c(de)) && this.c(de) !== 47) {
          core.value = value + num / den;
          core.raw = core.value;
          core.e = de;
          core.plain = false;
        }
      }
    }
    // glued letters: 5bn, 47km, 20th, 1990s, 3D
    const gc = this.c(core.e);
    if (isLetter(gc)) {
      const le = this.wordEnd(core.e);
      if (isLetter(this.c(le)) || isDigit(this.c(le))) return { skip: this.runEnd(at) };
      const suf = t.slice(core.e, le);
      const low = lower(suf);
      if (low === 'st' || low === 'nd' || low === 'rd' || low === 'th') return { skip: le };
      if (low === 's' || low === "'s" || low === '’s') return this.decade(core, le);
      if (low === 'am' || low === 'pm') return { skip: le };
      const sc = SCALE_SUFFIXES.get(low);
      const gm = GLUED_MEASURES.get(low);
      if (sc !== undefined && (money !== undefined || low === 'bn' || low === 'mn' || low === 'mln' || low === 'tn' || low === 'trn')) {
        this.applyScale(core, sc);
        core.e = le;
      } else if (sc !== undefined && (low === 'm' || low === 'k' || low === 'b')) {
        core.ambiguous = low;
        core.e = le;
      } else if (gm !== undefined) {
        core.glued = hitOf(gm, 'measure', le);
        core.e = le;
      } else if (low === 'p') {
        // "50p"
        core.glued = hitOf('pence', 'money', le);
        core.e = le;
      } else {
        return { skip: this.runEnd(at) };
      }
      core.plain = false;
    } else if (gc === 37) {
      core.glued = hitOf('%', 'percent', core.e + 1);
      core.plain = false;
    }
    if (money === undefined) this.moneyBefore(core);
    return core;
  }

  /** "1990s" (a date), "in his early 50s" (an age). */
  decade(core: Core, le: number): Core | Skip {
    const v = core.value ?? 0;
    if (!core.plain || v % 10 !== 0 || v >= 100) return { skip: le };
    const p = this.prev(core.s);
    const pw = p && p.k === 'w' ? p.low : '';
    let min = v;
    let max = v + 9;
    let start = core.s;
    if (pw === 'early' || pw === 'mid' || pw === 'late') {
      if (pw === 'early') {
        max = v + 3;
      } else if (pw === 'mid') {
        min = v + 3;
        max = v + 6;
      } else {
        min = v + 6;
      }
      const pp = this.prevWord(p ? p.s : core.s);
      if (!pp || !(pp.low === 'his' || pp.low === 'her' || pp.low === 'their')) return { skip: le };
      start = p ? p.s : start;
    } else if (!(pw === 'his' || pw === 'her' || pw === 'their')) {
      return { skip: le };
    }
    const out = newCore(start, core.s, le, true);
    out.min = min;
    out.max = max;
    out.approx = true;
    out.raw = v;
    out.glued = hitOf('years old', 'duration', le);
    return out;
  }

  applyScale(core: Core, scale: number): void {
    core.scale *= scale;
    if (core.value !== undefined) core.value = scaleValue(core.value, scale);
    if (core.min !== undefined) core.min = scaleValue(core.min, scale);
    if (core.max !== undefined) core.max = scaleValue(core.max, scale);
    core.plain = false;
  }

  /** Currency sign or code just before the number: "$", "US$", "£", "dlrs", "USD". */
  moneyBefore(core: Core): void {
    let q = core.start - 1;
    if (q >= 0 && this.c(q) === 32 && !isLetter(this.c(q - 1))) q--;
    const c = this.c(q);
    if (q < this.floor) return;
    const sym = SYMBOLS.get(c);
    if (sym !== undefined) {
      let code = sym;
      let s = q;
      if (c === 0x24) {
        // "US$", "HK$", and spaced "NZ $"
        const qe = this.c(q - 1) === 32 && isUpper(this.c(q - 2)) ? q - 1 : q;
        let ls = qe;
        while (ls > 0 && (isLetter(this.c(ls - 1)) || (this.c(ls - 1) === 46 && isLetter(this.c(ls - 2))))) ls--;
        const pre = ls < qe ? DOLLAR_PREFIX.get(this.t.slice(ls, qe)) : undefined;
        if (pre !== undefined && !isDigit(this.c(ls - 1)) && !isLetter(this.c(ls - 1))) {
          code = pre;
          s = ls;
        }
      }
      if (s < this.floor) return;
      core.money = code;
      core.start = s;
      return;
    }
    const w = this.prev(core.start);
    if (w && w.k === 'w' && w.s >= this.floor) {
      let s = w.s;
      // (no code or abbreviation is longer than four letters: a longer word is not cut out of the text)
      const word = w.e - w.s <= CURRENCY_BEFORE_LONGEST ? this.t.slice(w.s, w.e) : '';
      const code = CURRENCY_BEFORE.get(word) ?? (word === 'dlrs' || word === 'Dlrs' ? 'USD' : undefined);
      if (code !== undefined) {
        const us = this.prev(w.s);
        if (us && us.k === 'w' && (us.low === 'us' || us.low === 's') && us.s >= this.floor) s = us.s;
        core.money = code;
        core.start = s;
      }
    } else if (w && w.k === 'p' && w.low === '.' && w.s >= this.floor) {
      const ww = this.prev(w.s);
      if (ww && ww.k === 'w' && this.t.slice(ww.s, ww.e) === 'Rs') {
        core.money = 'INR';
        core.start = ww.s;
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Numbers written with words

  wordCore(at: number): Core | Skip {
    const first = this.tokAt(at);
    if (!first || first.k !== 'w') return { skip: at + 1 };
    // "high-five", "catch-two": a number word inside a compound word
    if (isHyphen(this.c(at - 1)) && isLetter(this.c(at - 2)) && !/par$/i.test(this.t.slice(Math.max(0, at - 4), at - 1))) return { skip: first.e };
    const w = first.low;
    const base = wordBase;
    // "thousands", "tens of thousands", "hundreds of millions"
    const vague = VAGUE.get(w);
    if (vague !== undefined) {
      let v = vague;
      let e = first.e;
      for (;;) {
        const of = this.nextWord(e);
        if (!of || of.low !== 'of') break;
        const m = this.nextWord(of.e);
        if (!m) break;
        const mv = VAGUE.get(m.low) ?? (m.low === 'thousand' || m.low === 'million' || m.low === 'billion' ? SCALES.get(m.low) : undefined);
        if (mv === undefined || mv <= 12) break;
        v *= mv;
        e = m.e;
      }
      if ((w === 'tens' || w === 'scores') && e === first.e) {
        const of = this.nextWord(e);
        if (w === 'tens' || !of || of.low !== 'of') return { skip: first.e };
      }
      const core = base(at, first.e);
      core.e = e;
      core.min = v;
      core.raw = v;
      core.approx = true;
      core.vague = true;
      const pw = this.prevWord(at);
      if (pw && (pw.low === 'many' || pw.low === 'several') && this.adjacent(pw.e, at)) core.start = pw.s;
      return core;
    }
    if (w === 'several' || w === 'few') {
      let start = at;
      let lo = 3;
      if (w === 'few') {
        const a = this.prevWord(at);
        if (!a || a.low !== 'a') return { skip: first.e };
        start = a.s;
        lo = 2;
      }
      const nx = this.nextWord(first.e);
      if (nx && (nx.low === 'hundred' || nx.low === 'thousand' || nx.low === 'million' || nx.low === 'billion' || nx.low === 'trillion' || nx.low === 'dozen')) {
        let v = nx.low === 'dozen' ? 12 : (SCALES.get(nx.low) ?? 1);
        let e = nx.e;
        const more = this.nextWord(e);
        if (more && (more.low === 'thousand' || more.low === 'million' || more.low === 'billion') && v === 100) {
          v *= SCALES.get(more.low) ?? 1;
          e = more.e;
        }
        const core = base(at, first.e);
        core.start = start;
        core.e = e;
        core.min = lo * v;
        core.raw = lo * v;
        core.approx = true;
        return core;
      }
      if (nx && nx.low === 'tens') {
        const of = this.nextWord(nx.e);
        const m = of && of.low === 'of' ? this.nextWord(of.e) : null;
        const mv = m ? (VAGUE.get(m.low) ?? SCALES.get(m.low)) : undefined;
        if (m && mv !== undefined && mv >= 1000) {
          const core = base(at, first.e);
          core.start = start;
          core.e = m.e;
          core.min = lo * 10 * mv;
          core.raw = core.min;
          core.approx = true;
          core.vague = true;
          return core;
        }
      }
      // "several inches": a quantity only with a unit
      const core = base(at, first.e);
      core.start = start;
      core.min = lo;
      core.raw = lo;
      core.approx = true;
      core.needsUnit = true;
      return core;
    }
    if (w === 'half') return this.halfCore(first);
    const den = FRACTIONS.get(w);
    if (den !== undefined) {
      // "a third of", "a quarter-mile"; "third" alone is an ordinal
      const a = this.prevWord(at);
      if (!a || !(a.low === 'a' || a.low === 'one') || !this.adjacent(a.e, at)) return { skip: first.e };
      const nx = this.next(first.e);
      const hyph = isHyphen(this.c(first.e)) && isLetter(this.c(first.e + 1)) && unitWord(lowerSlice(this.t, first.e + 1, this.wordEnd(first.e + 1)));
      if (!hyph && !(nx && nx.k === 'w' && (nx.low === 'of' || nx.low === 'century' || nx.low === 'mile' || nx.low === 'million' || nx.low === 'billion'))) {
        return { skip: first.e };
      }
      const core = base(at, first.e);
      core.start = a.s;
      core.value = 1 / den;
      core.raw = core.value;
      core.fraction = true;
      if (nx && nx.k === 'w' && (nx.low === 'million' || nx.low === 'billion')) {
        core.fraction = false;
        core.e = nx.e;
        this.applyScale(core, SCALES.get(nx.low) ?? 1);
      }
      return core;
    }
    const scale = SCALES.get(w);
    if (scale !== undefined || w === 'dozen') {
      // "a million copies", "a dozen", "a hundred and fifty"
      const core = base(at, first.e);
      const a = this.prevWord(at);
      if (a && (a.low === 'a' || a.low === 'an' || a.low === 'one') && this.adjacent(a.e, at)) core.start = a.s;
      else if (w === 'dozen' || w === 'hundred') return { skip: first.e };
      return this.wordNumber(core, first, 1) ?? { skip: first.e };
    }
    if (ONES.has(w) || TENS.has(w)) return this.wordNumber(base(at, first.e), first, 0) ?? { skip: first.e };
    if (w.endsWith('fold')) {
      // "ninefold", "a hundredfold"
      const v = ONES.get(w.slice(0, -4)) ?? TENS.get(w.slice(0, -4)) ?? SCALES.get(w.slice(0, -4));
      if (v === undefined || v < 2) return { skip: first.e };
      const core = base(at, first.e);
      core.e = at + w.length - 4;
      core.value = v;
      core.raw = v;
      core.glued = hitOf('fold', 'count', first.e);
      return core;
    }
    return { skip: first.e };
  }

  /** "half", "half a million", "half-dozen", "half an hour", "a half million". */
  halfCore(first: Tok): Core | Skip {
    const core = newCore(first.s, first.s, first.e, false);
    core.value = 0.5;
    core.raw = 0.5;
    core.fraction = true;
    const pw = this.prevWord(first.s);
    if (pw && this.adjacent(pw.e, first.s)) {
      if (pw.low === 'first' || pw.low === 'second' || pw.low === 'other' || pw.low === 'better') return { skip: first.e };
      if (pw.low === 'a' || pw.low === 'one') core.start = pw.s;
    }
    // half a million / half-a million / half a dozen / half-dozen
    let p = first.e;
    let nx = this.next(p);
    if (isHyphen(this.c(p)) && isLetter(this.c(p + 1))) nx = this.tokAt(p + 1);
    let art: Tok | null = null;
    if (nx && nx.k === 'w' && (nx.low === 'a' || nx.low === 'an')) {
      art = nx;
      p = nx.e;
      nx = isHyphen(this.c(p)) && isLetter(this.c(p + 1)) ? this.tokAt(p + 1) : this.next(p);
    }
    if (nx && nx.k === 'w') {
      const sc = SCALES.get(nx.low);
      if (sc !== undefined && sc >= 1000) {
        core.e = nx.e;
        core.fraction = false;
        this.applyScale(core, sc);
        return core;
      }
      if (nx.low === 'dozen') {
        core.e = nx.e;
        core.fraction = false;
        core.value = 6;
        core.raw = 6;
        return core;
      }
      const dur = DURATIONS.get(nx.low);
      const meas = MEASURES.get(nx.low);
      if (art && (dur !== undefined || meas !== undefined)) {
        // "half an hour", "half a mile"
        core.fraction = false;
        core.glued = dur !== undefined ? hitOf(dur, 'duration', nx.e) : hitOf(meas, 'measure', nx.e);
        return core;
      }
    }
    return core;
  }

  /**
   * Reads a number in words from `first`: "twenty-one", "three hundred and five", "two and a half",
   * "two-thirds", "a dozen". `init` is 1 when an article stands for the first number ("a million").
   */
  wordNumber(core: Core, first: Tok, init: number): Core | null {
    let total = 0;
    let cur = init;
    let last: 'none' | 'ones' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = init ? 'ones' : 'none';
    let lastScale = Infinity;
    let tok: Tok | null = first;
    let end = first.s;
    let read = 0;
    let fraction = false;
    while (tok && tok.k === 'w') {
      const w = tok.low;
      const one = ONES.get(w);
      const ten = TENS.get(w);
      const sc = SCALES.get(w);
      if (one !== undefined) {
        if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and') {
          cur += one;
          last = one >= 10 ? 'teen' : 'ones';
        } else if (last === 'tens' && one > 0 && one < 10) {
          cur += one;
          last = 'ones';
        } else break;
      } else if (ten !== undefined) {
        if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and') {
          cur += ten;
          last = 'tens';
        } else break;
      } else if (w === 'hundred') {
        if (last === 'ones' || last === 'teen' || last === 'tens' || (last === 'none' && init)) {
          cur = (cur || 1) * 100;
          last = 'hundred';
        } else break;
      } else if (sc !== undefined) {
        if ((last === 'ones' || last === 'teen' || last === 'tens' || last === 'hundred') && sc < lastScale) {
          total += (cur || 1) * sc;
          cur = 0;
          lastScale = sc;
          last = 'scale';
        } else break;
      } else if (w === 'dozen') {
        if (last === 'ones' || last === 'teen' || last === 'tens') {
          cur = cur * 12;
          last = 'scale';
          lastScale = 12;
        } else break;
      } else if (w === 'and') {
        // "a hundred and five"; "two and a half"
        const nx = this.wordAfter(tok.e);
        if (nx && (last === 'hundred' || last === 'scale') && (ONES.has(nx.low) || TENS.has(nx.low)) && nx.low !== 'zero') {
          last = 'and';
        } else if (nx && nx.low === 'a' && (last === 'ones' || last === 'teen' || last === 'tens')) {
          const h = this.wordAfter(nx.e);
          if (!h || h.low !== 'half') break;
          cur += 0.5;
          end = h.e;
          read++;
          tok = this.wordAfter(h.e);
          last = 'hundred'; // only a scale word may follow ("two and a half million")
          lastScale = 1000 * 1000 * 1000 * 1000 * 10;
          continue;
        } else break;
      } else {
        const den = FRACTIONS.get(w);
        const joined = isHyphen(this.c(tok.s - 1));
        if (den !== undefined && (last === 'ones' || last === 'teen' || last === 'tens') && w !== 'second') {
          const nx = this.next(tok.e);
          if (joined || (nx && nx.k === 'w' && nx.low === 'of') || den >= 100) {
            cur = cur / den;
            fraction = true;
            end = tok.e;
            read++;
          }
        }
        break;
      }
      end = tok.e;
      read++;
      tok = this.wordAfter(tok.e);
    }
    if (read === 0 || last === 'and') return null;
    core.e = end;
    const v = total + cur;
    core.value = v;
    core.raw = v;
    core.fraction = fraction;
    return core;
  }

  /** The word right after p, joined by a hyphen or spaces. */
  wordAfter(p: number): Tok | null {
    if (isHyphen(this.c(p)) && isLetter(this.c(p + 1))) return this.tokAt(p + 1);
    const tok = this.next(p);
    return tok && tok.k === 'w' ? tok : null;
  }

  // -------------------------------------------------------------------------------------------------------
  // After the number

  /** Scale words after digits: "5 million", "$8-billion". */
  scaleAfter(core: Core): void {
    if (!core.digits || core.scale !== 1 || core.glued || core.ambiguous) return;
    let p = core.e;
    let tok: Tok | null;
    if (isHyphen(this.c(p)) && isLetter(this.c(p + 1))) tok = this.tokAt(p + 1);
    else tok = this.nextWord(p);
    if (!tok || tok.k !== 'w') return;
    const sc = SCALES.get(tok.low) ?? (tok.low === 'bn' || tok.low === 'mn' || tok.low === 'mln' ? SCALE_SUFFIXES.get(tok.low) : undefined);
    if (sc === undefined) return;
    this.applyScale(core, sc);
    core.e = tok.e;
    p = tok.e;
    // "1.5 million million" is rare; "a hundred thousand"
    if (sc === 100) {
      const more = this.nextWord(p);
      const sc2 = more ? SCALES.get(more.low) : undefined;
      if (more && sc2 !== undefined && sc2 >= 1000) {
        this.applyScale(core, sc2);
        core.e = more.e;
      }
    }
  }

  /** Unit or counted noun after the number, from position p. */
  unitAfter(core: Core, p: number): UnitHit | Skip | null {
    if (core.glued) return core.glued;
    const t = this.t;
    // compounds: five-year, 10-year-old, 3,000-meter, 14-story, $100-a-month
    if (isHyphen(this.c(p)) && isLetter(this.c(p + 1))) return this.compound(core, p);
    if (core.money !== undefined) return hitOf(core.money, 'money', p);
    const tok = this.next(p);
    if (!tok) return null;
    if (tok.k === 'p') {
      if (tok.low === '%') return hitOf('%', 'percent', tok.e);
      return null;
    }
    if (tok.k !== 'w') return null;
    const w = tok.low;
    // most words after a number are no unit at all: one look-up says so, instead of one a list
    if (!UNIT_WORDS.has(w) && !(tok.e - tok.s === 3 && isUpper(t.charCodeAt(tok.s)))) return null;
    // money phrases: "U.S. dollars", "Hong Kong dollars"
    CURRENCY_PHRASE.lastIndex = tok.s;
    const ph = PHRASE_FIRST.has(w) ? CURRENCY_PHRASE.exec(t) : null;
    if (ph) {
      const key = `${ph[1]} ${ph[2]}`.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
      const code = PHRASE_CODES.get(key);
      if (code !== undefined) return hitOf(code, 'money', tok.s + ph[0].length);
    }
    if (w === 'percent' || w === 'pct' || w === 'percents') return hitOf('%', 'percent', tok.e);
    if (w === 'per') {
      const c2 = this.nextWord(tok.e);
      if (c2 && c2.low === 'cent') return hitOf('%', 'percent', c2.e);
    }
    if (w === 'percentage' || w === 'basis') {
      const c2 = this.nextWord(tok.e);
      if (c2 && (c2.low === 'point' || c2.low === 'points')) return hitOf(w === 'basis' ? 'basis points' : 'percentage points', 'percent', c2.e);
    }
    if (w === 'bps' || w === 'bp') return hitOf('basis points', 'percent', tok.e);
    // (codes are three capitals: the text is cut out only for a word that may be one)
    const cur = CURRENCY_WORDS.get(w) ?? (tok.e - tok.s === 3 && isUpper(t.charCodeAt(tok.s)) ? CURRENCY_CODES.get(t.slice(tok.s, tok.e)) : undefined);
    if (cur !== undefined && this.currencyFits(core, tok, w)) {
      let e = tok.e;
      if (w === 'pounds' || w === 'pound') {
        const st = this.nextWord(e);
        if (st && st.low === 'sterling') e = st.e;
      }
      return hitOf(cur, 'money', e);
    }
    if (w === 'square' || w === 'sq' || w === 'cubic' || w === 'cu') {
      const u = this.nextWord(tok.e + (this.c(tok.e) === 46 ? 1 : 0));
      const m = u ? (w === 'cubic' || w === 'cu' ? CUBIC_UNITS : SQUARE_UNITS).get(u.low) : undefined;
      if (u && m !== undefined) return hitOf(m, 'measure', u.e);
    }
    if (w === 'metric') {
      const u = this.nextWord(tok.e);
      if (u && (u.low === 'tons' || u.low === 'tonnes' || u.low === 'ton')) return hitOf('t', 'measure', u.e);
    }
    if (w === 'light') {
      const u = this.wordAfter(tok.e);
      if (u && (u.low === 'years' || u.low === 'year')) return hitOf('light-year', 'measure', u.e);
    }
    const meas = MEASURES.get(w);
    if (meas !== undefined && this.measureFits(core, w)) {
      let unit = meas;
      let e = tok.e;
      if (meas === '°') {
        const sc = this.next(e);
        if (sc && sc.k === 'w' && (sc.low === 'celsius' || sc.low === 'centigrade' || sc.low === 'c')) (unit = '°C'), (e = sc.e);
        else if (sc && sc.k === 'w' && (sc.low === 'fahrenheit' || sc.low === 'f')) (unit = '°F'), (e = sc.e);
      }
      return hitOf(unit, 'measure', e);
    }
    const dur = DURATIONS.get(w);
    if (dur !== undefined && !(w === 'second' && (core.value ?? 0) !== 1)) {
      // "10 years ago" is a date
      const nx = this.nextWord(tok.e);
      if (nx && nx.low === 'ago') return { skip: nx.e };
      if (nx && nx.low === 'old') return hitOf(`${plural(dur)} old`, 'duration', nx.e);
      if (nx && nx.low === 'of') {
        const ag = this.nextWord(nx.e);
        if (ag && ag.low === 'age') return hitOf(`${plural(dur)} old`, 'duration', ag.e);
      }
      return hitOf(dur, 'duration', tok.e);
    }
    if (w === 'times') return hitOf('times', 'count', tok.e);
    return null;
  }

  /** "won", "pounds", "marks" are money only in some contexts. */
  currencyFits(core: Core, tok: Tok, w: string): boolean {
    const v = core.value ?? core.min ?? core.max ?? 0;
    if (w === 'won') {
      // "5 trillion won", "50,000 won"; not "3 won the race"
      const nx = this.next(tok.e);
      if (nx && nx.k === 'w' && DETERMINERS.has(nx.low)) return false;
      return core.scale > 1 || v >= 1000 || core.vague;
    }
    if (w === 'pounds' || w === 'pound') {
      const nx = this.nextWord(tok.e);
      if (nx && nx.low === 'sterling') return true;
      if (nx && nx.low === 'of') return false;
      return core.scale > 1 || core.vague;
    }
    if (w === 'marks' || w === 'mark') return core.scale > 1 || core.vague;
    return true;
  }

  measureFits(core: Core, w: string): boolean {
    if (w === 'pounds' || w === 'pound') return true;
    if (w === 'mi' || w === 'ha' || w === 'mb' || w === 'gb' || w === 'tb' || w === 'mw' || w === 'gw' || w === 'kw' || w === 'cm' || w === 'mm') {
      // short abbreviations must not be ordinary words written in capitals
      return core.digits;
    }
    if (w === 'cup' || w === 'cups') return core.digits || (core.value !== undefined && core.value <= 20);
    return true;
  }

  /** Hyphen compounds after a number: "five-year", "10-year-old", "3,000-meter", "14-story", "$8-billion". */
  compound(core: Core, p: number): UnitHit | Skip | null {
    const parts: Tok[] = [];
    let q = p;
    while (parts.length < 6 && isHyphen(this.c(q)) && isLetter(this.c(q + 1))) {
      const we = this.wordEnd(q + 1);
      parts.push(this.tok(q + 1, we, 'w', lowerSlice(this.t, q + 1, we)));
      q = we;
    }
    if (isHyphen(this.c(q)) && isDigit(this.c(q + 1))) return { skip: this.runEnd(q) }; // "0-for-2", "5-in-1"
    let i = 0;
    const hit = hitOf(undefined, 'count', p);
    hit.compound = true;
    const sc = parts[0] ? SCALES.get(parts[0].low) : undefined;
    if (sc !== undefined && core.digits && core.scale === 1) {
      hit.scale = sc;
      hit.e = parts[0].e;
      i = 1;
    }
    if (parts[i]?.low === 'and' && parts[i + 1]?.low === 'a' && parts[i + 2]?.low === 'half') {
      hit.add = 0.5;
      hit.e = parts[i + 2].e;
      i += 3;
    }
    if (core.money !== undefined) {
      hit.unit = core.money;
      hit.kind = 'money';
      if (i < parts.length && (parts[i].low === 'a' || parts[i].low === 'per') && parts[i + 1] && DURATIONS.has(parts[i + 1].low)) {
        hit.unit = `${core.money}/${DURATIONS.get(parts[i + 1].low)}`;
        hit.e = parts[i + 1].e;
      } else if (i < parts.length && CURRENCY_WORDS.has(parts[i].low)) {
        hit.e = parts[i].e;
      }
      return hit;
    }
    if (i >= parts.length) return hit.scale !== undefined || hit.add !== undefined ? { ...hit, compound: false, kind: 'count' } : null;
    const u = parts[i];
    const w = u.low;
    const dur = DURATIONS.get(w);
    if (dur !== undefined) {
      hit.kind = 'duration';
      hit.unit = dur;
      hit.e = u.e;
      const o = parts[i + 1];
      if (o && (o.low === 'old' || o.low === 'olds')) {
        hit.unit = `${plural(dur)} old`;
        hit.e = o.e;
      } else if (i === parts.length - 1) {
        // "8-year old boys"
        const sp = this.nextWord(u.e);
        if (sp && sp.low === 'old') {
          hit.unit = `${plural(dur)} old`;
          hit.e = sp.e;
        }
      }
      return hit;
    }
    if ((w === 'square' || w === 'sq' || w === 'cubic') && parts[i + 1]) {
      const m = (w === 'cubic' ? CUBIC_UNITS : SQUARE_UNITS).get(parts[i + 1].low);
      if (m !== undefined) return { ...hit, kind: 'measure', unit: m, e: parts[i + 1].e };
    }
    const meas = MEASURES.get(w);
    if (meas !== undefined) return { ...hit, kind: 'measure', unit: meas, e: u.e };
    const cur = CURRENCY_WORDS.get(w);
    if (cur !== undefined && w !== 'won' && w !== 'p' && w !== 'mark') return { ...hit, kind: 'money', unit: cur, e: u.e };
    if (w === 'percent' || w === 'pct') return { ...hit, kind: 'percent', unit: '%', e: u.e };
    if (w === 'odd' || w === 'something' || w === 'ish') return { ...hit, approx: true, e: u.e, compound: false };
    if (w === 'plus') return { ...hit, min: true, e: u.e, compound: false };
    if (w === 'for' || w === 'to' || w === 'of' || w === 'in' || w === 'and' || w === 'or' || w === 'a' || w === 'the' || w === 'by') return null;
    if ((core.value === 1 && ONE_IDIOMS.has(w)) || w === 'way' || w === 'halfway') return { skip: u.e };
    if (core.fraction && core.value === 0.5 && !core.digits) {
      // half-way, half-hearted, half-brother: not quantities
      if (w === 'way' || w === 'hearted' || w === 'brother' || w === 'sister' || w === 'life' || w === 'truth' || w === 'time' || w === 'baked') return { skip: u.e };
    }
    let e = u.e;
    let unit = w;
    for (let j = i + 1; j < parts.length; j++) {
      unit += '-' + parts[j].low;
      e = parts[j].e;
    }
    if (w === 'time') unit = 'times';
    return { ...hit, kind: 'count', unit, e };
  }

  /**
   * The counted noun after a number: "10,000 North Korean soldiers" -> "soldiers". Skips up to four
   * modifiers; for a single thing ("one question") takes the last word before a function word.
   */
  head(p: number, single: boolean): UnitHit | null {
    let tok = this.next(p);
    let candidate: { unit: string; e: number } | null = null;
    for (let n = 0; n < 5 && tok && tok.k === 'w'; n++) {
      let e = tok.e;
      while (isHyphen(this.c(e)) && isLetter(this.c(e + 1))) e = this.wordEnd(e + 1);
      const low = e === tok.e ? tok.low : lowerSlice(this.t, tok.s, e);
      if (HEAD_STOP.has(low)) break;
      let word = this.t.slice(tok.s, e);
      let lowBase = low;
      if (lowBase.endsWith("'s") || lowBase.endsWith('’s')) {
        lowBase = lowBase.slice(0, -2);
        word = word.slice(0, -2);
      } else if (isApos(this.c(e)) && lowBase.endsWith('s')) {
        // soldiers'
      }
      const lastPart = lowBase.slice(lowBase.lastIndexOf('-') + 1);
      const plural = looksPlural(lastPart);
      const verbLike = (lastPart.endsWith('ed') && lastPart.length > 3) || (lastPart.endsWith('ing') && lastPart.length > 4);
      if (single) {
        // "one question still haunts", "one senior official said", "one chastened ex-stripper"
        if ((plural || verbLike) && n > 0 && candidate) break;
        if (!verbLike && !lastPart.endsWith('ly') && !plural) candidate = { unit: nounForm(word), e: tok.s + word.length };
        if (plural || lowBase !== low) break;
      } else if (plural) {
        // "20 police officers", "1,500 staff members": an irregular plural used as a modifier
        if (IRREGULAR_PLURALS.has(lastPart) && lowBase === low) {
          const nx = this.next(e);
          if (nx && nx.k === 'w' && !STOP.has(nx.low) && looksPlural(nx.low) && !IRREGULAR_PLURALS.has(nx.low)) {
            return hitOf(nounForm(this.t.slice(nx.s, nx.e)), 'count', nx.e, true);
          }
        }
        return hitOf(nounForm(word), 'count', tok.s + word.length, true);
      } else if (lowBase !== low || (lastPart.endsWith('ly') && n > 1)) {
        break;
      }
      tok = this.next(e);
    }
    // "one national and one made up of": an adjective alone is not the counted thing
    if (single && candidate && !ADJECTIVE_END.test(candidate.unit)) return hitOf(candidate.unit, 'count', candidate.e, true);
    return null;
  }

  /** "a day", "per day", "per share", "per reusable page" after a quantity. */
  rate(p: number): { per: string; e: number } | null {
    const a = this.nextWord(p);
    if (!a) return null;
    if (a.low === 'annually' || a.low === 'yearly') return { per: 'year', e: a.e };
    if (!(a.low === 'a' || a.low === 'an' || a.low === 'per' || a.low === 'each' || a.low === 'every')) return null;
    const u = this.nextWord(a.e);
    if (!u || STOP.has(u.low)) return null;
    const dur = DURATIONS.get(u.low);
    if (dur !== undefined && (u.low === dur || u.low === 'hr' || u.low === 'yr')) return { per: dur, e: u.e };
    if (a.low === 'a' || a.low === 'an') return RATE_NOUNS.has(u.low) ? { per: u.low, e: u.e } : null;
    if (a.low !== 'per') return null;
    // "per reusable page": one lower-case modifier before the noun
    const v = this.nextWord(u.e);
    if (v && !STOP.has(v.low) && isLower(this.c(u.s)) && isLower(this.c(v.s)) && !looksPlural(u.low) && !DURATIONS.has(v.low)) {
      const after = this.nextWord(v.e);
      if (!after || STOP.has(after.low)) return { per: v.low, e: v.e };
    }
    return { per: MEASURES.get(u.low) ?? u.low, e: u.e };
  }

  // -------------------------------------------------------------------------------------------------------

  /** Words before the number that bound or approximate it. */
  modifierBefore(start: number): { mod: Modifier; s: number } | null {
    // the same number asks more than once (its span, then a range after it)
    if (this.modStart === start && this.modFloor === this.floor) return this.modFound;
    const found = this.readModifier(start);
    this.modStart = start;
    this.modFloor = this.floor;
    this.modFound = found;
    return found;
  }

  private modStart = -1;
  private modFloor = -1;
  private modFound: { mod: Modifier; s: number } | null = null;

  readModifier(start: number): { mod: Modifier; s: number } | null {
    const w1 = this.prevWord(start);
    if (!w1 || !this.adjacent(w1.e, start)) return null;
    if (!MODIFIER_LAST_WORDS.has(w1.low)) {
      const m = MODIFIERS.get(w1.low);
      return m ? { mod: m, s: w1.s } : null;
    }
    const w2 = this.prevWord(w1.s);
    const ok2 = !!w2 && MODIFIER_NEXT_TO_LAST_WORDS.has(w2.low) && this.adjacent(w2.e, w1.s);
    const w3 = ok2 && w2 ? this.prevWord(w2.s) : null;
    const ok3 = !!w3 && !!w2 && this.adjacent(w3.e, w2.s);
    if (ok3 && w3 && w2) {
      const m = MODIFIERS.get(`${w3.low} ${w2.low} ${w1.low}`);
      if (m) return { mod: m, s: w3.s };
    }
    if (ok2 && w2) {
      const m = MODIFIERS.get(`${w2.low} ${w1.low}`);
      if (m) return { mod: m, s: w2.s };
    }
    const m = MODIFIERS.get(w1.low);
    if (m) return { mod: m, s: w1.s };
    return null;
  }

  /** Reasons for a number not to be a quantity, looked at before its unit. */
  excludedBefore(core: Core): boolean {
    const p = this.prev(core.start);
    if (!p) return false;
    if (p.k === 'w') {
      const low = p.low;
      if (core.plain && MONTHS.has(low) && (core.value ?? 0) >= 1 && (core.value ?? 0) <= 31 && (low !== 'may' || this.isTitle(p) || this.isAllCaps(p))) return true;
      if ((core.plain || !core.digits) && this.adjacent(p.e, core.start) && !isHyphen(this.c(p.s - 1))) {
        if (LABELS.has(low)) return true;
        if (SOFT_LABELS.has(low)) {
          const nx = this.next(core.e);
          return !nx || nx.k === 'p' || (nx.k === 'w' && nx.low === 'of');
        }
      }
    } else if (p.k === 'p') {
      if (p.low === '.' ) {
        const w = this.prev(p.s);
        if (w && w.k === 'w' && (w.low === 'no' || w.low === 'nos' || w.low === 'vol' || w.low === 'p' || w.low === 'pp' || w.low === 'art' || w.low === 'sec' || w.low === 'fig' || w.low === 'ch' || w.low === 'st')) return true;
        if (w && w.k === 'w' && MONTHS.has(w.low) && core.plain && (core.value ?? 0) <= 31) return true;
      }
    }
    return false;
  }

  /** A capitalised number word inside a name: "Formula One", "the Big Four", "Banc One". */
  wordInName(core: Core): boolean {
    const first = this.tokAt(core.s);
    if (!first || first.k !== 'w' || !this.isTitle(first) || this.sentenceInitial(first)) return false;
    const p = this.prev(core.start);
    if (p && p.k === 'w' && this.isTitle(p) && this.adjacent(p.e, core.start) && !p.low.endsWith("'s") && !p.low.endsWith('’s')) return true;
    const nx = this.next(core.e);
    return !!nx && nx.k === 'w' && this.isTitle(nx);
  }

  /** Digits after a capitalised word: "Big 12", "Chapter 11", "Boeing 747", "Windows 95". */
  digitsInName(core: Core): boolean {
    if (!core.plain || core.money !== undefined) return false;
    const p = this.prev(core.start);
    if (!p || p.k !== 'w' || !this.adjacent(p.e, core.start)) return false;
    if (this.isAllCaps(p) && p.e - p.s >= 2 && p.e - p.s <= 6 && isUpper(this.c(p.s))) {
      // "HTML 5", "MP 3"; not a headline in capitals ("BLAST KILLS 5")
      const pp = this.prev(p.s);
      return !(pp && pp.k === 'w' && this.isAllCaps(pp)) && !CURRENCY_BEFORE.has(this.t.slice(p.s, p.e));
    }
    if (!this.isTitle(p) || this.sentenceInitial(p)) return false;
    const low = p.low;
    if (MODIFIERS.has(low) || MONTHS.has(low) || WEEKDAYS.has(low) || low.endsWith("'s") || low.endsWith('’s')) return false;
    return true;
  }

  /** "601 Riverview Dr.", "209 West Houston St.": a street address. */
  address(core: Core): boolean {
    if (!core.plain) return false;
    let tok = this.next(core.e);
    for (let n = 0; n < 4 && tok && tok.k === 'w' && this.isTitle(tok); n++) {
      if (n > 0 && STREETS.has(tok.low)) return true;
      tok = this.next(tok.e);
    }
    return false;
  }

  /** "one" as a pronoun: "no one", "one can", "the only one". */
  pronounOne(core: Core): boolean {
    if (core.digits || core.value !== 1 || core.e - core.s !== 3) return false;
    const pw = this.prevWord(core.s);
    const nx = this.next(core.e);
    if (pw && pw.low === 'no') return true;
    if (nx && nx.k === 'w') {
      if (nx.low === 'another' || PRONOUN_ONE_NEXT.has(nx.low)) return true;
      if (nx.low.endsWith('s') && !nx.low.endsWith('ss') && !NOT_PLURAL.has(nx.low) && isLower(this.c(nx.s)) && !looksLikeNounAfterOne(nx.low)) return true;
      if (nx.low === 'has') {
        const to = this.nextWord(nx.e);
        if (to && to.low === 'to') return true;
      }
    }
    if (pw && ONE_ADJ_BEFORE.has(pw.low) && pw.low !== 'no') {
      if (!nx || nx.k !== 'w' || nx.low !== 'of') {
        if (!nx || nx.k !== 'w' || (STOP.has(nx.low) && nx.low !== 'out')) return true;
      }
    }
    return false;
  }

  /** "Ms. Gross, 47, is ..." -> an age. */
  appositiveAge(core: Core): boolean {
    const v = core.value ?? 0;
    if (!core.plain || v < 1 || v > 120) return false;
    const comma = this.prev(core.s);
    if (!comma || comma.k !== 'p' || comma.low !== ',') return false;
    const name = this.prev(comma.s);
    if (!name || name.k !== 'w' || STOP.has(name.low) || MONTHS.has(name.low) || WEEKDAYS.has(name.low)) return false;
    const nx = this.next(core.e);
    if (!nx || nx.k !== 'p') return false;
    // "his wife, 62, said"; "Ms. Gross, 47." needs a name
    if (nx.low === ',') {
      const after = this.next(nx.e);
      return !!after && after.k === 'w' && (this.isTitle(name) || !looksPlural(name.low));
    }
    return this.isTitle(name) && (nx.low === ';' || nx.low === ')' || (nx.low === '.' && !isDigit(this.c(nx.e))));
  }

  // -------------------------------------------------------------------------------------------------------

  parseAt(at: number): { q?: QuantitySpan; skip: number } {
    this.tokUsed = 0;
    coreUsed = 0;
    hitUsed = 0;
    const first = isDigit(this.c(at)) ? this.digitCore(at) : this.wordCore(at);
    if (isSkip(first)) return { skip: first.skip };
    const core = first;
    if (core.start < this.floor) core.start = Math.max(core.s, this.floor);
    if (core.digits) this.scaleAfter(core);
    // "5-15 percent", "1997-98", "6-3", "555-1234"
    if (core.digits && isRangeDash(this.c(core.e)) && isDigit(this.c(core.e + 1)) && !core.glued) {
      return this.dashed(core);
    }
    if (core.digits && core.plain) {
      const sc = this.spacedScore(core);
      if (sc > 0) return { skip: sc };
    }
    if (!core.digits && this.wordInName(core)) return { skip: core.e };
    if (core.digits && this.address(core)) return { skip: core.e };
    if (this.pronounOne(core)) return { skip: core.e };
    if (this.excludedBefore(core)) return { skip: this.runEnd(core.e) };
    if (core.plain && (core.value ?? 0) >= 1 && (core.value ?? 0) <= 31) {
      // "12 May", "3 Sept. 1998"
      const m = this.nextWord(core.e);
      if (m && MONTHS.has(m.low) && (this.isTitle(m) || this.isAllCaps(m)) && (m.low !== 'may' || this.isTitle(m))) return { skip: m.e };
    }
    if (core.digits && core.plain) {
      const ta = this.skipSpaces(core.e);
      if (TIME_FIRST.has(this.c(ta)) && (core.value ?? 0) <= 24) {
        TIME_AFTER.lastIndex = ta;
        if (TIME_AFTER.test(this.t)) return { skip: core.e };
      }
      // numbered list item at the start of a line: "1. Preheat the oven"
      const pv = this.prev(core.s);
      if ((this.c(core.e) === 46 || this.c(core.e) === 41) && isSpace(this.c(core.e + 1)) && (!pv || this.lineStart(core.s))) return { skip: core.e + 1 };
      // "(202) 555-1234"
      if (this.c(core.s - 1) === 40 && this.c(core.e) === 41 && core.e - core.s === 3 && isDigit(this.c(this.skipSpaces(core.e + 1)))) {
        return { skip: this.runEnd(this.skipSpaces(core.e + 1)) };
      }
    }
    const unit = this.unitAfter(core, core.e);
    if (unit && !asHit(unit)) return { skip: (unit as Skip).skip };
    const hit = asHit(unit);
    if ((!hit || hit.kind === 'count') && this.digitsInName(core)) return { skip: this.runEnd(core.e) };
    return this.finish(core, hit);
  }

  lineStart(p: number): boolean {
    let q = p - 1;
    while (q >= 0 && (this.c(q) === 32 || this.c(q) === 9)) q--;
    return q < 0 || this.c(q) === 10 || this.c(q) === 13;
  }

  /** Digits joined by a dash to more digits. */
  dashed(core: Core): { q?: QuantitySpan; skip: number } {
    const ys = core.e + 1;
    const ye = this.numEnd(ys);
    const runEnd = this.runEnd(core.s);
    const x = core.value ?? 0;
    const yRaw = this.t.slice(ys, ye);
    // phone numbers, dates, codes: more groups, or 3-4 digit groups
    if (isRangeDash(this.c(ye)) && isDigit(this.c(ye + 1))) return { skip: runEnd };
    const xLen = core.e - core.s;
    if (core.plain && xLen === 3 && yRaw.length === 4 && yRaw.indexOf(',') < 0) return { skip: runEnd };
    // year ranges: 1997-98, 1998-2000
    if (core.plain && xLen === 4 && x >= 1100 && x <= 2100 && (yRaw.length === 2 || yRaw.length === 4)) return { skip: runEnd };
    // the second number with its own scale and unit
    const second = this.digitCore(ys);
    if (isSkip(second)) return { skip: runEnd };
    this.scaleAfter(second);
    if (second.scale > 1 && core.scale === 1 && x < (second.raw ?? 0)) this.applyScale(core, second.scale);
    const hit = asHit(this.unitAfter(second, second.e));
    const headHit = hit ?? this.head(second.e, false);
    const mod = this.modifierBefore(core.start);
    const lo = core.value ?? 0;
    const hi = second.value ?? 0;
    const context = (mod && (mod.mod === 'between' || mod.mod === 'from' || mod.mod === 'approx')) || core.money !== undefined || this.ageBefore(core.start);
    if (lo < hi && (headHit || context)) {
      const merged: Core = { ...core, e: second.e, value: undefined, min: lo, max: hi, plain: false, money: core.money ?? second.money };
      return this.finish(merged, headHit ?? (merged.money ? hitOf(merged.money, 'money', second.e) : null), true);
    }
    // a score or a result: "6-3", "a 2-1 ruling", "beat them 81-70"
    return { skip: this.runEnd(ye) };
  }

  /** "Sweden 1 – 0 Korea", "lost 1 - 2 to England": a score with spaces around the dash. */
  spacedScore(core: Core): number {
    const d = this.next(core.e);
    if (!d || d.k !== 'p' || !(d.low === '–' || d.low === '-' || d.low === '—') || !isSpace(this.c(d.s - 1))) return 0;
    const y = this.next(d.e);
    if (!y || y.k !== 'n' || y.e - y.s > 3 || y.low.indexOf(',') >= 0 || y.low.indexOf('.') >= 0) return 0;
    if ((core.value ?? 0) > 200 || isLetter(this.c(y.e)) || this.c(y.e) === 37) return 0;
    const after = this.next(y.e);
    if (after && after.k === 'w' && (unitWord(after.low) || CURRENCY_WORDS.has(after.low) || after.low === 'percent' || (looksPlural(after.low) && !STOP.has(after.low)))) return 0;
    return y.e;
  }

  ageBefore(start: number): boolean {
    const pw = this.prevWord(start);
    return !!pw && AGE_BEFORE.has(pw.low) && this.adjacent(pw.e, start);
  }

  /** Adds what surrounds the number (modifiers, unit, counted noun, range, rate) and makes the span. */
  finish(core: Core, unitIn: UnitHit | null, isRange = false): { q?: QuantitySpan; skip: number } {
    let unit = unitIn;
    let start = core.start;
    let approx = core.approx;
    let value = core.value;
    let min = core.min;
    let max = core.max;
    let numEnd = core.e;
    let end = core.e;

    // "100 or so blacks"
    if (!unit) {
      const os = this.orSo(end);
      if (os > 0) {
        approx = true;
        end = os;
        unit = asHit(this.unitAfter(core, os));
      }
    }

    // scale or "-and-a-half" from a compound
    if (unit?.scale !== undefined) {
      const sc = unit.scale;
      if (value !== undefined) value = scaleValue(value, sc);
      if (min !== undefined) min = scaleValue(min, sc);
      if (max !== undefined) max = scaleValue(max, sc);
      numEnd = unit.e;
      if (!unit.unit) {
        // "$8-billion" handled by money; bare scale compound: look again after it
        end = unit.e;
        unit = asHit(this.unitAfter({ ...core, e: unit.e, glued: undefined }, unit.e));
      }
    }
    if (unit?.add !== undefined && value !== undefined) {
      value += unit.add;
    }
    if (unit?.approx) approx = true;
    if (unit?.min && value !== undefined) {
      min = value;
      value = undefined;
    }

    // glued m/k/b: million/thousand in money or before a counted noun, else metres/km
    if (core.ambiguous) {
      const sc = core.ambiguous === 'k' ? 1000 : core.ambiguous === 'm' ? 1e6 : 1e9;
      const countedNoun = !unit ? this.head(core.e, false) : null;
      if (core.money !== undefined || (unit && unit.kind === 'money') || countedNoun) {
        if (value !== undefined) value = scaleValue(value, sc);
        if (min !== undefined) min = scaleValue(min, sc);
        if (max !== undefined) max = scaleValue(max, sc);
        if (countedNoun && !unit) unit = countedNoun;
      } else if (core.ambiguous === 'b') {
        return { skip: core.e };
      } else {
        unit = hitOf(core.ambiguous === 'k' ? 'km' : 'm', 'measure', core.e);
      }
    }

    let kind: UnitKind = 'count';
    let unitName: string | undefined;
    if (core.fraction && (!unit || unit.kind === 'count')) {
      // a proportion: "half his work force", "two-thirds of the vote", "one-tenth of 1 percent"
      kind = 'percent';
      unitName = '%';
      const base = value ?? 0;
      value = Math.round(base * 100 * 1e6) / 1e6;
      const of = this.nextWord(core.e);
      if (of && of.low === 'of' && !unit) {
        const n = this.next(of.e);
        const isOne = n && ((n.k === 'n' && n.low === '1') || (n.k === 'w' && (n.low === 'a' || n.low === 'one')));
        if (n && isOne) {
          const pu = asHit(this.unitAfter({ ...core, digits: true, value: 1, fraction: false, glued: undefined, money: undefined }, n.e));
          if (pu && pu.kind === 'percent') {
            value = Math.round(base * 1e6) / 1e6;
            unitName = pu.unit;
            end = pu.e;
          }
        }
      }
      if (unit && unit.compound) {
        // "half-inning", "a quarter-mile" handled as compounds below
        kind = unit.kind;
        unitName = unit.unit;
        value = core.value;
        end = unit.e;
      }
    } else if (core.vague && !unit) {
      // "thousands of soldiers", "millions of dollars"
      const of = this.nextWord(core.e);
      if (of && of.low === 'of') {
        const uh = asHit(this.unitAfter({ ...core, glued: undefined }, of.e));
        if (uh && (uh.kind === 'money' || uh.kind === 'measure')) {
          kind = uh.kind;
          unitName = uh.unit;
          end = uh.e;
        } else {
          const h = this.head(of.e, false);
          if (h) {
            unitName = h.unit;
            end = h.e;
          }
        }
      }
    } else if (unit) {
      kind = unit.kind;
      unitName = unit.unit;
      end = Math.max(end, unit.e);
    }
    if (core.needsUnit && (!unit || unit.kind === 'count' || unit.noun)) return { skip: core.e };

    // a bare year ("in 1998") is dropped below unless a modifier makes it a count ("more than 2000
    // people"); without such a modifier it is dropped here, before its counted noun is looked for
    // (what is read from here to there leaves the kind a count or a duration)
    if (this.bareYear(core, isRange) && (kind === 'count' || kind === 'duration')) {
      const m = this.modifierBefore(start);
      if (!m || m.mod === 'between' || m.mod === 'from') return { skip: core.e };
    }

    // counted noun
    if (!unit && !core.fraction && !core.vague) {
      const single = value === 1 && !isRange;
      const h = this.head(end, single);
      if (h) {
        unitName = h.unit;
        end = h.e;
        unit = h;
        // "twenty working days", "three full years"
        const dur = h.unit ? DURATIONS.get(lower(h.unit)) : undefined;
        if (dur !== undefined && dur !== 'second' && dur !== 'quarter' && dur !== 'season') {
          kind = 'duration';
          unitName = dur;
        }
      }
    }

    // "Ms. Gross, 47," / "aged 40" / "turned 50": ages
    if (!unit && kind === 'count' && ((core.digits && this.appositiveAge(core)) || this.ageBefore(core.start))) {
      kind = 'duration';
      unitName = 'years old';
    } else if (kind === 'duration' && unitName === 'year' && this.ageBefore(core.start)) {
      unitName = 'years old';
    }

    // modifiers before
    const mod = this.modifierBefore(start);
    let between = false;
    if (mod) {
      if (mod.mod === 'between' || mod.mod === 'from') {
        between = true;
      } else if (!isRange) {
        start = mod.s;
        if (mod.mod === 'approx') approx = true;
        else if (value !== undefined && min === undefined && max === undefined) {
          if (mod.mod === 'min') min = value;
          else max = value;
          value = undefined;
        }
      } else {
        start = mod.s;
        if (mod.mod === 'approx') approx = true;
      }
    }

    // years: a bare four-digit number
    if (this.bareYear(core, isRange) && (kind === 'count' || kind === 'duration')) {
      const counted = !!unit && unit.noun === true && !!mod && mod.mod !== 'between' && mod.mod !== 'from';
      if (!counted) return { skip: core.e };
    }

    // ranges: "between 200 and 300 people", "20 to 100 stations", "$30 million to $40 million"
    if (!isRange && value !== undefined) {
      const r = this.rangeAfter(core, value, kind, unitName, unit, end, between, mod ? mod.s : start);
      if (r) return r;
    }

    // rates: "RM1,000 a day", "0.9 percent per year", "four times a year"
    if (kind !== 'duration' || unitName === undefined) {
      for (let k = 0; k < 2; k++) {
        const r = this.rate(end);
        if (!r) break;
        unitName = unitName === undefined ? `per ${r.per}` : `${unitName}/${r.per}`;
        end = r.e;
      }
    }
    const os = this.orSo(end);
    if (os > 0) {
      approx = true;
      end = os;
    }
    // "or more", "or less"
    const o = this.nextWord(end);
    if (o && o.low === 'or' && value !== undefined) {
      const m = this.nextWord(o.e);
      if (m && (m.low === 'more' || m.low === 'longer' || m.low === 'higher')) {
        min = value;
        value = undefined;
        end = m.e;
      } else if (m && (m.low === 'fewer' || m.low === 'less')) {
        max = value;
        value = undefined;
        end = m.e;
      }
    }

    if (start < this.floor) start = core.s;
    const q = span(this.t, start, end, approx, kind, value, min, max, unitName, core.s, Math.max(numEnd, core.e));
    return { q, skip: end };
  }

  /** Four digits alone that may be a year: 1100 to 2100. */
  bareYear(core: Core, isRange: boolean): boolean {
    return core.digits && core.plain && !isRange && core.e - core.s === 4 && (core.value ?? 0) >= 1100 && (core.value ?? 0) <= 2100;
  }

  /** End of "or so" after p, or -1. */
  orSo(p: number): number {
    const o = this.nextWord(p);
    if (o && o.low === 'or') {
      const s = this.nextWord(o.e);
      if (s && s.low === 'so') return s.e;
    }
    return -1;
  }

  /** A second number after "to", "and" (after "between") or a spaced dash, sharing the unit. */
  rangeAfter(
    core: Core,
    value: number,
    kind: UnitKind,
    unitName: string | undefined,
    unit: UnitHit | null,
    end: number,
    between: boolean,
    start: number,
  ): { q?: QuantitySpan; skip: number } | null {
    const conn = this.next(end);
    if (!conn) return null;
    const isTo = conn.k === 'w' && conn.low === 'to';
    const isAnd = conn.k === 'w' && conn.low === 'and' && between;
    const isDash = conn.k === 'p' && (conn.low === '–' || conn.low === '-') && isSpace(this.c(conn.s - 1));
    if (!isTo && !isAnd && !isDash) return null;
    // "rose 9/32 to 104", "fell 2 percent to 1,234": a change, not a range
    const before = this.prevWord(start);
    if (isTo && before && CHANGE_VERBS.has(before.low)) return null;
    const from = this.modifierBefore(core.start);
    if (from && from.mod === 'from') {
      // "ranging from X to Y" is a range, "rose from X to Y" a change
      const verb = this.prevWord(from.s);
      if (!verb || !RANGE_FROM.has(verb.low)) return null;
    }
    let ns = this.skipSpaces(conn.e);
    if (!isDigit(this.c(ns)) && !SYMBOLS.has(this.c(ns)) && !isLetter(this.c(ns))) return null;
    // currency sign or code before the second number
    let money2: string | undefined;
    const sym = SYMBOLS.get(this.c(ns));
    if (sym !== undefined) {
      money2 = sym;
      ns = this.skipSpaces(ns + 1);
    } else if (isLetter(this.c(ns)) && !isDigit(this.c(ns))) {
      const w = this.tokAt(ns);
      if (w && w.k === 'w') {
        const code = CURRENCY_BEFORE.get(this.t.slice(w.s, w.e));
        if (code !== undefined) {
          money2 = code;
          ns = this.skipSpaces(w.e);
          if (isDigit(this.c(w.e))) ns = w.e;
        }
      }
    }
    const saveFloor = this.floor;
    this.floor = ns;
    const second = isDigit(this.c(ns)) ? this.digitCore(ns) : this.wordCore(ns);
    this.floor = saveFloor;
    if (isSkip(second) || second.vague || second.fraction || second.needsUnit) return null;
    if (second.digits) this.scaleAfter(second);
    second.money = second.money ?? money2;
    let u2 = asHit(this.unitAfter(second, second.e));
    if (!u2) u2 = this.head(second.e, false);
    let lo = value;
    let hi = second.value ?? 0;
    if (second.scale > 1 && core.scale === 1 && (core.value ?? 0) < (second.raw ?? 0) && kind === 'count' && !unit) {
      lo = scaleValue(lo, second.scale);
    }
    const money1 = core.money ?? (kind === 'money' ? unitName : undefined);
    let unitOut = unitName;
    let kindOut = kind;
    let endOut = second.e;
    if (unit && !unit.noun) {
      // the first number has its own unit: the second must have the same one
      if (!u2 || u2.unit !== unit.unit || u2.kind !== unit.kind) return null;
      endOut = u2.e;
    } else if (money1 !== undefined) {
      if (second.money !== money1 && !(u2 && u2.unit === money1)) return null;
      endOut = u2 ? Math.max(u2.e, second.e) : second.e;
    } else if (u2) {
      if (unit && unit.noun && u2.unit !== unit.unit) return null;
      unitOut = u2.unit;
      kindOut = u2.kind;
      endOut = u2.e;
    } else if (unit && unit.noun) {
      return null;
    }
    if (second.digits && second.plain && second.e - second.s === 4 && hi >= 1100 && hi <= 2100 && !u2) return null;
    if (!(lo < hi)) return null;
    let approx = core.approx;
    let s = core.start;
    const mod = this.modifierBefore(core.start);
    if (mod) {
      s = mod.s;
      if (mod.mod === 'approx') approx = true;
    }
    if (s < this.floor) s = core.s;
    // rate after the range
    for (let k = 0; k < 2; k++) {
      const r = this.rate(endOut);
      if (!r) break;
      unitOut = unitOut === undefined ? `per ${r.per}` : `${unitOut}/${r.per}`;
      endOut = r.e;
    }
    return { q: span(this.t, s, endOut, approx, kindOut, undefined, lo, hi, unitOut, core.s, second.e), skip: endOut };
  }
}

/** Every word that unitAfter() reads as (the start of) a unit; currency codes in capitals apart. */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  ...PHRASE_FIRST, ...CURRENCY_WORDS.keys(), ...MEASURES.keys(), ...DURATIONS.keys(),
  'percent', 'pct', 'percents', 'per', 'percentage', 'basis', 'bps', 'bp', 'square', 'sq', 'cubic', 'cu', 'metric', 'light', 'times',
]);

const STREETS = words('street st avenue ave road rd boulevard blvd drive dr lane ln place pl way court ct terrace square plaza parkway pkwy highway');

const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]);

/** Nouns that can follow "a" as a rate: "$5 a share", "RM1,000 a day". */
const RATE_NOUNS = words('share head person piece barrel ton tonne gallon litre liter kilo pound ounce unit seat ticket plate copy dose');

/** A unit of time or measure. */
function unitWord(w: string): boolean {
  return DURATIONS.has(w) || MEASURES.has(w);
}

const ADJECTIVE_END = /(?:ous|ful|less|able|ible|ish)$/;

function looksPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 3 || !w.endsWith('s')) return (w.endsWith('men') && w.length > 4) || w.endsWith('children') || w.endsWith('people');
  if (NOT_PLURAL.has(w)) return false;
  return !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ous') || w.endsWith("'s") || w.endsWith('’s'));
}

/** Nouns that can follow "one" while ending in s ("one of"... is handled apart). */
function looksLikeNounAfterOne(w: string): boolean {
  return w === 'series' || w === 'species' || w === 'news' || w === 'bus' || w === 'gas' || w === 'lens' || w.endsWith('ss') || w.endsWith('ous') || w.endsWith('us') || w.endsWith('is');
}

/** Counted noun as written, lower-cased when the whole word is in capitals. */
function nounForm(word: string): string {
  let upper = true;
  for (let i = 0; i < word.length; i++) if (isLower(word.charCodeAt(i))) upper = false;
  return upper ? lower(word) : word;
}

const PLURAL_MEASURES = words('mile acre barrel ton cup pint quart bushel light-year');

function plural(unit: string): string {
  return PLURAL_UNIT.get(unit) ?? unit + 's';
}

/** The span, with its fields in one order: normal form before the numeric part. */
function span(
  text: string,
  start: number,
  end: number,
  approx: boolean,
  unitKind: UnitKind,
  value: number | undefined,
  min: number | undefined,
  max: number | undefined,
  unit: string | undefined,
  numStart: number,
  numEnd: number,
): QuantitySpan {
  const q: QuantitySpan = { label: 'quantity', start, end, text: text.slice(start, end), origin: 'automatic', approx, unitKind };
  if (value !== undefined) q.value = value;
  if (min !== undefined) q.min = min;
  if (max !== undefined) q.max = max;
  if (unit !== undefined) q.unit = unit;
  q.number = { start: numStart, end: numEnd };
  return q;
}

/**
 * One span of each shape, made once and kept for good. A span gets its optional fields (value, min,
 * max, unit) in one order, so each combination is a hidden class of its own in V8, reachable only
 * through the spans that have it. When no span of a combination is left (the spans of the last text
 * were let go), a garbage collection drops the class, and with it the optimised code of finish() and
 * span() that made such spans: the next text would be read by unoptimised code while they are
 * compiled again. (Numbers as fractions: a field that holds a fraction once holds any number.)
 */
const SPAN_SHAPES: readonly QuantitySpan[] = Array.from({ length: 16 }, (_, k) =>
  span('', 0, 0, false, 'count', k & 1 ? 0.5 : undefined, k & 2 ? 0.5 : undefined, k & 4 ? 0.5 : undefined, k & 8 ? '' : undefined, 0, 0),
);

// ---------------------------------------------------------------------------------------------------------

const PARSER = new Parser();

/** Finds the quantities in a text, in order of their start. */
export function findQuantities(text: string, tokens?: Tokens): QuantitySpan[] {
  const out: QuantitySpan[] = [];
  const parser = PARSER;
  parser.reset(text);
  // the triggers from the word tokens of the whole text when given, else read character by character
  const triggers = tokens !== undefined && tokens.text === text ? TOKEN_TRIGGERS : undefined;
  triggers?.reset(tokens as Tokens);
  // a trigger is read from its first character (a digit or the first letter of a number word)
  for (let at = triggers ? triggers.find(text, 0) : nextTrigger(text, 0); at < text.length; ) {
    const r = parser.parseAt(at);
    if (r.q) {
      out.push(r.q);
      parser.floor = r.q.end;
    }
    const from = Math.max(r.skip, at + 1, r.q ? r.q.end : 0);
    at = triggers ? triggers.find(text, from) : nextTrigger(text, from);
  }
  triggers?.release();
  return out;
}

/** Words for a unit in a hover: "5 years", "10 years old", "3,500,000,000 USD", "40%". */
function unitText(q: QuantitySpan, one: boolean): string {
  const u = q.unit;
  if (u === undefined) return '';
  if (u === '%' || u.startsWith('%/')) return u;
  if (one && u === 'cents') return ' cent';
  if (u === 'fold') return '-fold';
  if (q.unitKind === 'duration') {
    if (u.endsWith(' old')) return ' ' + (one ? u.replace(/s old$/, ' old') : u);
    const [base, ...rest] = u.split('/');
    return ' ' + (one ? base : plural(base)) + (rest.length ? '/' + rest.join('/') : '');
  }
  if (q.unitKind === 'measure' && !one && PLURAL_MEASURES.has(u)) return ' ' + plural(u);
  return ' ' + u;
}

/** Text for a hover: "≈ 10,000 soldiers (approximate)", "5 years", "3,500,000,000 USD", "200–300 people". */
export function describeQuantity(q: QuantitySpan): string {
  let core: string;
  let one = false;
  let point = false;
  if (q.value !== undefined) {
    core = formatNumber(q.value);
    one = q.value === 1;
    point = true;
  } else if (q.min !== undefined && q.max !== undefined) {
    core = `${formatNumber(q.min)}–${formatNumber(q.max)}`;
    point = true;
  } else if (q.min !== undefined) {
    core = `at least ${formatNumber(q.min)}`;
  } else if (q.max !== undefined) {
    core = `up to ${formatNumber(q.max)}`;
  } else {
    core = q.text;
  }
  const text = core + unitText(q, one);
  if (!q.approx) return text;
  return point ? `≈ ${text} (approximate)` : `${text} (approximate)`;
}
