import assert from 'node:assert/strict';
import { describeQuantity, findQuantities } from '../../src/engine/quantities';
import type { QuantitySpan } from '../../src/engine/types';

/** The one quantity whose text is `span` (fails when there is none). */
function q(text: string, span: string): QuantitySpan {
  const all = findQuantities(text);
  const hit = all.find((x) => x.text === span);
  assert.ok(hit, `no quantity "${span}" in: ${JSON.stringify(all.map((x) => x.text))}`);
  return hit;
}

/** Texts of all quantities found. */
function texts(text: string): string[] {
  return findQuantities(text).map((x) => x.text);
}

/** The normal form of the quantity: the fields a hover or an export uses. */
function form(x: QuantitySpan): Record<string, unknown> {
  const out: Record<string, unknown> = { approx: x.approx, unitKind: x.unitKind };
  if (x.value !== undefined) out.value = x.value;
  if (x.min !== undefined) out.min = x.min;
  if (x.max !== undefined) out.max = x.max;
  if (x.unit !== undefined) out.unit = x.unit;
  return out;
}

describe('findQuantities', () => {
  describe('span invariants', () => {
    const text =
      'About 3,000 nurses and 12 doctors joined the strike on Monday, demanding a 7 percent raise and $2 million for 40 clinics.';
    const found = findQuantities(text);

    it('gives automatic quantity spans whose text is the slice of the article', () => {
      assert.ok(found.length >= 4);
      for (const x of found) {
        assert.equal(x.label, 'quantity');
        assert.equal(x.origin, 'automatic');
        assert.equal(x.text, text.slice(x.start, x.end));
      }
    });

    it('sorts the spans and never lets them overlap', () => {
      for (let i = 1; i < found.length; i++) assert.ok(found[i].start >= found[i - 1].end);
    });

    it('sets the numeric part inside the span', () => {
      const nurses = q(text, 'About 3,000 nurses');
      assert.deepEqual(nurses.number, { start: 6, end: 11 });
      for (const x of found) {
        assert.ok(x.number);
        assert.ok(x.number.start >= x.start && x.number.end <= x.end && x.number.start < x.number.end);
      }
    });

    it('returns nothing for empty text or text without numbers', () => {
      assert.deepEqual(findQuantities(''), []);
      assert.deepEqual(findQuantities('The minister said nothing of note.'), []);
    });

    it('uses UTF-16 offsets after characters outside the BMP', () => {
      const t = 'Fans 🎉 counted 25 goals.';
      const g = q(t, '25 goals');
      assert.equal(t.slice(g.start, g.end), '25 goals');
    });
  });

  describe('digits', () => {
    it('reads thousands separators and decimals', () => {
      assert.deepEqual(form(q('The index closed at 15,517.78 points.', '15,517.78 points')), {
        approx: false, unitKind: 'count', value: 15517.78, unit: 'points',
      });
      assert.equal(q('A crowd of 1,250,000 people gathered.', '1,250,000 people').value, 1250000);
      assert.equal(q('Growth slowed to 0.25 percent.', '0.25 percent').value, 0.25);
    });

    it('reads fractions written with a slash', () => {
      assert.equal(q('The bond rose 9/32 to 104 23/32.', '104 23/32').value, 104 + 23 / 32);
      assert.deepEqual(form(q('Some 3/4 of the members agreed.', 'Some 3/4')), { approx: true, unitKind: 'percent', value: 75, unit: '%' });
    });
  });

  describe('number words', () => {
    it('reads cardinals, compounds and hundreds', () => {
      assert.equal(q('Twenty-one climbers reached the top.', 'Twenty-one climbers').value, 21);
      assert.equal(q('They counted three hundred and twelve ballots.', 'three hundred and twelve ballots').value, 312);
      assert.equal(q('It took two and a half years to finish.', 'two and a half years').value, 2.5);
    });

    it('reads "a dozen", "a hundred", "half a million"', () => {
      assert.equal(q('A dozen boats left the harbour.', 'A dozen boats').value, 12);
      assert.equal(q('Nearly a hundred cars were towed.', 'Nearly a hundred cars').value, 100);
      assert.equal(q('The flood displaced half a million residents.', 'half a million residents').value, 500000);
      assert.equal(q('She baked a half-dozen loaves.', 'a half-dozen loaves').value, 6);
    });

    it('reads fractions as proportions', () => {
      assert.deepEqual(form(q('A third of the voters stayed home.', 'A third')), {
        approx: false, unitKind: 'percent', value: 33.333333, unit: '%',
      });
      assert.equal(q('Two-thirds of the board backed him.', 'Two-thirds').value, 66.666667);
      assert.equal(q('About half the staff work from home.', 'About half').value, 50);
      assert.deepEqual(form(q('Output fell by one-tenth of 1 percent.', 'one-tenth of 1 percent')), {
        approx: false, unitKind: 'percent', value: 0.1, unit: '%',
      });
    });

    it('reads multipliers', () => {
      assert.deepEqual(form(q('Demand grew tenfold in a decade.', 'tenfold')), { approx: false, unitKind: 'count', value: 10, unit: 'fold' });
      assert.equal(q('Visits rose 18-fold.', '18-fold').value, 18);
    });
  });

  describe('scale words and suffixes', () => {
    it('applies thousand, million, billion, trillion', () => {
      assert.equal(q('The city has 2.4 million residents.', '2.4 million residents').value, 2400000);
      assert.equal(q('About 5 thousand fans came.', 'About 5 thousand fans').value, 5000);
      assert.equal(q('Debt reached 1.73 trillion dollars.', '1.73 trillion dollars').value, 1730000000000);
    });

    it('applies glued suffixes bn, m and k', () => {
      assert.deepEqual(form(q('The merger is worth £3.5bn.', '£3.5bn')), { approx: false, unitKind: 'money', value: 3500000000, unit: 'GBP' });
      assert.equal(q('The club paid €40m for him.', '€40m').value, 40000000);
      assert.equal(q('The rally drew 20k supporters.', '20k supporters').value, 20000);
      assert.equal(q('Roughly 5m people live there.', 'Roughly 5m people').value, 5000000);
    });

    it('reads a glued m or k without money or a counted noun as a distance', () => {
      assert.deepEqual(form(q('She won the 100m final.', '100m')), { approx: false, unitKind: 'measure', value: 100, unit: 'm' });
    });
  });

  describe('vague magnitudes', () => {
    it('gives "thousands of" a lower bound and marks it approximate', () => {
      assert.deepEqual(form(q('Thousands of workers marched on Sunday.', 'Thousands of workers')), {
        approx: true, unitKind: 'count', min: 1000, unit: 'workers',
      });
      assert.deepEqual(form(q('Police detained dozens of students.', 'dozens of students')), {
        approx: true, unitKind: 'count', min: 12, unit: 'students',
      });
    });

    it('multiplies chained magnitudes and finds money behind them', () => {
      assert.equal(q('Tens of thousands of farmers protested.', 'Tens of thousands of farmers').min, 10000);
      assert.deepEqual(form(q('The scheme cost hundreds of millions of dollars.', 'hundreds of millions of dollars')), {
        approx: true, unitKind: 'money', min: 100000000, unit: 'USD',
      });
    });

    it('reads a magnitude on its own and "several hundred"', () => {
      assert.deepEqual(form(q('The blast injured hundreds.', 'hundreds')), { approx: true, unitKind: 'count', min: 100 });
      assert.equal(q('Several hundred houses burned.', 'Several hundred houses').min, 300);
      assert.equal(q('A few thousand tickets remain.', 'A few thousand tickets').min, 2000);
    });

    it('needs a unit after "several" on its own', () => {
      assert.equal(q('Several inches of rain fell.', 'Several inches').unitKind, 'measure');
      assert.deepEqual(texts('Several people were hurt.'), []);
    });
  });

  describe('approximators and bounds', () => {
    const cases: Array<[string, string, Record<string, unknown>]> = [
      ['Around 600 families left.', 'Around 600 families', { approx: true, value: 600 }],
      ['It weighs about 40 kg.', 'about 40 kg', { approx: true, value: 40 }],
      ['Nearly 900 guards were hired.', 'Nearly 900 guards', { approx: true, value: 900 }],
      ['The army sent some 25,000 troops.', 'some 25,000 troops', { approx: true, value: 25000 }],
      ['More than 200 flights were cancelled.', 'More than 200 flights', { approx: false, min: 200 }],
      ['At least 40 houses collapsed.', 'At least 40 houses', { approx: false, min: 40 }],
      ['The ferry holds up to 300 passengers.', 'up to 300 passengers', { approx: false, max: 300 }],
      ['Fewer than 10 shops opened.', 'Fewer than 10 shops', { approx: false, max: 10 }],
      ['As many as 1,000 people fled.', 'As many as 1,000 people', { approx: false, max: 1000 }],
      ['One of 100 or so miners escaped.', '100 or so miners', { approx: true, value: 100 }],
    ];
    for (const [text, span, expected] of cases) {
      it(`reads "${span}"`, () => {
        const x = q(text, span);
        for (const [k, v] of Object.entries(expected)) assert.equal((x as unknown as Record<string, unknown>)[k], v, k);
        if (!('value' in expected)) assert.equal(x.value, undefined);
      });
    }
  });

  describe('ranges', () => {
    it('reads "between X and Y" with the counted noun', () => {
      assert.deepEqual(form(q('Between 200 and 300 people gathered.', 'Between 200 and 300 people')), {
        approx: false, unitKind: 'count', min: 200, max: 300, unit: 'people',
      });
    });

    it('reads "X to Y" and shares the unit and the scale', () => {
      assert.deepEqual(form(q('The plan needs 20 to 30 nurses.', '20 to 30 nurses')), {
        approx: false, unitKind: 'count', min: 20, max: 30, unit: 'nurses',
      });
      assert.deepEqual(form(q('Sales should reach 15 to 15.5 million units.', '15 to 15.5 million units')), {
        approx: false, unitKind: 'count', min: 15000000, max: 15500000, unit: 'units',
      });
      assert.deepEqual(form(q('Tickets cost $30 to $40 each.', '$30 to $40')), {
        approx: false, unitKind: 'money', min: 30, max: 40, unit: 'USD',
      });
    });

    it('reads "X-Y" with a unit or a counted noun', () => {
      assert.deepEqual(form(q('Members get a 5-15 percent discount.', '5-15 percent')), {
        approx: false, unitKind: 'percent', min: 5, max: 15, unit: '%',
      });
      assert.deepEqual(form(q('The 200–300 marchers walked on.', '200–300 marchers')), {
        approx: false, unitKind: 'count', min: 200, max: 300, unit: 'marchers',
      });
    });

    it('does not read a change "from X to Y" or a ratio "9 to 1" as a range', () => {
      assert.deepEqual(texts('The rate rose from 5 to 7 percent.'), ['5', '7 percent']);
      assert.deepEqual(texts('They were outnumbered 9 to 1.'), ['9', '1']);
      assert.deepEqual(form(q('Fares ranged from $18 to $100.', 'from $18 to $100')), {
        approx: false, unitKind: 'money', min: 18, max: 100, unit: 'USD',
      });
    });
  });

  describe('percentages', () => {
    it('reads "%", "percent", "per cent" and percentage points', () => {
      for (const [text, span, value] of [
        ['Turnout was 58%.', '58%', 58],
        ['Prices rose 3.9 percent.', '3.9 percent', 3.9],
        ['Only 21.3 per cent were built.', '21.3 per cent', 21.3],
        ['Twenty-eight percent agreed.', 'Twenty-eight percent', 28],
      ] as const) {
        assert.deepEqual(form(q(text, span)), { approx: false, unitKind: 'percent', value, unit: '%' });
      }
      assert.deepEqual(form(q('The bank cut rates by 0.25 percentage points.', '0.25 percentage points')), {
        approx: false, unitKind: 'percent', value: 0.25, unit: 'percentage points',
      });
      assert.equal(q('Yields fell 3 basis points.', '3 basis points').unit, 'basis points');
    });
  });

  describe('money', () => {
    it('reads currency signs with scale words', () => {
      assert.deepEqual(form(q('The state will borrow $3.5 billion.', '$3.5 billion')), {
        approx: false, unitKind: 'money', value: 3500000000, unit: 'USD',
      });
      assert.equal(q('Tickets sold for US$45.', 'US$45').unit, 'USD');
      assert.equal(q('The flat cost HK$8 million.', 'HK$8 million').unit, 'HKD');
      assert.equal(q('Lunch was ¥1,200.', '¥1,200').unit, 'JPY');
    });

    it('reads codes before and after the number', () => {
      assert.deepEqual(form(q('The fine is RM50,000.', 'RM50,000')), { approx: false, unitKind: 'money', value: 50000, unit: 'MYR' });
      assert.equal(q('The IMF withheld a dlrs 220 million loan.', 'dlrs 220 million').value, 220000000);
      assert.equal(q('They raised USD 4 million.', 'USD 4 million').unit, 'USD');
      assert.equal(q('The bill came to 300 EUR.', '300 EUR').unit, 'EUR');
    });

    it('reads currency words: euros, yuan, won, rupees, cents', () => {
      assert.deepEqual(form(q('The grant is worth 40 million euros.', '40 million euros')), {
        approx: false, unitKind: 'money', value: 40000000, unit: 'EUR',
      });
      assert.equal(q('Exports rose to 30 billion yuan.', '30 billion yuan').unit, 'CNY');
      assert.deepEqual(form(q('Seoul set aside 5 trillion won for chips.', '5 trillion won')), {
        approx: false, unitKind: 'money', value: 5000000000000, unit: 'KRW',
      });
      assert.equal(q('The fee is 500 rupees.', '500 rupees').unit, 'INR');
      assert.equal(q('Hourly pay rose 4 cents.', '4 cents').unit, 'cents');
      assert.equal(q('They paid 2 million Swiss francs.', '2 million Swiss francs').unit, 'CHF');
    });

    it('does not read the verb "won" as money', () => {
      assert.deepEqual(form(q('The team won 3 medals.', '3 medals')), { approx: false, unitKind: 'count', value: 3, unit: 'medals' });
      assert.deepEqual(texts('She won 2 of them.'), ['2']);
    });

    it('reads a rate after an amount', () => {
      assert.equal(q('Guards earn $1,300 a week.', '$1,300 a week').unit, 'USD/week');
      assert.equal(q('Rooms cost RM120 per day.', 'RM120 per day').unit, 'MYR/day');
    });

    it('tells pounds of money from pounds of weight', () => {
      assert.equal(q('He left 3 million pounds to charity.', '3 million pounds').unitKind, 'money');
      assert.deepEqual(form(q('Add 2 pounds of potatoes.', '2 pounds')), { approx: false, unitKind: 'measure', value: 2, unit: 'lb' });
    });
  });

  describe('durations and ages', () => {
    it('reads a compound like "five-year" as a duration without the noun after it', () => {
      const x = q('She began a five-year term in May.', 'five-year');
      assert.deepEqual(form(x), { approx: false, unitKind: 'duration', value: 5, unit: 'year' });
    });

    it('reads "two weeks" and "three decades"', () => {
      assert.deepEqual(form(q('The talks lasted two weeks.', 'two weeks')), { approx: false, unitKind: 'duration', value: 2, unit: 'week' });
      assert.equal(q('The feud went on for three decades.', 'three decades').unit, 'decade');
      assert.equal(q('He waited half an hour.', 'half an hour').value, 0.5);
    });

    it('reads ages', () => {
      assert.deepEqual(form(q('A 10-year-old girl was found safe.', '10-year-old')), {
        approx: false, unitKind: 'duration', value: 10, unit: 'years old',
      });
      assert.equal(q('The boy was 7 years old.', '7 years old').unit, 'years old');
      assert.deepEqual(form(q('The pilot, 52, was unhurt.', '52')), { approx: false, unitKind: 'duration', value: 52, unit: 'years old' });
      assert.equal(q('She left school aged sixteen.', 'sixteen').unit, 'years old');
      assert.deepEqual(form(q('He is in his early 50s.', 'early 50s')), {
        approx: true, unitKind: 'duration', min: 50, max: 53, unit: 'years old',
      });
    });

    it('does not read "two years ago" as a quantity', () => {
      assert.deepEqual(texts('The mill closed two years ago.'), []);
    });
  });

  describe('measures', () => {
    it('reads units after the number', () => {
      assert.deepEqual(form(q('The road is 47 kilometres long.', '47 kilometres')), { approx: false, unitKind: 'measure', value: 47, unit: 'km' });
      assert.equal(q('The ship carried 40,000 tonnes of wheat.', '40,000 tonnes').unit, 't');
      assert.deepEqual(form(q('The field pumps 2 million barrels a day.', '2 million barrels a day')), {
        approx: false, unitKind: 'measure', value: 2000000, unit: 'barrel/day',
      });
      assert.equal(q('The park covers 240,000 square meters.', '240,000 square meters').unit, 'm²');
      assert.equal(q('It was 40 degrees Celsius.', '40 degrees Celsius').unit, '°C');
    });

    it('reads glued units and compounds', () => {
      assert.equal(q('The resort is 47km north of town.', '47km').unit, 'km');
      assert.equal(q('He won the 50-kilometer race.', '50-kilometer').unit, 'km');
      assert.equal(q('A 250,000-square-foot mall opened.', '250,000-square-foot').unit, 'sq ft');
    });

    it('reads other compounds as counts of their noun', () => {
      assert.deepEqual(form(q('The 14-story tower burned.', '14-story')), { approx: false, unitKind: 'count', value: 14, unit: 'story' });
      assert.equal(q('A three-judge panel ruled.', 'three-judge').value, 3);
    });
  });

  describe('the counted thing', () => {
    it('skips adjectives and names of nationality before the noun', () => {
      assert.deepEqual(form(q('Around 10,000 North Korean soldiers are in Russia.', 'Around 10,000 North Korean soldiers')), {
        approx: true, unitKind: 'count', value: 10000, unit: 'soldiers',
      });
      assert.equal(q('It has five political parties.', 'five political parties').unit, 'parties');
      assert.equal(q('Some 1,000 new phone lines were laid.', 'Some 1,000 new phone lines').unit, 'lines');
    });

    it('stops at verbs, prepositions and punctuation', () => {
      assert.equal(q('The 5,000 protesters approved a plan.', '5,000 protesters').unit, 'protesters');
      assert.deepEqual(form(q('About 200 of her relatives left.', 'About 200')), { approx: true, unitKind: 'count', value: 200 });
      assert.equal(q('Nine people died and 45 were hurt.', '45').unit, undefined);
    });

    it('takes a singular noun after "one" and irregular plurals', () => {
      assert.equal(q('One question still haunts them.', 'One question').unit, 'question');
      assert.equal(q('Only one senior official said so.', 'one senior official').unit, 'official');
      assert.equal(q('The fire killed 16 children.', '16 children').unit, 'children');
      assert.equal(q('They hired 20 police officers.', '20 police officers').unit, 'officers');
    });
  });

  describe('not quantities', () => {
    const none: Array<[string, string]> = [
      ['years', 'The law was passed in 1998 and changed in 2004.'],
      ['a year range', 'The 1997-98 budget was cut.'],
      ['decades', 'Prices fell through the 1990s.'],
      ['dates', 'He arrived on March 14, 1978, and left on Sept. 3.'],
      ['day-month dates', 'The vote is on 12 May.'],
      ['times', 'The train leaves at 2:30 and arrives at 5 p.m.'],
      ['ordinals', 'She finished 3rd, and her 21st birthday was the first.'],
      ['phone numbers', 'Call 555-1234 or (202) 555-0199 for details.'],
      ['scores', 'The Yankees won 3-1 after a 10-2 loss, and she won 6-3, 7-5.'],
      ['spaced scores', 'Sweden 1 – 0 Mexico.'],
      ['names with digits', 'Leaders of the G7 met; the Big 12 and COVID-19 were discussed.'],
      ['model numbers', 'The Boeing 747 and the F-16 flew over Route 66.'],
      ['chapter and label numbers', 'The firm filed for Chapter 11; see page 5 and the No. 1 seed.'],
      ['number words in names', 'Formula One teams met the Big Four auditors.'],
      ['pronoun one', 'No one came. One can see why.'],
      ['street addresses', 'They live at 601 Riverview Drive.'],
      ['numbered list items', '1. Heat the oven.'],
      ['ordinal fractions', 'He shot a third-round 68.'],
    ];
    for (const [what, text] of none) {
      it(`ignores ${what}`, () => {
        const found = texts(text);
        if (what === 'ordinal fractions') assert.deepEqual(found, ['68']);
        else assert.deepEqual(found, []);
      });
    }
  });
});

