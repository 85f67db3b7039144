// data/annotations.jsonld against the W3C Web Annotation Data Model test suite's own JSON schemas
// (vendored in tests/vendor/web-annotation, draft-04, read with ajv-draft-04): every assertion of the
// suite's "Musts" manifests, for the collection, its page and each annotation, in a build that knows
// the site's host and in one that does not.
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteOrThrow } from '../../src/core/content/corpus.ts';
import { annotationCollectionJson, nameBasedUrn } from '../../src/core/publish/exports.ts';

const suite = join(import.meta.dirname, '../vendor/web-annotation');
const readJson = (path: string) => JSON.parse(readFileSync(join(suite, path), 'utf8'));

// The suite leaves a keyword's type implied ("items" with no "type": "array"), as draft-04 allowed:
// Ajv's strict typing would warn on each.
const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv);
// The suite's test harness reads these from each assertion; they constrain nothing.
ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
for (const name of readdirSync(join(suite, 'definitions')).filter((file) => file.endsWith('.json')))
  ajv.addSchema(readJson(join('definitions', name)));

/**
 * The assertions a manifest lists, each compiled on its own: two assertion files of the suite share
 * an id (3.2.2-targType.json), which one validator cannot hold twice, so the id is left out; their
 * references name the definitions by file and resolve the same without it.
 */
function assertions(manifest: string): [string, ValidateFunction][] {
  return readJson(manifest).assertions.map((path: string) => {
    const { id: _id, ...schema } = readJson(path);
    expect(schema).toMatchObject({ assertionType: 'must', expectedResult: 'valid' });
    return [path, ajv.compile(schema)];
  });
}
const collectionMusts = assertions('collections/collectionMusts.test');
const pageMusts = assertions('collections/pages/pageMusts.test');
const annotationMusts = assertions('annotations/annotationMusts.test');
const byPath = new Map([...collectionMusts, ...pageMusts, ...annotationMusts]);

/** What an assertion finds wrong with a document: nothing when it holds. */
function failures(validate: ValidateFunction, document: unknown) {
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const builds = [
  ['without CLAIMTRAIL_SITE', '/'],
  ['with CLAIMTRAIL_SITE under a base path', 'https://factcheck.example.org/xinjiang/'],
] as const;
const collectionOf = (prefix: string) => {
  const { graph, texts } = loadSiteOrThrow('content', { base: prefix });
  return { graph, collection: JSON.parse(annotationCollectionJson(graph, { prefix, texts })) };
};
// An annotation read alone, as the suite reads one: with the collection's context.
const standalone = (collection: { '@context': string }, item: object) => ({
  '@context': collection['@context'],
  ...item,
});

describe.each(builds)('data/annotations.jsonld %s', (_, prefix) => {
  const { graph, collection } = collectionOf(prefix);

  it.each(collectionMusts)('the collection meets %s', (_, validate) => {
    expect(failures(validate, collection)).toEqual([]);
  });

  it.each(pageMusts)('its page meets %s', (_, validate) => {
    expect(failures(validate, collection)).toEqual([]);
  });

  it.each(annotationMusts)('every annotation meets %s', (_, validate) => {
    expect(collection.first.items).toHaveLength(graph.claims.length);
    for (const item of collection.first.items)
      expect(failures(validate, standalone(collection, item)), item.id).toEqual([]);
  });

  it('names its collection in its page (partOf), and is the same, byte for byte, from the same input', () => {
    expect(collection.first.partOf).toBe(collection.id);
    const { graph: again, texts } = loadSiteOrThrow('content', { base: prefix });
    expect(annotationCollectionJson(again, { prefix, texts })).toBe(`${JSON.stringify(collection, null, 2)}\n`);
  });
});

describe('identifiers', () => {
  const site = 'https://factcheck.example.org/xinjiang/';
  const hosted = collectionOf(site).collection;
  const unhosted = collectionOf('/').collection;

  it('are the permanent URLs when the host is known, the claim page a link beside', () => {
    expect(hosted.id).toBe(`${site}data/annotations.jsonld`);
    expect(hosted.first.id).toBe(`${site}data/annotations.jsonld#page-1`);
    const [first] = hosted.first.items;
    expect(first.id).toBe(`${site}data/annotations.jsonld#xj6su5`);
    const claimPage = { id: `${site}claims/xj6su5.html`, type: 'Text', format: 'text/html' };
    expect(first.body[1]).toEqual({ type: 'SpecificResource', purpose: 'linking', source: claimPage });
    const text = { id: `${site}data/sources/cnn-2019-22-nations-letter.txt`, type: 'Text', format: 'text/plain' };
    expect(first.target.source).toMatchObject(text);
  });

  it('are name-based UUIDs when it is not, a claim’s from its id: the canonical id of a build with a host', () => {
    // Expected values from Python's uuid.uuid5, in the namespace 2d43071d-0e33-44ba-9560-ec93214ae467.
    expect(unhosted.id).toBe('urn:uuid:d10688b0-cf0e-57fb-9c62-64d5896244fd');
    expect(unhosted.first.id).toBe('urn:uuid:8951e57e-3959-55b3-9483-591a623f8d8d');
    expect(unhosted.first.items[0].id).toBe('urn:uuid:c7b2d034-8c74-54e3-8451-65a5c76fe6fa');
    expect(hosted.first.items[0].canonical).toBe('urn:uuid:c7b2d034-8c74-54e3-8451-65a5c76fe6fa');
    expect(unhosted.first.items[0].body).toHaveLength(1);
  });

  it('follow RFC 9562 version 5 (the RFC’s own example, in its DNS namespace)', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(nameBasedUrn('www.example.com', dns)).toBe('urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('the suite’s schemas refuse what the collection used to hold', () => {
  const { collection } = collectionOf('https://factcheck.example.org/xinjiang/');
  const [item] = collection.first.items;
  const linkWithPurpose = { id: item.body[1].source.id, type: 'Text', format: 'text/html', purpose: 'linking' };
  it.each([
    [
      'a path for the collection’s id',
      'collections/5.1-collectionIdValidated.json',
      { ...collection, id: '/xinjiang/data/annotations.jsonld' },
    ],
    [
      'a fragment for the page’s id',
      'collections/pages/5.2-pageIdValidated.json',
      { ...collection, first: { ...collection.first, id: '#page-1' } },
    ],
    [
      'a path for an annotation’s id',
      'annotations/3.1-annotationIdValidated.json',
      standalone(collection, { ...item, id: '/xinjiang/claims/xj6su5.html#annotation' }),
    ],
    [
      'a purpose on a plain web resource',
      'annotations/bodiesTargets/3.3.5-bodyEWRNoPurpose.json',
      standalone(collection, { ...item, body: [item.body[0], linkWithPurpose] }),
    ],
  ])('%s (%s)', (_, path, document) => {
    expect(failures(byPath.get(path)!, document)).not.toEqual([]);
  });
});
