import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findActors } from '../../src/engine/actors';
import { parseBuiltInCatalogue } from '../../src/engine/builtin';
import { mergeCatalogues } from '../../src/engine/catalogue';
import { buildCatalogueIndex } from '../../src/engine/matcher';
import { slugify } from '../../src/engine/names';
import type { ActorSpan, Entity } from '../../src/engine/types';

const builtIn = parseBuiltInCatalogue(JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'builtin-catalogue.json'), 'utf8')));
const index = buildCatalogueIndex(builtIn);

const show = (a: ActorSpan): string => `${a.text}|${a.kind}|${a.entities ? a.entities.join('+') : a.entity}|${a.via}`;
const actors = (text: string, options?: Parameters<typeof findActors>[2]): string[] => findActors(text, index, options).map(show);
const find = (text: string, surface: string): ActorSpan | undefined => findActors(text, index).find((a) => a.text === surface);

describe('built-in catalogue', () => {
  it('has countries, capitals, demonyms and organisations with stable ids', () => {
    const byId = new Map(builtIn.map((e) => [e.id, e]));
    for (const id of ['north-korea', 'south-korea', 'united-states', 'seoul', 'kyiv', 'eu', 'un', 'nato', 'un-security-council', 'iaea', 'dmz']) assert.ok(byId.has(id), id);
    assert.equal(byId.get('north-korea')?.kind, 'place');
    assert.ok(byId.get('estonia')?.demonyms.includes('Estonian'));
    assert.ok(byId.get('united-states')?.aliases.includes('U.S.'));
    assert.ok(byId.get('un')?.aliases.includes('U.N.'));
    assert.equal(byId.get('eu')?.kind, 'organisation');
    for (const e of builtIn) assert.equal(e.source, 'built-in');
  });

  it('refuses malformed data', () => {
    assert.throws(() => parseBuiltInCatalogue({}), /array/);
    assert.throws(() => parseBuiltInCatalogue([{ id: 'x', name: 'X', kind: 'planet' }]), /unknown kind/);
    assert.throws(() => parseBuiltInCatalogue([{ id: 'x', name: 'X', kind: 'place' }, { id: 'x', name: 'Y', kind: 'place' }]), /duplicate id/);
    assert.throws(() => parseBuiltInCatalogue([{ id: 'x', kind: 'place' }]), /missing name/);
    assert.throws(() => parseBuiltInCatalogue([{ id: 'x', name: 'X', kind: 'place', aliases: [1] }]), /aliases/);
    assert.deepEqual(parseBuiltInCatalogue([{ id: 'x', name: 'X', kind: 'place' }])[0], { id: 'x', name: 'X', kind: 'place', aliases: [], demonyms: [], links: {}, source: 'built-in' });
  });
});

