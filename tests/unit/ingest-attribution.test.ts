// Attribution: the cue, the source and the chain of each sentence, resolved against the registry
// and the speakers named before it; names the registry lacks become draft sources.
import { describe, expect, test } from 'vitest';
import { Attributor } from '../../src/core/ingest/attribution.ts';
import { guessSource } from '../../src/core/ingest/source-guess.ts';
import { genericAlias, slug } from '../../src/core/ingest/source-names.ts';
import { unnamedClaimants } from '../../src/core/ingest/claim-model.ts';
import { registry } from './attribution-registry.ts';

/** The chains of the last sentence, after reading the ones before it (ids, nearest first). */
function chains(...sentences: string[]): string[][] {
  const attributor = new Attributor(registry, 'courier');
  let last: string[][] = [];
  for (const sentence of sentences)
    last = attributor.attribute(sentence).map((attribution) => attribution.chain.map((ref) => ref.id));
  return last;
}

describe('Attributor.attribute', () => {
  test.each([
    [
      'citing: the reporter, then whom it cites',
      ['Citing diplomatic sources, the Reuters news agency reported that the envoys had been invited.'],
      [['reuters', 'diplomatic-sources']],
    ],
    [
      'told: the agency told, then its source',
      ['Citing diplomatic sources, Reuters reported it, with one source telling the agency the talks had begun.'],
      [
        ['reuters', 'diplomatic-sources'],
        ['reuters', 'diplomatic-sources'],
      ],
    ],
    [
      'according to',
      ['According to the US State Department, up to 2 million people have been held.'],
      [['state-department']],
    ],
    ['a name matched ignoring case and a leading "the"', ['The REUTERS news agency reported the move.'], [['reuters']]],
    [
      'the publisher itself is not in the chain',
      ['A foreign diplomat told the Courier that envoys would accept.'],
      [['a-foreign-diplomat']],
    ],
    [
      '"the statement" is whoever issued it',
      [
        'Arland has invited envoys to the region.',
        'In a statement on Wednesday, the foreign ministry confirmed the invitation.',
        '“Seeing is believing,” the statement said.',
      ],
      [['foreign-ministry']],
    ],
    [
      '"it added" is the last organisation',
      [
        'Arland has invited envoys to the region.',
        'The foreign ministry said the visit was planned.',
        'It added that details were being settled.',
      ],
      [['foreign-ministry']],
    ],
    [
      '"he" is the last person',
      ['"The statement is important," said John Fisher.', 'He said pressure would grow.'],
      [['john-fisher']],
    ],
    [
      'a surname is the person named before',
      ['"We are worried," said Ines Calder, the party spokeswoman.', 'Calder said 200 members had been arrested.'],
      [['ines-calder']],
    ],
    [
      '"the ministry" by its registry alias, once the article has named its government',
      ['Arland has invited envoys to the region.', 'The ministry denied the report.'],
      [['foreign-ministry']],
    ],
    [
      "a participle after a comma: the clause's speaker",
      [
        'Arland has invited envoys to the region.',
        'In a statement, the foreign ministry confirmed the invitation, saying the envoys were welcome.',
      ],
      [['foreign-ministry'], ['foreign-ministry'], ['foreign-ministry']],
    ],
    ['a name before its role', ["Ines Calder, the party's spokeswoman, said the vote was rigged."], [['ines-calder']]],
    [
      'a role before the name',
      ["The party's spokeswoman, Ines Calder, told reporters that the vote was rigged."],
      [['ines-calder']],
    ],
    ["a statement is its issuer's", ['A police statement said the leader was held.'], [['police']]],
    [
      '"estimated to" is not a cue',
      [
        "The extension, estimated to cost $1.2 billion, will be the largest project, according to the council's planning office.",
      ],
      [['councils-planning-office']],
    ],
    [
      '"the agency" is the agency named before, over a registry alias',
      [
        'More than 3,000 people were evacuated, according to the regional civil protection agency.',
        'The agency said it had deployed 400 firefighters.',
      ],
      [['regional-civil-protection-agency']],
    ],
    [
      'an unnamed source the registry lacks becomes a draft',
      ['About 2,400 homes were evacuated, county officials said.'],
      [['county-officials']],
    ],
    ['a passive verb names no speaker', ['No injuries have been reported.'], []],
    ['no cue, no attribution', ['The bridge was closed on Monday for repairs.'], []],
    [
      'a relative clause between the name and the cue',
      ['Gen. Ann Roe, who leads the northern command, said 300 troops were ready.'],
      [['ann-roe']],
    ],
    [
      'a name before a role after a possessive name',
      ["Dr. Tom Lee, Valtra's chief engineer, said the line was safe.", 'She said it would reopen.'],
      [['tom-lee']],
    ],
    [
      '"she" after a titled name is that person',
      [
        "Cllr Maya Ross, the council's cabinet member for housing, said no decision had been made.",
        '"We will consult everyone," she said.',
      ],
      [['maya-ross']],
    ],
    [
      'a role, then the name, after the cue',
      ['"We have no staff," said the clinic\'s director, Dr. Hana Vos.'],
      [['hana-vos']],
    ],
    [
      'what it is, then its name',
      ['About 9,000 homes lost power, according to the grid operator Valtra.'],
      [['valtra']],
    ],
    [
      'an "-ing" word after "the" is part of the name',
      ['According to the engineering firm Ross & Lind, costs doubled.'],
      [['ross-lind']],
    ],
    [
      'a place after a preposition is not the speaker',
      ['An official in Valmora told the Courier that the bridge would close.'],
      [['official-in-valmora']],
    ],
    [
      'a time word between the speaker and the cue',
      ['Valtra Energy today announced 200 new jobs.'],
      [['valtra-energy']],
    ],
    [
      '"the agency" is the agency the article named in full',
      [
        'Nurses accused the regional health agency of neglect.',
        'The agency said in a statement that the ward would reopen.',
      ],
      [['regional-health-agency']],
    ],
    [
      '"the operator" is the organisation the sentence is about',
      ['Northway Trains has cancelled all services, the operator said.'],
      [['northway-trains']],
    ],
    [
      'a common noun opening the sentence is not an organisation',
      ['Passengers will not be charged, the company said.'],
      [['company']],
    ],
    [
      '"the company" is the organisation a sentence before opened with',
      [
        'KESTWICK – Harbour Line Ferries today announced a new route.',
        'Passengers will not be charged, the company said.',
      ],
      [['harbour-line-ferries']],
    ],
    [
      'figures are whoever compiled them',
      [
        'The county council said the school could close.',
        'It had 112 pupils in 2014, according to council figures seen by the Courier.',
      ],
      [['county-council']],
    ],
    [
      'citing a reason is not citing a source',
      ['The hospital closed the ward, its director announced, citing a shortage of nurses.'],
      [['its-director']],
    ],
    ['a pronoun with nobody before it stays unresolved', ['He said the bridge would reopen.'], []],
  ])('%s', (_, sentences, expected) => {
    expect(chains(...sentences)).toEqual(expected);
  });

  test("the source's words and offsets are given", () => {
    const sentence = 'Citing diplomatic sources, the Reuters news agency reported that envoys were invited.';
    const [attribution] = new Attributor(registry, 'courier').attribute(sentence);
    expect(attribution!.cue).toBe('reported');
    expect(attribution!.chain.map((ref) => (ref.start === null ? null : sentence.slice(ref.start, ref.end!)))).toEqual([
      'the Reuters news agency',
      'diplomatic sources',
    ]);
  });

  test('names the registry lacks become draft sources, each once', () => {
    const attributor = new Attributor(registry, 'courier');
    attributor.attribute('"This ruling will put farms out of business," said Mayor Luca Ferrand.');
    attributor.attribute('Experts estimate that 400 homes were flooded.');
    attributor.attribute('Ferrand said the town would appeal.');
    expect(attributor.newSources()).toEqual([
      expect.objectContaining({ id: 'luca-ferrand', name: 'Luca Ferrand', type: 'person', role: 'Mayor' }),
      expect.objectContaining({ id: 'experts', name: 'Experts', type: 'unnamed' }),
    ]);
  });

  test('the publisher named in its own text (a release’s issuer) is the publisher: no draft source, no chain', () => {
    const attributor = new Attributor(registry, 'harbour-line-ferries');
    expect(attributor.attribute('KESTWICK – Harbour Line Ferries today announced a new route.')).toEqual([]);
    expect(attributor.attribute('Passengers will not be charged, the company said.')).toEqual([]);
    expect(attributor.newSources()).toEqual([]);
  });

  test('an unnamed claimant is the registry’s when it has one, else a draft source proposed once', () => {
    const attributor = new Attributor(registry, 'courier');
    expect(attributor.unnamed(unnamedClaimants['unnamed-accusers'])).toBe('unnamed-accusers');
    expect(attributor.unnamed(unnamedClaimants['unnamed-accusers'])).toBe('unnamed-accusers');
    expect(
      attributor.unnamed({ id: 'diplomatic-sources', name: 'Diplomatic sources', type: 'unnamed', description: 'x' }),
    ).toBe('diplomatic-sources');
    expect(attributor.newSources()).toEqual([
      expect.objectContaining({ id: 'unnamed-accusers', name: 'Unnamed accusers', type: 'unnamed' }),
    ]);
  });

  test('a reason cited is no draft source', () => {
    const attributor = new Attributor(registry, 'courier');
    attributor.attribute('The hospital closed the ward, its director announced, citing a shortage of nurses.');
    expect(attributor.newSources().map((source) => source.id)).toEqual(['its-director']);
  });

  test('mentions: registry names in the text, with offsets', () => {
    const text = 'John Fisher spoke to the Reuters news agency in the capital. Fisher said the Agency knew.';
    const mentions = new Attributor(registry, 'courier').mentions(text);
    expect(mentions.map((mention) => [mention.id, text.slice(mention.start, mention.end)])).toEqual([
      ['john-fisher', 'John Fisher'],
      ['reuters', 'the Reuters news agency'],
    ]);
  });
});

