// Normalisation before matching: spellings, word forms, actors, units and dates that must compare equal.
import { describe, expect, it } from 'vitest';
import { createNormaliser } from '../../src/core/graph/normalise.ts';
import { respelled } from '../../src/core/graph/pair-facts.ts';
import { isWeak, stem, words } from '../../src/core/graph/words.ts';

const registry = [
  {
    id: 'china-government',
    name: "Government of the People's Republic of China",
    type: 'government',
    aliases: ['Beijing', 'China', 'the Chinese government', 'Chinese authorities'],
  },
  {
    id: 'china-foreign-ministry',
    name: 'Chinese foreign ministry',
    type: 'government-body',
    affiliation: 'china-government',
    aliases: ['the foreign ministry'],
  },
  { id: 'uyghurs', name: 'Uyghurs', type: 'group', aliases: ['Uygur', 'Uighur'] },
  { id: 'experts', name: 'Experts', type: 'unnamed', aliases: ['experts'] },
];

describe('word keys', () => {
  it.each([
    ['transliterations', ['Uighurs', 'Uyghur', 'Uygur', 'uighur']],
    ['word forms', ['detained', 'detains', 'detaining', 'detention', 'detainees']],
    ['near-synonyms', ['countries', 'nations', 'nation']],
    ['British and American spelling', ['organisation', 'organization']],
    ['-our and -or', ['labour', 'labor']],
    ['-tre and -ter', ['centre', 'center']],
    ['-tre and -ter in the plural', ['centres', 'centers', 'centred']],
    ['-lled and -led', ['travelled', 'traveled', 'travel']],
    ['British and American spelling beyond the rules of thumb', ['paediatric', 'pediatric']],
    ['-oeu- and -eu-, -re and -er', ['manoeuvres', 'maneuvers', 'maneuver']],
    ['grey and gray', ['grey', 'gray']],
    ['-ement and -ment', ['judgement', 'judgment']],
    ['sc- and sk-', ['sceptical', 'skeptical']],
    ['-logue and -log', ['catalogue', 'catalog']],
    ['-ise and -ize in a verb form', ['criticising', 'criticizing', 'criticized']],
    ['an irregular past and its verb', ['chosen', 'chose', 'choose', 'selected']],
    ['news verbs for one stoppage', ['halted', 'suspended']],
    ['an offer and an invitation', ['offer', 'offered', 'invited', 'invitation']],
    ['a verb and its noun', ['invited', 'invitation', 'inviting']],
    ['news verbs for one arrest', ['arrested', 'detained']],
    ['news verbs for one collapse', ['collapsed', 'burst', 'breached']],
    ['news verbs for one death', ['died', 'killed', 'dead']],
    ['news verbs for one delay', ['postponed', 'delayed', 'deferred']],
    ['a British and an American word for one thing', ['lorry', 'lorries', 'truck']],
    ['an envoy and a diplomat', ['ambassadors', 'diplomats', 'envoy']],
  ])('%s share one key', (_what, forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it.each([
    ['The dam gave way', 'collapsed'],
    ['Water supplies were cut off', 'suspended'],
    ['The minister stepped down', 'resigned'],
    ['The miners walked out', 'strike'],
    ['The app was taken offline', 'closed'],
    ['The vote was put off', 'postponed'],
    ['Thousands were forced from their homes', 'evacuated'],
  ])('“%s”: the two-word verb has the key of “%s”', (text, word) => {
    expect(words(text).map((token) => token.key)).toContain(stem(word));
  });

  // Article words are data: a word every JavaScript object answers to is a word like any other
  // (a saved page with "constructor" in a claim crashed the whole check).
  it.each(['constructor', 'Constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '“%s” is a word with a key of its own',
    (word) => {
      expect(typeof stem(word)).toBe('string');
      expect(words(`The ${word} of the bridge resigned.`).map((token) => token.key)).toContain(stem(word));
    },
  );

  it('weighs words of direction and scope as weak, not the words of a fact', () => {
    expect(['far', 'western', 'Northern', 'foreign'].filter((word) => !isWeak(stem(word)))).toEqual([]);
    expect(['diplomats', 'detained', 'dam', 'increased', 'rose'].filter((word) => isWeak(stem(word)))).toEqual([]);
  });

  it.each([
    ['hike', 'hiked', 'hiking'],
    ['vote', 'voted', 'voting'],
    ['note', 'noted', 'noting'],
    ['stop', 'stopped', 'stopping'],
    ['vow', 'vowed', 'vowing'],
  ])('“%s”, “%s” and “%s” share a key', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('keeps a verb with its silent e apart from the word it would lose it to', () => {
    expect(stem('noted')).not.toBe(stem('not'));
  });

  it.each([
    ['state', 'statement'],
    ['detain', 'train'],
    ['torture', 'abuse'],
  ])('%s and %s stay apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
});

describe('actors', () => {
  const normaliser = createNormaliser(registry);

  it.each([
    ['Beijing denies the allegations'],
    ['The Chinese government has restricted access'],
    ['China invited diplomats'],
    ['Chinese authorities were sounding out interest'],
  ])('“%s” names the Chinese government through the registry', (text) => {
    expect(normaliser.analyse(text).entities).toContain('china-government');
  });

  it('rolls a ministry up to its government, for independence', () => {
    expect(normaliser.root('china-foreign-ministry')).toBe('china-government');
  });

  it('does not read an unnamed source’s description as a name in other text', () => {
    expect(normaliser.analyse('Experts say the figure is too low').entities).toEqual([]);
  });

  it('without a registry, reads capitals and demonyms as the country', () => {
    const bare = createNormaliser();
    expect(
      ['Beijing said', 'the Chinese government said', 'China said'].map((text) => bare.analyse(text).entities),
    ).toEqual([['country:china'], ['country:china'], ['country:china']]);
  });

  it('reads proper names: registry entries, other runs of capitals without a title, not a group or a sentence’s first word', () => {
    const names = (text: string) => normaliser.analyse(text).names.map((name) => name.id ?? name.keys.join(' '));
    expect(names('Hackers stole data of Uighurs from Corvex Bank in Dunmore, Beijing said')).toEqual([
      'china-government',
      `${stem('Corvex')} ${stem('Bank')}`,
      stem('Dunmore'),
    ]);
    expect(names('Mr Feith resigned on Friday')).toEqual([stem('Feith')]);
  });

  it('finds what a text names with “the” only, singular', () => {
    expect(
      normaliser.analyse('Engineers found cracks in the cables of the bridge, and in other bridges').definite,
    ).toEqual([stem('bridge')]);
  });

  it('affiliates a ministry with its government, not two bodies of one government with each other', () => {
    expect(normaliser.affiliated('china-foreign-ministry', 'china-government')).toBe(true);
    expect(normaliser.affiliated('china-government', 'uyghurs')).toBe(false);
  });

  it('keeps actor names out of the content words, but a group stays what the claim is about', () => {
    const { content, entities } = normaliser.analyse('Beijing detained Uighurs');
    expect(entities.sort()).toEqual(['china-government', 'uyghurs']);
    expect(content.sort()).toEqual([stem('detained'), stem('Uyghurs')].sort());
  });
});

describe('quantities', () => {
  const normaliser = createNormaliser(registry);
  const classOf = (unit: string, counted = unit) => normaliser.quantity({ min: 5, max: 5, unit, counted }).unitClass;

  it.each([
    [['people', 'persons', 'individuals', 'detainees']],
    [['countries', 'nations', 'states']],
    [['percent', 'per cent']],
    [['Uyghurs', 'Uighurs']],
  ])('units %j are one class', (units) => {
    expect(new Set(units.map((unit) => classOf(unit))).size).toBe(1);
  });

  it('gives a rounded exact figure a little slack, and open bounds no end', () => {
    expect(normaliser.quantity({ min: 2_000_000, max: 2_000_000, unit: 'people', counted: 'people' })).toMatchObject({
      min: 1_900_000,
      max: 2_100_000,
    });
    expect(normaliser.quantity({ min: 22, max: 22, unit: 'countries', counted: 'countries' })).toMatchObject({
      min: 22,
      max: 22,
    });
    expect(normaliser.quantity({ min: 1_000_000, max: null, unit: 'people', counted: 'people' })).toMatchObject({
      min: 1_000_000,
      max: Infinity,
    });
    expect(normaliser.quantity({ min: null, max: 2_000_000, unit: 'people', counted: 'people' })).toMatchObject({
      min: 0,
      max: 2_000_000,
    });
  });
});

describe('polarity and dates', () => {
  const normaliser = createNormaliser();
  it.each([
    ['Beijing denies any allegations of torture', true, true],
    ['The ministry rejected the report as baseless', true, true],
    ['Turkey did not appear among the signatories', false, true],
    ['The statement is important not only for Xinjiang', false, false],
    ['Allegations of torture are rampant', false, false],
    // "Reject" and "dismiss" deny what is asserted; of an offer or a person they are acts.
    ['The union rejected the allegations of intimidation', true, true],
    ['The company dismissed claims that it ignored warnings', true, true],
    ['The government rejects that the camps exist', true, true],
    ['The union rejected the 4% pay offer', false, false],
    ['Dockworkers turned down the pay offer', false, false],
    ['The president dismissed the interior minister', false, false],
    // "Deny" of a permission is an act: nothing asserted is denied.
    ['Journalists were denied entry to the region', false, false],
    ['The court denied him bail', false, false],
  ])('“%s”: denial %s, negated %s', (text, denial, negated) => {
    expect(normaliser.analyse(text)).toMatchObject({ denial, negated });
  });

  // Two denials of one thing, worded "rejected allegations that …" and "denied that …", share what is denied.
  it.each([
    ['Halden Pharma rejected allegations that its managers knew about the impurity', 'allegations'],
    ['Verrin Catering rejects claims its food sickened the students', 'claims'],
  ])('leaves out the assertion a denial frames: “%s” without “%s”', (text, frame) => {
    const { content } = normaliser.analyse(text);
    expect(content).not.toContain(normaliser.analyse(frame).content[0]);
    expect(content.length).toBeGreaterThan(2);
  });

  it.each([
    ['Beijing denies any allegations of torture', 'allegations of torture'],
    ['The health minister rejected the report', 'health minister report'],
  ])('keeps an assertion that names what is denied: “%s”', (text, kept) => {
    expect(normaliser.analyse(text).content).toEqual(normaliser.analyse(kept).content);
  });

  it('reads capitalised weekdays, so events on different days stay apart', () => {
    expect(normaliser.analyse('Detained on Wednesday, released on Friday').dates.sort()).toEqual([
      'day:friday',
      'day:wednesday',
    ]);
  });

  it.each([
    ['An 8 p.m. curfew', ['clock:20']],
    ['a curfew from 10pm to 6am', ['clock:06', 'clock:22']],
    ['the vote closed at 7.30 p.m. and counting began at midnight', ['clock:00', 'clock:19']],
    ['shops open at 9:15 AM and close at noon', ['clock:09', 'clock:12']],
    ['the curfew starts at 22:00; talks resumed at 1400 GMT', ['clock:14', 'clock:22']],
    // To the hour: "shortly after 4 a.m." and "4:17 a.m." tell one time.
    ['the quake struck at 4:17 a.m.', ['clock:04']],
    // Not a time: a figure before "m" of metres, an hour no clock shows, a pollutant, a radio frequency.
    ['the wall is 8 m high, 13pm, PM2.5 on 1010 AM', []],
  ])('reads times of day as one clock whatever the writing: “%s”', (text, times) => {
    expect(normaliser.analyse(text).dates.sort()).toEqual(times);
  });

  it('reads years and capitalised months, not the verb “may”', () => {
    expect(normaliser.analyse('In March 2019 officials said they may visit in May').dates.sort()).toEqual([
      '2019',
      'month:3',
      'month:5',
    ]);
  });
});

describe('another spelling of a long name', () => {
  it.each([
    ['laczynski', 'lacsynski', true],
    ['zulfiqar', 'zulfikar', true],
    ['jemaah', 'jemah', false],
    ['roos', 'ross', false],
    ['hansenne', 'jansenne', false],
    ['calbridge', 'dunmore', false],
    ['harwick', 'hartwig', false],
  ])('%s / %s: %s', (x, y, same) => {
    expect(respelled(x, y)).toBe(same);
  });
});

describe('whether a claim is negated', () => {
  const normaliser = createNormaliser([]);
  it.each([
    ['a plain negation', 'The bridge was not closed on Tuesday', true],
    ['a contraction written without its apostrophe', 'I dont know anybody on the committee', true],
    ['a contraction with its apostrophe', "I don't know anybody on the committee", true],
    ['a negation in a clause set off by "which"', 'The bank, which did not respond, was fined on Monday', false],
    ['a negation in a condition', 'If the subsidies are not repealed, the union will impose sanctions', false],
    ['the main clause negated after a condition', 'If it rains, the match will not be played', true],
    ['"without" in the main clause', 'Activists were detained without charge', true],
    [
      '"without" after a comma: how, not whether',
      'A freight train derailed on the bend in 2016, without injuries',
      false,
    ],
    ['a negating verb', 'The ministry failed to enforce building codes', true],
    ['a negating verb negated: it did enforce them', 'The ministry did not fail to enforce building codes', false],
    ['"never" and a negating verb', 'He never refused to testify', false],
    ['"never once" and a negating verb', 'The ministry has never once failed to pay', false],
    // A negation that is not the negating verb's own keeps the claim negated.
    ['a "No," of its own', '“No, I refuse to resign,” the minister said.', true],
    ['"without" on a noun', 'Migrants without papers refused to leave the camp', true],
    ['"not" on another verb', 'Residents not evacuated refused to leave their homes', true],
    ['"not" in an aside', 'Lawmakers, not judges, refused to approve the law', true],
    ['a phrase between the negator and the verb', 'Police have not at any time refused to let lawyers in', true],
    ['a relative clause with "who" and no comma', 'The agent who ran him down received nothing', true],
    ['"want" is no contraction', 'The workers want higher pay', false],
  ])('%s: “%s”', (_what, text, negated) => {
    expect(normaliser.analyse(text).negated).toBe(negated);
  });
});