describe('findActors', () => {
  it('finds catalogue places and organisations with their ids', () => {
    assert.deepEqual(actors('Officials in Seoul briefed the EU and the U.N. Security Council on Monday.'), [
      'Seoul|place|seoul|name',
      'EU|organisation|eu|alias',
      'U.N. Security Council|organisation|un-security-council|alias',
    ]);
  });

  it('keeps a title out of a detected person and gives a provisional id', () => {
    const text = 'The talks were led by Foreign Minister Cho Tae-yul and a delegation.';
    const a = find(text, 'Cho Tae-yul');
    assert.ok(a, JSON.stringify(actors(text)));
    assert.equal(a.kind, 'person');
    assert.equal(a.entity, 'cho-tae-yul');
    assert.equal(a.unknown, true);
    assert.equal(a.via, 'detected');
    assert.equal(actors(text).length, 1);
  });

  it('refers a later surname back to the full name', () => {
    const text = 'Envoy Marta Vilanova arrived on Sunday. Vilanova said the visit would be short, and reporters asked Vilanova about it.';
    const refs = findActors(text, index).filter((a) => a.text === 'Vilanova');
    assert.equal(refs.length, 2);
    for (const r of refs) {
      assert.equal(r.entity, 'marta-vilanova');
      assert.equal(r.kind, 'person');
      assert.equal(r.via, 'reference');
    }
  });

  it('finds organisations by their last word', () => {
    const text = 'The figures came from the Harbour Statistics Agency and the Ministry of Fisheries, which both declined to comment.';
    assert.equal(find(text, 'Harbour Statistics Agency')?.kind, 'organisation');
    assert.equal(find(text, 'Ministry of Fisheries')?.kind, 'organisation');
  });

  it('handles possessives with straight and curly apostrophes', () => {
    const text = "Norway\u2019s envoy met Tomas Lindqvist's deputy.";
    assert.deepEqual(actors(text), ['Norway|place|norway|name', 'Tomas Lindqvist|person|tomas-lindqvist|detected']);
  });

  it('keeps a name together across a line break', () => {
    const text = 'She spoke with Marta\nVilanova before the vote.';
    const a = findActors(text, index);
    assert.equal(a.length, 1);
    assert.equal(a[0].text, 'Marta\nVilanova');
    assert.equal(a[0].entity, 'marta-vilanova');
  });

  it('does not take sentence-initial words for names', () => {
    assert.deepEqual(actors('Yesterday the committee met. Several members left early. According to witnesses, nothing was decided.'), []);
    assert.deepEqual(actors('Meanwhile Ingrid Solberg resigned.'), ['Ingrid Solberg|person|ingrid-solberg|detected']);
  });

  it('does not take hashtags and account handles for names', () => {
    assert.deepEqual(actors('Supporters used #SaveTheQuay, and @HarbourWatch shared photos sent by Mirela Dancu.'), ['Mirela Dancu|person|mirela-dancu|detected']);
  });

  it('does not take a sentence-initial word for a name when the article also writes it in lower case', () => {
    assert.deepEqual(actors('Farmers add iodine to the feed.\n\nIodine deficiency is rare now, said Okafor.'), ['Okafor|person|okafor|detected']);
    assert.deepEqual(actors('Critics call homeopathy a placebo. Homeopathy remains popular in Dunmore.'), ['Dunmore|place|dunmore|detected']);
  });

  it('reads headlines in capitals without taking every word for a name', () => {
    assert.deepEqual(actors('NORTH KOREA WARNS SEOUL OVER DRILLS\nThe warning came late.'), ['NORTH KOREA|place|north-korea|name', 'SEOUL|place|seoul|name']);
  });

  it('marks coordinated names with both entities', () => {
    const [a] = findActors('the border between North and South Korea', index);
    assert.equal(a.text, 'North and South Korea');
    assert.deepEqual(a.entities, ['north-korea', 'south-korea']);
  });

  it('marks nationality words of places the text names, or all of them on request', () => {
    const text = 'North Korean soldiers crossed into Russia, North Korea said, and an Estonian official objected.';
    assert.deepEqual(actors(text), ['North Korean|place|north-korea|demonym', 'Russia|place|russia|name', 'North Korea|place|north-korea|name']);
    assert.ok(actors(text, { demonyms: 'all' }).includes('Estonian|place|estonia|demonym'));
    assert.ok(!actors(text, { demonyms: 'none' }).some((a) => a.endsWith('|demonym')));
  });

  it('lets a longer name contain a catalogue place', () => {
    const text = 'According to the Washington Post, the deal is off.';
    assert.deepEqual(actors(text), ['Washington Post|organisation|washington-post|detected']);
  });

  it('keeps a newspaper named after its city whole, not a city and a stray word', () => {
    // before: "Toronto" a place and "Star" a person
    assert.deepEqual(actors('The story ran in the Toronto Star on Friday.'), ['Toronto Star|organisation|toronto-star|detected']);
    assert.deepEqual(actors('"Flooding hits the coast" — Toronto Star, August 15, 2026'), ['Toronto Star|organisation|toronto-star|detected']);
    // a given name that is also a place keeps its own rule ("Jordan Peterson" is a person)
    assert.deepEqual(actors('Jordan Peterson spoke in Ottawa.'), ['Jordan Peterson|person|jordan-peterson|detected', 'Ottawa|place|ottawa|name']);
  });

  it('takes a name with an organisation word before "for" or "of" for an organisation, even after a given name', () => {
    // before: a person, because the name starts with "Andy"
    const out = actors('The Andy Warhol Foundation for the Visual Arts made two donations.');
    assert.deepEqual(out, ['Andy Warhol Foundation for the Visual Arts|organisation|andy-warhol-foundation-for-the-visual-arts|detected']);
  });

  it('reads a capitalised institution word in mid-sentence as the institution', () => {
    assert.deepEqual(actors('It was left to Congress, he said, and the House agreed.'), ['Congress|organisation|congress|detected', 'House|organisation|house|detected']);
    assert.deepEqual(actors('Last week, Senate Majority Leader Trent Lott spoke.'), ['Senate|organisation|senate|detected', 'Trent Lott|person|trent-lott|detected']);
    // another determiner makes it a noun; a lower-case word is never a name
    assert.deepEqual(actors('They wanted a Senate of their own and bought a house.'), []);
    // "the Government" is a common noun in both news corpora we measure on
    assert.deepEqual(actors('He said the Government will act.'), []);
  });

  it('takes a single unknown name after a sentence-opening "The" for an organisation', () => {
    // before: "Guardian" a person
    assert.deepEqual(actors('The Guardian cited examples.'), ['Guardian|organisation|guardian|detected']);
  });

  it('takes an unknown name after "of" that follows a name for an organisation', () => {
    // before: "Demosisto" and "Neo Democrats" people
    assert.deepEqual(actors('Joshua Wong of Demosisto spoke; Gary Fan of the Neo Democrats lost.'), [
      'Joshua Wong|person|joshua-wong|detected',
      'Demosisto|organisation|demosisto|detected',
      'Gary Fan|person|gary-fan|detected',
      'Neo Democrats|organisation|neo-democrats|detected',
    ]);
    assert.deepEqual(actors('He talked to the son of John Smith.'), ['John Smith|person|john-smith|detected']);
  });

  it('takes a capitalised verb after "the" for a name ("the Met"), a capitalised noun not', () => {
    assert.deepEqual(actors('He wanted to help the Met singers.'), ['Met|organisation|met|detected']);
    assert.deepEqual(actors('He saw the Man in the Valley.'), []);
  });

  it('takes "the Vatican" for the Holy See, not a nationality word', () => {
    assert.deepEqual(actors('The Vatican said on Saturday that a Vatican document was ready.'), ['Vatican|organisation|holy-see|alias', 'Vatican|organisation|holy-see|alias']);
  });

  it('reads a title word after a given name as a surname, there and later in the text', () => {
    // before: "Michael" alone, and "Cardinal" never a name
    assert.deepEqual(actors('Michael Cardinal, who built the lodge, sued. Cardinal decided to make a stand.'), [
      'Michael Cardinal|person|michael-cardinal|detected',
      'Cardinal|person|michael-cardinal|reference',
    ]);
    assert.deepEqual(actors('Stephen King wrote it. King lives in Maine.').slice(0, 2), ['Stephen King|person|stephen-king|detected', 'King|person|stephen-king|reference']);
    // a title before a name stays a title
    assert.deepEqual(actors('Prime Minister Boris Johnson met King Charles.'), ['Boris Johnson|person|boris-johnson|detected', 'Charles|person|charles|detected']);
  });

  it('takes a surname with an adjective ending for a name when a verb follows it', () => {
    // before: "Milosevic ordered" and "Gandhi spoke" read like "Siberian hats"
    assert.deepEqual(actors('Milosevic ordered the attack. Then Gandhi spoke.'), ['Milosevic|person|milosevic|detected', 'Gandhi|person|gandhi|detected']);
    assert.deepEqual(actors('Siberian hats were sold and Jewish leaders met.'), []);
  });

  it("keeps a group's possessive inside an organisation's name", () => {
    // before: "Army" alone, and "New People" a place with "Party" beside it
    assert.deepEqual(actors("Commanders of the Korean People’s Army said so."), ["Korean People’s Army|organisation|korean-peoples-army|detected"]);
    assert.deepEqual(actors("Regina Ip of the New People's Party and the Workers' Party of Korea."), [
      'Regina Ip|person|regina-ip|detected',
      "New People's Party|organisation|new-peoples-party|detected",
      "Workers' Party of Korea|organisation|workers-party-of-korea|detected",
    ]);
  });

  it('keeps the first word of an organisation that opens a sentence', () => {
    const out = actors('Rain fell all night. Civil Defense Authority officials said the road was closed.');
    assert.ok(out.includes('Civil Defense Authority|organisation|civil-defense-authority|detected'), out.join(', '));
    // a word that is no name, before a given name, is left out too
    assert.deepEqual(actors('Nonpartisan Paul Tse was re-elected.'), ['Paul Tse|person|paul-tse|detected']);
    // a common word before a person's name is still left out
    assert.deepEqual(actors('Residents Jane Doe and John Roe complained.'), ['Jane Doe|person|jane-doe|detected', 'John Roe|person|john-roe|detected']);
  });

  it('reads a dateline', () => {
    const out = actors('OSLO, Norway (AP) _ The talks resumed.');
    assert.equal(out[0], 'OSLO|place|oslo|name');
    // the agency is in the built-in catalogue (news agencies)
    assert.ok(out.includes('AP|organisation|associated-press|alias'), out.join(', '));
  });

  it('lets a workspace catalogue override and extend a built-in entry', () => {
    const workspace: Entity[] = [
      { id: 'seoul', name: 'Seoul', kind: 'place', aliases: ['Hanyang'], demonyms: [], links: {}, description: 'capital', source: 'ws.yaml' },
      { id: 'marta-vilanova', name: 'Marta Vilanova', kind: 'person', aliases: [], demonyms: [], links: {}, source: 'ws.yaml' },
    ];
    const merged = buildCatalogueIndex(mergeCatalogues([builtIn, workspace]));
    const out = findActors('In old Hanyang, Marta Vilanova spoke. Later Vilanova left.', merged);
    assert.deepEqual(out.map(show), ['Hanyang|place|seoul|alias', 'Marta Vilanova|person|marta-vilanova|name', 'Vilanova|person|marta-vilanova|reference']);
    assert.equal(out[2].unknown, undefined);
  });

  it('can leave unknown names out', () => {
    assert.deepEqual(actors('Marta Vilanova visited Seoul.', { detectNames: false }), ['Seoul|place|seoul|name']);
  });

  it('returns sorted spans that never overlap, with text equal to the slice', () => {
    const text = 'SEOUL, South Korea (AP) _ Foreign Minister Cho Tae-yul met U.N. Secretary-General Ana Ferreira, the EU envoy, and officials of the Korea Maritime Institute in Busan.\nCho said the Institute would help.';
    const out = findActors(text, index);
    for (let i = 0; i < out.length; i++) {
      assert.equal(out[i].text, text.slice(out[i].start, out[i].end));
      if (i > 0) assert.ok(out[i].start >= out[i - 1].end, `${show(out[i - 1])} / ${show(out[i])}`);
    }
    assert.ok(out.some((a) => a.text === 'Ana Ferreira' && a.kind === 'person'));
    assert.ok(out.some((a) => a.text === 'Korea Maritime Institute' && a.kind === 'organisation'));
    assert.ok(out.some((a) => a.text === 'Cho' && a.via === 'reference' && a.entity === 'cho-tae-yul'));
  });

  it('finds a full name at the start of a sentence', () => {
    assert.deepEqual(actors('Ingrid Solberg resigned on Friday. Solberg had led the party since 2019.'), [
      'Ingrid Solberg|person|ingrid-solberg|detected',
      'Solberg|person|ingrid-solberg|reference',
    ]);
  });

  it('does not take a common word that opens a sentence for a name', () => {
    // before: "Success", "Sales" and "Tickets" were people
    assert.deepEqual(actors('Success came late. Sales rose in March. Tickets sold out.'), []);
  });

  it('does not take the plural of an acronym for a name', () => {
    // before: four people
    assert.deepEqual(actors('He sold CDs and DVDs to MPs and CEOs.'), []);
  });

  it('strips titles with their own words and abbreviations', () => {
    const out = actors('Secretary of State Ana Ferreira met Gen. Tomas Lindqvist and Mr. Okafor in Geneva.');
    assert.ok(out.includes('Ana Ferreira|person|ana-ferreira|detected'), out.join(', '));
    assert.ok(out.includes('Tomas Lindqvist|person|tomas-lindqvist|detected'), out.join(', '));
    assert.ok(out.includes('Okafor|person|okafor|detected'), out.join(', '));
    assert.ok(!out.some((a) => a.startsWith('State')), out.join(', '));
  });

  it('keeps the organisation of a title out of the person after it', () => {
    const text = 'The co-founder of Brightwave, Nadia Okafor, said so.';
    const out = actors(text.replace('co-founder', 'Co-founder'));
    assert.ok(out.includes('Brightwave|organisation|brightwave|detected') || out.some((a) => a.startsWith('Brightwave|organisation')), out.join(', '));
    assert.ok(out.includes('Nadia Okafor|person|nadia-okafor|detected'), out.join(', '));
  });

  it('names an organisation that contains a catalogue place', () => {
    assert.deepEqual(actors('She studied at the University of Texas before moving on.'), ['University of Texas|organisation|university-of-texas|detected']);
  });

  it('knows a town by the state after it', () => {
    const out = findActors('The plant in Marlowe, Ark., closed.', index);
    assert.equal(out.find((a) => a.text === 'Marlowe')?.kind, 'place');
    assert.equal(out.find((a) => a.text === 'Ark')?.kind, 'place');
  });

  it('does not take products, events and adjectives for actors', () => {
    assert.deepEqual(actors('Users of Internet Explorer watched the World Cup while Siberian hats sold well.'), []);
  });

  it('does not take religious holidays and pilgrimages for actors', () => {
    // before: "Hajj" an organisation, "Yom Kippur" and "Diwali" people
    assert.deepEqual(actors('Pilgrims arrive for the Hajj; the attack came on Yom Kippur; families gathered for Diwali.'), []);
  });

  it('takes a capitalised phrase that fills a quotation for the title of a work', () => {
    assert.deepEqual(actors('He starred in \u201cEasy Rider\u201d and later in "Silver Clouds," a drama.'), []);
    // with small words in lower case; before: "Man" and "Iron Mask" were people
    assert.deepEqual(actors('He starred in "The Man in the Iron Mask," and Kim Hale wrote "The Gifts of the Jews."'), ['Kim Hale|person|kim-hale|detected']);
    // a quoted sentence is not a title
    assert.deepEqual(actors('"We will win," Smith said.'), ['Smith|person|smith|detected']);
  });

  it('takes a short heading line for no name unless something makes it one', () => {
    // before: "Anime" and "Results" were people
    assert.deepEqual(actors('Anime\nFans queued for hours.'), []);
    assert.deepEqual(actors('Election Results\nThe count ended at midnight.'), []);
    assert.deepEqual(actors('Barack Obama\nThe former president spoke.'), ['Barack Obama|person|barack-obama|detected']);
    // a name does not run from a heading into the line under it (before: "Strike\nMarieke Janssen")
    assert.deepEqual(actors('Harbour Strike\nMarieke Janssen said the port was shut.'), ['Marieke Janssen|person|marieke-janssen|detected']);
  });

  it('takes a title-case headline word for a name only with evidence', () => {
    assert.deepEqual(actors('Strong Winds Delay Harbour Reopening\nThe harbour stayed shut.'), []);
    const out = actors('Solberg Wins Vote\nIngrid Solberg won the vote on Friday.');
    assert.equal(out[0], 'Solberg|person|ingrid-solberg|reference');
  });

  it('marks a country as its team in a sports report', () => {
    const out = findActors('Sweden beat South Korea 1-0 with a late goal from their striker.', index);
    assert.deepEqual(out.map((a) => `${a.text}|${a.kind}|${a.entity}`), ['Sweden|organisation|sweden', 'South Korea|organisation|south-korea']);
  });

  it('slugifies names into ids', () => {
    assert.equal(slugify('Cho Tae-yul'), 'cho-tae-yul');
    assert.equal(slugify('José Martí'), 'jose-marti');
    assert.equal(slugify("Sana'a"), 'sanaa');
  });
});