describe('describeQuantity', () => {
  it('gives the three hover texts of the issue', () => {
    assert.equal(describeQuantity(q('Around 10,000 North Korean soldiers are in Russia.', 'Around 10,000 North Korean soldiers')), '≈ 10,000 soldiers (approximate)');
    assert.equal(describeQuantity(q('She began a five-year term.', 'five-year')), '5 years');
    assert.equal(describeQuantity(q('The state will borrow $3.5 billion.', '$3.5 billion')), '3,500,000,000 USD');
  });

  it('writes bounds, ranges and percentages', () => {
    assert.equal(describeQuantity(q('At least 40 houses collapsed.', 'At least 40 houses')), 'at least 40 houses');
    assert.equal(describeQuantity(q('The ferry holds up to 300 passengers.', 'up to 300 passengers')), 'up to 300 passengers');
    assert.equal(describeQuantity(q('Between 200 and 300 people gathered.', 'Between 200 and 300 people')), '200–300 people');
    assert.equal(describeQuantity(q('Thousands of workers marched.', 'Thousands of workers')), 'at least 1,000 workers (approximate)');
    assert.equal(describeQuantity(q('Turnout was 58.5%.', '58.5%')), '58.5%');
    assert.equal(describeQuantity(q('A 10-year-old girl was found.', '10-year-old')), '10 years old');
    assert.equal(describeQuantity(q('The road is 300 miles long.', '300 miles')), '300 miles');
    assert.equal(describeQuantity(q('It lasted one week.', 'one week')), '1 week');
  });
});

describe('findQuantities speed', () => {
  it('reads a megabyte of number-heavy news text in linear time', () => {
    const para =
      'About 3,000 nurses and 12 doctors joined the strike on Monday, demanding a 7 percent raise. Officials said ' +
      'between 200 and 300 clinics, some 40% of the total, closed for two weeks; the union wants $2.5 billion. ';
    const small = para.repeat(Math.ceil(100_000 / para.length));
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    findQuantities(small);
    const t0 = performance.now();
    const nBig = findQuantities(big).length;
    const ms = performance.now() - t0;
    assert.ok(nBig > 30000);
    // generous bound (shared test machines): 1 MB in under a second
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });
});
