// Generates data/builtin-catalogue.json: the built-in entity catalogue that ships with News Lens.
//
//   node scripts/gen-builtin-catalogue.mjs
//
// Countries and territories (common and official names, real alternative spellings, English
// demonyms, capitals) come from the `world-countries` package (mledoze/countries, ODbL-1.0); the
// international organisations, regions and large cities are a hand-written list of public names.
// Sources and licences: data/NOTICE-builtin-catalogue.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const countries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const wcVersion = JSON.parse(readFileSync(join(dirname(require.resolve('world-countries/countries.json')), 'package.json'), 'utf8')).version;

/** ASCII slug: "North Korea" -> "north-korea", "Sana'a" -> "sanaa", "Washington D.C." -> "washington-dc". */
export function slug(s) {
  return fold(s).toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
/** Without diacritics: "Bogotá" -> "Bogota". */
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ł/g, 'l').replace(/đ/g, 'd');
}
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .'’&-]+$/u;

// Alternative spellings that are English words, first names or surnames, or not names at all: never aliases.
const NOT_NAMES = new Set(['Island', 'Mann', 'Prathet', 'Portuguesa', 'Mexicanos', 'Togolese', 'Thai', 'Saudi', 'Lao', 'Timor', 'Viti', 'Dominique', 'Congo', 'Guiana', 'Macedonia', 'Male', 'Victoria']);
// Short codes that are real names in English text.
const KNOWN_CODES = new Set(['UK', 'US', 'USA', 'UAE', 'DRC', 'DPRK', 'RSA', 'NZ']);
// Capitals that are also common first names or surnames, or plain phrases: not entities of their own.
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Hamilton', 'Douglas', 'Stanley', 'The Valley', 'West Island', 'City of Victoria', 'Jamestown', 'Plymouth', 'King Edward Point', 'The Bottom', 'Flying Fish Cove', 'Road Town', 'Adamstown', 'Kingston', 'Georgetown', 'Saint-Denis', 'Saint-Pierre', 'Marigot', 'Gustavia', 'Alofi', 'Avarua', 'Fakaofo', 'Mata-Utu', 'Cockburn Town', 'Philipsburg', 'Charlotte Amalie', 'Saint Helier', 'St. Peter Port', 'Nuku\'alofa']);
// Corrections to the package's data: the name English news uses, and extra names that news writes.
const COMMON_NAME = { TR: 'Turkey', CZ: 'Czech Republic', VA: 'Vatican City', CV: 'Cape Verde', MK: 'North Macedonia', SZ: 'Eswatini', TL: 'East Timor', CI: 'Ivory Coast', MM: 'Myanmar' };
const EXTRA_ALIASES = {
  US: ['U.S.', 'U.S.A.', 'United States', 'America', 'US of A'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  TR: ['Türkiye', 'Turkiye'],
  CZ: ['Czechia'],
  RU: ['Russian Federation'],
  CD: ['Congo-Kinshasa', 'Democratic Republic of the Congo', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  KP: ['DPRK', 'D.P.R.K.'],
  KR: ['ROK'],
  AE: ['U.A.E.'],
  NL: ['Netherlands', 'Holland'],
  TL: ['Timor-Leste'],
  CV: ['Cabo Verde'],
  PS: ['Palestinian territories', 'Palestinian Territories'],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
};
const EXTRA_DEMONYMS = {
  GB: ['Briton', 'Britons', 'Brits'],
  DK: ['Dane', 'Danes'],
  SE: ['Swede', 'Swedes'],
  FI: ['Finn', 'Finns'],
  PL: ['Pole', 'Poles'],
  TR: ['Turk', 'Turks'],
  ES: ['Spaniard', 'Spaniards'],
  NL: ['Dutchman', 'Dutchmen', 'Dutchwoman'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  SA: ['Saudi', 'Saudis'],
  TH: ['Thai', 'Thais'],
  LA: ['Lao'],
  PH: ['Filipina', 'Filipinos', 'Filipinas', 'Philippine'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik', 'Tajiks'],
  UZ: ['Uzbek', 'Uzbeks'],
  KZ: ['Kazakh', 'Kazakhs'],
  AZ: ['Azeri', 'Azeris'],
  AR: ['Argentinian', 'Argentinians'],
  TM: ['Turkmens'],
  SK: ['Slovaks'],
  SI: ['Slovenian', 'Slovenians', 'Slovenes'],
  CZ: ['Czechs'],
  NZ: ['Kiwi', 'Kiwis'],
  IS: ['Icelandic'],
  LU: ['Luxembourgish'],
  VA: [],
};

// Other spellings of capitals that English news uses.
const CAPITAL_ALIASES = {
  Kyiv: ['Kiev'],
  'Washington D.C.': ['Washington, D.C.', 'Washington DC', 'Washington'],
  'Ulan Bator': ['Ulaanbaatar'],
  Naypyidaw: ['Nay Pyi Taw', 'Naypyitaw'],
  "Sana'a": ['Sanaa'],
  Beijing: ['Peking'],
  Astana: ['Nur-Sultan'],
  Chișinău: ['Chisinau', 'Kishinev'],
  Tehran: ['Teheran'],
  Kathmandu: ['Katmandu'],
};

// Names that belong to an organisation rather than to the territory ("the Vatican said").
const MOVED_ALIASES = new Set(['Vatican', 'Holy See']);

const countryEntities = [];
const claimed = new Map(); // surface -> id, so that a name is never an alias of two entities
const ids = new Set();

function claim(surface, id) {
  const owner = claimed.get(surface);
  if (owner && owner !== id) return false;
  claimed.set(surface, id);
  return true;
}

function cleanAliases(list, id, exclude, isoCodes = false) {
  const out = [];
  for (const raw of list) {
    const a = raw.trim();
    if (!a || exclude.has(a) || out.includes(a)) continue;
    if (/[,()]/.test(a)) continue; // "Korea, Republic of", "Sint Maarten (Dutch part)"
    if (!LATIN.test(a)) continue; // other scripts do not occur in English text
    if (isoCodes && /^[A-Z]{2,3}$/.test(a) && !KNOWN_CODES.has(a)) continue; // ISO codes of countries
    if (NOT_NAMES.has(a) || (isoCodes && MOVED_ALIASES.has(a))) continue;
    if (a.charAt(0) !== a.charAt(0).toUpperCase()) continue; // "weSwatini", "aṣ-Ṣūmāl"
    if (!claim(a, id)) continue;
    out.push(a);
  }
  return out;
}

function withFolded(names) {
  const out = [];
  for (const n of names) {
    out.push(n);
    const f = fold(n);
    if (f !== n && !NOT_NAMES.has(f) && /^[\x20-\x7e]+$/.test(f)) out.push(f);
  }
  return out;
}

function plural(d) {
  if (/(ese|ish|ch|ss|sh|x|s|z|ois|que)$/.test(d) && !/Czech$/.test(d)) return undefined;
  if (/\s/.test(d) && !/(an|er|i)$/.test(d)) return undefined;
  return `${d}s`;
}

// independent countries first, larger first: they keep a demonym or capital that several share
const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true) || b.area - a.area);
const byCode = new Map();
for (const c of ordered) {
  const name = COMMON_NAME[c.cca2] ?? c.name.common;
  const id = slug(name);
  ids.add(id);
  claim(name, id);
  byCode.set(c.cca2, { c, id, name });
}
const capitalEntities = [];
for (const { c, id, name } of byCode.values()) {
  const exclude = new Set([name]);
  const aliases = cleanAliases(withFolded([...(EXTRA_ALIASES[c.cca2] ?? []), c.name.common, c.name.official, ...c.altSpellings]), id, exclude, true);
  const demonyms = [];
  const eng = c.demonyms?.eng;
  const ds = new Set();
  for (const d of [eng?.m, eng?.f]) for (const part of (d ?? '').split(/,| or /)) if (part.trim()) ds.add(part.trim());
  for (const d of [...ds]) {
    const p = plural(d);
    if (p) ds.add(p);
  }
  for (const d of EXTRA_DEMONYMS[c.cca2] ?? []) ds.add(d);
  for (const d of withFolded([...ds])) {
    if (d === name || aliases.includes(d) || demonyms.includes(d) || MOVED_ALIASES.has(d.replace(/s$/, ''))) continue; // "Vatican" is the world-countries demonym of Vatican City
    if (claimed.has(d) && claimed.get(d) !== id) continue;
    if (!claim(d, id)) continue;
    demonyms.push(d);
  }
  const entity = { id, name, kind: 'place', aliases, demonyms, description: c.independent ? 'Country' : 'Territory', links: { iso: c.cca2 }, source: 'built-in' };
  countryEntities.push(entity);
  for (const cap of c.capital ?? []) {
    if (cap === name || aliases.includes(cap) || AMBIGUOUS_CAPITALS.has(cap)) continue;
    const capId = slug(cap);
    if (ids.has(capId) || claimed.has(cap)) continue;
    ids.add(capId);
    claim(cap, capId);
    const capAliases = cleanAliases(withFolded([cap, ...(CAPITAL_ALIASES[cap] ?? [])]), capId, new Set([cap]));
    capitalEntities.push({ id: capId, name: cap, kind: 'place', aliases: capAliases, demonyms: [], description: `Capital of ${name}`, links: {}, source: 'built-in' });
  }
}


// ---------------------------------------------------------------------------------------------
// Hand-written: major international organisations and bodies ([id, name, aliases, description]).
const ORGANISATIONS = [
  ['un', 'United Nations', ['UN', 'U.N.'], 'International organisation'],
  ['un-security-council', 'UN Security Council', ['U.N. Security Council', 'United Nations Security Council', 'Security Council', 'UNSC'], 'UN body'],
  ['un-general-assembly', 'UN General Assembly', ['U.N. General Assembly', 'United Nations General Assembly'], 'UN body'],
  ['un-human-rights-council', 'UN Human Rights Council', ['U.N. Human Rights Council', 'United Nations Human Rights Council', 'UNHRC'], 'UN body'],
  ['unhcr', 'UNHCR', ['UN refugee agency', 'U.N. refugee agency', 'United Nations High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Refugees'], 'UN agency'],
  ['unicef', 'UNICEF', ['Unicef', "United Nations Children's Fund"], 'UN agency'],
  ['unesco', 'UNESCO', ['Unesco', 'United Nations Educational, Scientific and Cultural Organization'], 'UN agency'],
  ['undp', 'UNDP', ['United Nations Development Programme'], 'UN agency'],
  ['unrwa', 'UNRWA', ['United Nations Relief and Works Agency'], 'UN agency'],
  ['wfp', 'World Food Programme', ['WFP', 'World Food Program'], 'UN agency'],
  ['fao', 'Food and Agriculture Organization', ['FAO'], 'UN agency'],
  ['ilo', 'International Labour Organization', ['ILO', 'International Labor Organization'], 'UN agency'],
  ['iom', 'International Organization for Migration', ['IOM'], 'UN agency'],
  ['who', 'World Health Organization', ['WHO', 'World Health Organisation'], 'UN agency'],
  ['iaea', 'International Atomic Energy Agency', ['IAEA'], 'UN agency'],
  ['icj', 'International Court of Justice', ['ICJ', 'World Court'], 'UN court'],
  ['icc', 'International Criminal Court', ['ICC'], 'International court'],
  ['imf', 'International Monetary Fund', ['IMF'], 'International financial institution'],
  ['world-bank', 'World Bank', [], 'International financial institution'],
  ['wto', 'World Trade Organization', ['WTO', 'World Trade Organisation'], 'International organisation'],
  ['oecd', 'OECD', ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'], 'International organisation'],
  ['opec', 'OPEC', ['Organization of the Petroleum Exporting Countries'], 'International organisation'],
  ['opcw', 'OPCW', ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'], 'International organisation'],
  ['eu', 'European Union', ['EU', 'E.U.'], 'Union of European states'],
  ['european-commission', 'European Commission', [], 'EU institution'],
  ['european-parliament', 'European Parliament', [], 'EU institution'],
  ['european-council', 'European Council', [], 'EU institution'],
  ['council-of-the-eu', 'Council of the European Union', ['Council of the EU'], 'EU institution'],
  ['ecb', 'European Central Bank', ['ECB'], 'EU institution'],
  ['council-of-europe', 'Council of Europe', [], 'International organisation'],
  ['echr', 'European Court of Human Rights', ['ECHR'], 'International court'],
  ['nato', 'NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'], 'Military alliance'],
  ['osce', 'OSCE', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], 'International organisation'],
  ['asean', 'ASEAN', ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'], 'International organisation'],
  ['african-union', 'African Union', [], 'International organisation'],
  ['arab-league', 'Arab League', ['League of Arab States'], 'International organisation'],
  ['gcc', 'Gulf Cooperation Council', ['GCC', 'Gulf Co-operation Council'], 'International organisation'],
  ['ecowas', 'ECOWAS', ['Economic Community of West African States'], 'International organisation'],
  ['oas', 'Organization of American States', ['OAS'], 'International organisation'],
  ['mercosur', 'Mercosur', ['MERCOSUR'], 'Trade bloc'],
  ['brics', 'BRICS', [], 'Group of states'],
  ['g7', 'G7', ['G-7', 'Group of Seven'], 'Group of states'],
  ['g20', 'G20', ['G-20', 'Group of 20', 'Group of Twenty'], 'Group of states'],
  ['commonwealth-of-nations', 'Commonwealth of Nations', [], 'International organisation'],
  ['icrc', 'International Committee of the Red Cross', ['ICRC', 'Red Cross'], 'Humanitarian organisation'],
  ['ifrc', 'International Federation of Red Cross and Red Crescent Societies', ['IFRC', 'Red Crescent'], 'Humanitarian organisation'],
  ['msf', 'Doctors Without Borders', ['MSF', 'Médecins Sans Frontières', 'Medecins Sans Frontieres'], 'Humanitarian organisation'],
  ['amnesty-international', 'Amnesty International', ['Amnesty'], 'Human rights organisation'],
  ['human-rights-watch', 'Human Rights Watch', ['HRW'], 'Human rights organisation'],
  ['interpol', 'Interpol', ['INTERPOL'], 'International police organisation'],
  ['europol', 'Europol', [], 'EU agency'],
  ['ioc', 'International Olympic Committee', ['IOC'], 'Sports body'],
  ['fifa', 'FIFA', [], 'Sports body'],
  ['uefa', 'UEFA', [], 'Sports body'],
  ['holy-see', 'Holy See', ['Vatican'], 'Government of the Catholic Church and of Vatican City'],
  ['hamas', 'Hamas', [], 'Palestinian Islamist movement'],
  ['hezbollah', 'Hezbollah', ['Hizbollah', 'Hizballah'], 'Lebanese Shia movement'],
  ['taliban', 'Taliban', [], 'Afghan Islamist movement'],
  ['al-qaeda', 'al-Qaeda', ['al-Qaida', 'Al-Qaeda', 'Al Qaeda', 'al Qaeda'], 'Islamist militant organisation'],
  ['islamic-state', 'Islamic State', ['ISIS', 'ISIL', 'Daesh'], 'Islamist militant organisation'],
  ['kremlin', 'Kremlin', [], 'Seat of the Russian government'],
  ['white-house', 'White House', [], 'Seat of the US government'],
  ['pentagon', 'Pentagon', [], 'US Department of Defense'],
  // international news agencies: sources of many claims
  ['reuters', 'Reuters', ['Thomson Reuters'], 'International news agency'],
  ['associated-press', 'Associated Press', ['AP', 'The Associated Press'], 'US news agency'],
  ['afp', 'Agence France-Presse', ['AFP', 'Agence France Presse'], 'French news agency'],
  ['dpa', 'Deutsche Presse-Agentur', ['dpa', 'DPA'], 'German news agency'],
  ['ansa', 'ANSA', [], 'Italian news agency'],
  ['efe', 'EFE', ['Agencia EFE'], 'Spanish news agency'],
  ['yonhap', 'Yonhap News Agency', ['Yonhap'], 'South Korean news agency'],
  ['kcna', 'Korean Central News Agency', ['KCNA'], 'North Korean state news agency'],
  ['kyodo', 'Kyodo News', ['Kyodo'], 'Japanese news agency'],
  ['xinhua', 'Xinhua News Agency', ['Xinhua'], 'Chinese state news agency'],
  ['tass', 'TASS', ['Tass', 'ITAR-TASS'], 'Russian state news agency'],
  ['ria-novosti', 'RIA Novosti', ['RIA'], 'Russian state news agency'],
  ['interfax', 'Interfax', [], 'Russian news agency'],
  ['ukrinform', 'Ukrinform', [], 'Ukrainian news agency'],
  ['anadolu', 'Anadolu Agency', ['Anadolu'], 'Turkish news agency'],
  ['irna', 'Islamic Republic News Agency', ['IRNA'], 'Iranian state news agency'],
  ['pti', 'Press Trust of India', ['PTI'], 'Indian news agency'],
  ['bernama', 'Bernama', [], 'Malaysian news agency'],
  ['antara', 'Antara', [], 'Indonesian news agency'],
  ['aap', 'Australian Associated Press', ['AAP'], 'Australian news agency'],
  ['bloomberg', 'Bloomberg News', ['Bloomberg'], 'Financial news agency'],
];

// Hand-written: well-known regions, parts of countries and seas (public geography) [id, name, aliases].
const REGIONS = [
  ['europe', 'Europe', []], ['asia', 'Asia', []], ['africa', 'Africa', []], ['north-america', 'North America', []],
  ['south-america', 'South America', []], ['latin-america', 'Latin America', []], ['central-america', 'Central America', []],
  ['oceania', 'Oceania', []], ['arctic', 'Arctic', []], ['middle-east', 'Middle East', ['Mideast']],
  ['near-east', 'Near East', []], ['far-east', 'Far East', []], ['east-asia', 'East Asia', []], ['southeast-asia', 'Southeast Asia', ['South-East Asia', 'South East Asia']],
  ['south-asia', 'South Asia', []], ['central-asia', 'Central Asia', []], ['western-europe', 'Western Europe', []], ['eastern-europe', 'Eastern Europe', []],
  ['central-europe', 'Central Europe', []], ['scandinavia', 'Scandinavia', []], ['balkans', 'Balkans', []], ['baltics', 'Baltic states', ['Baltics']],
  ['caucasus', 'Caucasus', []], ['sahel', 'Sahel', []], ['horn-of-africa', 'Horn of Africa', []], ['sub-saharan-africa', 'Sub-Saharan Africa', ['sub-Saharan Africa']],
  ['north-africa', 'North Africa', []], ['west-africa', 'West Africa', []], ['east-africa', 'East Africa', []], ['caribbean', 'Caribbean', []],
  ['mediterranean', 'Mediterranean', ['Mediterranean Sea']], ['black-sea', 'Black Sea', []], ['baltic-sea', 'Baltic Sea', []], ['red-sea', 'Red Sea', []],
  ['north-sea', 'North Sea', []], ['caspian-sea', 'Caspian Sea', []], ['south-china-sea', 'South China Sea', []], ['east-china-sea', 'East China Sea', []],
  ['persian-gulf', 'Persian Gulf', ['Arabian Gulf']], ['gulf-of-mexico', 'Gulf of Mexico', []], ['strait-of-hormuz', 'Strait of Hormuz', []], ['taiwan-strait', 'Taiwan Strait', []],
  ['english-channel', 'English Channel', []], ['suez-canal', 'Suez Canal', []], ['panama-canal', 'Panama Canal', []],
  ['atlantic-ocean', 'Atlantic Ocean', ['Atlantic']], ['pacific-ocean', 'Pacific Ocean', ['Pacific']], ['indian-ocean', 'Indian Ocean', []], ['arctic-ocean', 'Arctic Ocean', []],
  ['korean-peninsula', 'Korean Peninsula', ['Korean peninsula']], ['dmz', 'Korean Demilitarized Zone', ['DMZ', 'Demilitarized Zone', 'Demilitarised Zone']],
  ['gaza-strip', 'Gaza Strip', ['Gaza']], ['west-bank', 'West Bank', []], ['golan-heights', 'Golan Heights', []], ['sinai', 'Sinai Peninsula', ['Sinai']],
  ['east-jerusalem', 'East Jerusalem', []], ['crimea', 'Crimea', []], ['donbas', 'Donbas', ['Donbass']], ['kashmir', 'Kashmir', []], ['tibet', 'Tibet', []],
  ['xinjiang', 'Xinjiang', []], ['kurdistan', 'Kurdistan', []], ['darfur', 'Darfur', []], ['chechnya', 'Chechnya', []], ['siberia', 'Siberia', []],
  ['nagorno-karabakh', 'Nagorno-Karabakh', ['Karabakh']], ['abkhazia', 'Abkhazia', []], ['south-ossetia', 'South Ossetia', []], ['transnistria', 'Transnistria', []],
  ['england', 'England', [], [], 'GB-ENG'], ['scotland', 'Scotland', [], ['Scottish', 'Scot', 'Scots'], 'GB-SCT'], ['wales', 'Wales', [], ['Welsh'], 'GB-WLS'],
  ['northern-ireland', 'Northern Ireland', [], ['Northern Irish'], 'GB-NIR'], ['korea', 'Korea', [], [], undefined, 'Korea as a whole (the peninsula and its two states)'],
  ['silicon-valley', 'Silicon Valley', []], ['wall-street', 'Wall Street', []],
];

// Hand-written: states of the United States, provinces of Canada, states of Australia.
const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming'];
const CA_PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon', 'Nunavut', 'Northwest Territories'];
const AU_STATES = ['New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Western Australia', 'Northern Territory'];
// Hand-written: large and much-reported cities that are not capitals [name, aliases].
const CITIES = [
  ['New York', ['New York City', 'NYC']], ['Los Angeles', ['L.A.']], ['Chicago', []], ['Houston', []], ['San Francisco', []], ['Boston', []], ['Miami', []],
  ['Seattle', []], ['Atlanta', []], ['Dallas', []], ['Philadelphia', []], ['Detroit', []], ['Las Vegas', []], ['Denver', []], ['San Diego', []], ['Phoenix', []],
  ['New Orleans', []], ['Baltimore', []], ['Pittsburgh', []], ['Cleveland', []], ['Minneapolis', []], ['St. Louis', []], ['Toronto', []], ['Montreal', ['Montréal']],
  ['Vancouver', []], ['São Paulo', ['Sao Paulo']], ['Rio de Janeiro', ['Rio']], ['Johannesburg', []], ['Lagos', []], ['Casablanca', []], ['Alexandria', []],
  ['Istanbul', []], ['Dubai', []], ['Mumbai', ['Bombay']], ['Kolkata', ['Calcutta']], ['Chennai', ['Madras']], ['Bangalore', ['Bengaluru']], ['Karachi', []], ['Lahore', []],
  ['Shanghai', []], ['Guangzhou', []], ['Shenzhen', []], ['Wuhan', []], ['Chongqing', []], ['Osaka', []], ['Ho Chi Minh City', ['Saigon']], ['Sydney', []], ['Melbourne', []],
  ['St. Petersburg', ['Saint Petersburg']], ['Kharkiv', ['Kharkov']], ['Odesa', ['Odessa']], ['Lviv', []], ['Mariupol', []], ['Donetsk', []], ['Luhansk', []],
  ['Aleppo', []], ['Mosul', []], ['Basra', []], ['Kandahar', []], ['Mecca', ['Makkah']], ['Medina', []], ['Jeddah', []], ['Gaza City', []], ['Tel Aviv', []],
  ['Hebron', []], ['Benghazi', []], ['Frankfurt', []], ['Munich', []], ['Hamburg', []], ['Milan', []], ['Barcelona', []], ['Geneva', []], ['Zurich', ['Zürich']],
  ['Manchester', []], ['Edinburgh', []], ['Glasgow', []], ['Belfast', []], ['Cardiff', []], ['Busan', []], ['Incheon', []], ['Kaesong', []],
];

function place(id, name, aliases, description, demonyms = [], iso = undefined) {
  if (ids.has(id) || claimed.has(name)) return undefined;
  ids.add(id);
  claim(name, id);
  const a = cleanAliases(withFolded([name, ...aliases]), id, new Set([name]));
  const d = demonyms.filter((x) => claim(x, id));
  // ISO 3166-2 codes of the nations of the United Kingdom, which field their own national teams
  const links = iso ? { iso } : {};
  return { id, name, kind: 'place', aliases: a, demonyms: d, description, links, source: 'built-in' };
}

const orgEntities = [];
for (const [id, name, aliases, description] of ORGANISATIONS) {
  if (ids.has(id)) throw new Error(`duplicate id ${id}`);
  ids.add(id);
  claim(name, id);
  orgEntities.push({ id, name, kind: 'organisation', aliases: cleanAliases(withFolded(aliases), id, new Set([name])), demonyms: [], description, links: {}, source: 'built-in' });
}
const regionEntities = [];
for (const [id, name, aliases, demonyms, iso, description] of REGIONS) {
  const e = place(id, name, aliases, description ?? (iso ? 'Nation of the United Kingdom' : 'Region'), demonyms ?? [], iso);
  if (e) regionEntities.push(e);
}
for (const [name, aliases] of CITIES) {
  const e = place(slug(name), name, aliases, 'City');
  if (e) regionEntities.push(e);
}

for (const s of US_STATES) {
  const bare = s.replace(/ State$/, '');
  const e = place(slug(bare) === 'washington' || slug(bare) === 'new-york' ? `${slug(bare)}-state` : slug(bare), s, [bare], 'State of the United States');
  if (e) regionEntities.push(e);
}
for (const s of CA_PROVINCES) {
  const e = place(slug(s), s, [], 'Province or territory of Canada');
  if (e) regionEntities.push(e);
}
for (const s of AU_STATES) {
  const e = place(slug(s), s, [], 'State or territory of Australia');
  if (e) regionEntities.push(e);
}
const all = [...countryEntities, ...capitalEntities, ...orgEntities, ...regionEntities];
const seen = new Set();
for (const e of all) {
  if (seen.has(e.id)) throw new Error(`duplicate id ${e.id}`);
  seen.add(e.id);
  if (e.aliases.length === 0) delete e.aliases;
  if (e.demonyms.length === 0) delete e.demonyms;
  if (Object.keys(e.links).length === 0) delete e.links;
}
const json = JSON.stringify(all);
writeFileSync(join(root, 'data', 'builtin-catalogue.json'), `${json}\n`);
console.log(`data/builtin-catalogue.json: ${all.length} entities (${countryEntities.length} countries and territories from world-countries ${wcVersion}, ${capitalEntities.length} capitals, ${orgEntities.length} organisations, ${regionEntities.length} regions and cities), ${(json.length / 1024).toFixed(0)} KB`);