// A registry alias that names no one in particular ("the agency", "the ministry", a surname) stands
// for its source only where the article has named that source in full, or its government, or where
// the source is the publisher: "The agency said…" in a long text that never names Reuters is not Reuters.
describe('generic aliases only in context', () => {
  test.each([
    ['"the agency", Reuters never named', ['The agency said 300 people had been evacuated.'], 'courier', [['agency']]],
    [
      '"the agency" after Reuters is named',
      ['Reuters reported the evacuation on Monday.', 'The agency said 300 people had been evacuated.'],
      'courier',
      [['reuters']],
    ],
    [
      '"the agency" after the Reuters news agency is named',
      [
        'Citing officials, the Reuters news agency reported the evacuation.',
        'The agency said 300 people had been evacuated.',
      ],
      'courier',
      [['reuters']],
    ],
    [
      '"the agency" long after a text that never names Reuters',
      [...Array.from({ length: 30 }, (_, index) => `The agency said ${index + 2} villages had been cut off.`)],
      'courier',
      [['agency']],
    ],
    ['"the ministry", its government never named', ['The ministry denied the report.'], 'courier', [['ministry']]],
    [
      '"the ministry" after its government is named',
      ['Arland has invited envoys to the region.', 'The ministry denied the report.'],
      'courier',
      [['foreign-ministry']],
    ],
    [
      '"the foreign ministry" after the ministry is named in full',
      ['The Foreign ministry of Arland issued a note.', 'The foreign ministry said the visit was planned.'],
      'courier',
      [['foreign-ministry']],
    ],
    ['a surname alone is no registry person', ['Fisher said the bridge would reopen.'], 'courier', [['fisher']]],
    [
      'a surname after the full name',
      ['"We are worried," said John Fisher.', 'Fisher said the bridge would reopen.'],
      'courier',
      [['john-fisher']],
    ],
    [
      '"telling the agency": not Reuters when it is not named',
      ['One official told the agency the talks had begun.'],
      'courier',
      [['one-official']],
    ],
    [
      '"telling the agency": Reuters when Reuters publishes the article',
      ['Citing diplomatic sources, one source told the agency the talks had begun.'],
      'reuters',
      [['diplomatic-sources']],
    ],
    [
      '"told the Courier": the publisher',
      ['A foreign diplomat told the Courier that envoys would accept.'],
      'courier',
      [['a-foreign-diplomat']],
    ],
    [
      '"one source" after diplomatic sources are named',
      ['Citing diplomatic sources, the Courier reported the talks.', 'One source said the envoys would go.'],
      'courier',
      [['diplomatic-sources']],
    ],
  ])('%s', (_, sentences, publisher, expected) => {
    const attributor = new Attributor(registry, publisher);
    let last: string[][] = [];
    for (const sentence of sentences)
      last = attributor.attribute(sentence).map((attribution) => attribution.chain.map((ref) => ref.id));
    expect(last).toEqual(expected);
  });

  test('a registry source a generic alias does not reach is no mention either; named in full, it is', () => {
    const attributor = new Attributor(registry, 'courier');
    expect(attributor.mentions('The Agency said so, and the Ministry agreed.')).toEqual([]);
    attributor.note('Reuters and Arland');
    expect(attributor.mentions('The Agency said so, and the Ministry agreed.').map((mention) => mention.id)).toEqual([
      'reuters',
      'foreign-ministry',
    ]);
  });

  test.each([
    ['the agency', { name: 'Reuters', aliases: ['the Reuters news agency', 'the agency'], type: 'news-agency' }, true],
    [
      'the foreign ministry',
      { name: 'Chinese foreign ministry', aliases: ['the foreign ministry'], type: 'government-body' },
      true,
    ],
    ['the Post', { name: 'South China Morning Post', aliases: ['SCMP', 'the Post'], type: 'outlet' }, true],
    ['one source', { name: 'Diplomatic sources', aliases: ['one source'], type: 'unnamed' }, true],
    ['Fisher', { name: 'John Fisher', aliases: ['Fisher'], type: 'person' }, true],
    ['the Reuters news agency', { name: 'Reuters', aliases: ['the Reuters news agency'], type: 'news-agency' }, false],
    ['SCMP', { name: 'South China Morning Post', aliases: ['SCMP'], type: 'outlet' }, false],
    ['Beijing', { name: 'Government of China', aliases: ['Beijing'], type: 'government' }, false],
    [
      'the group of 22 nations',
      { name: 'Signatories', aliases: ['the group of 22 nations'], type: 'government' },
      false,
    ],
    ['experts', { name: 'Experts', aliases: ['experts'], type: 'unnamed' }, false],
  ] as const)('genericAlias(%s)', (alias, source, generic) => {
    expect(genericAlias(alias, { ...source, aliases: [...source.aliases] })).toBe(generic);
  });
});

describe('guessSource', () => {
  test.each([
    ['Turkish President Recep Erdogan', { name: 'Recep Erdogan', type: 'person', role: 'Turkish President' }],
    ['the Ministry of Health', { name: 'Ministry of Health', type: 'government-body' }],
    ['Amnesty International', { name: 'Amnesty International', type: 'ngo' }],
    ['the United Nations', { name: 'United Nations', type: 'intergovernmental' }],
    ['diplomatic sources', { name: 'Diplomatic sources', type: 'unnamed' }],
    ['the Daily Planet newspaper', { name: 'Daily Planet newspaper', type: 'outlet' }],
    ['the Xinhua news agency', { name: 'Xinhua news agency', type: 'news-agency' }],
  ])('%s', (surface, guess) => {
    expect(guessSource(surface)).toEqual(guess);
  });

  test.each([
    ['Luca Ferrand', 'luca-ferrand'],
    ['Ministère de l’Intérieur', 'ministere-de-l-interieur'],
    ['UN', 'source-un'],
  ])('slug(%s) is %s', (name, id) => {
    expect(slug(name)).toBe(id);
  });
});
