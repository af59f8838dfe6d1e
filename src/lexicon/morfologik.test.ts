import { describe, expect, it } from 'vitest';
import { Cfsa2 } from './cfsa2.ts';
import { dictionaryBytes, testDictionary } from './fixtures/dictionary.ts';
import { parseDictionaryInfo } from './morfologik.ts';
import { parseTag } from './tags.ts';

const dict = testDictionary();

describe('Morfologik dictionary reader', () => {
  it.each([
    ['Putinem', 'Putin', 'subst:sg:inst:m1'],
    ['obwodzie', 'obwód', 'subst:sg:loc:m3+subst:sg:voc:m3'],
    ['Korei', 'Korea', 'subst:pl:gen:f+subst:sg:dat:f+subst:sg:gen:f+subst:sg:loc:f'],
    ['saperów', 'saper', 'subst:pl:acc:m1+subst:pl:gen:m1'],
    // The lemma shares only the first byte of "ę"/"ą" with the form: decoded as bytes.
    ['zginęło', 'zginąć', 'verb:praet:sg:n1.n2:ter:perf:nonrefl'],
    ['Władimira', 'Władimir', 'subst:sg:acc:m1+subst:sg:gen:m1'],
  ])('%s -> %s %s', (form, lemma, tag) => {
    expect(dict.lookup(form)).toContainEqual({ lemma, tag });
  });

  it('gives every reading of an ambiguous form', () => {
    const lemmas = dict.lookup('tysięcy').map((a) => a.lemma);
    expect(lemmas).toEqual(expect.arrayContaining(['tysiąc']));
    expect(dict.lookup('ok').map((a) => a.lemma)).toEqual(expect.arrayContaining(['oko', 'około']));
  });

  it('is case-sensitive and knows nothing of unknown words', () => {
    expect(dict.lookup('putinem')).toEqual([]);
    expect(dict.lookup('Szojgu')).toEqual([]);
    expect(dict.lookup('')).toEqual([]);
    expect(dict.lookup('a;b')).toEqual([]);
  });

  it('reads the encoder and separator from polish.info', () => {
    expect(parseDictionaryInfo('fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=PREFIX')).toEqual({ separator: ';', encoder: 'PREFIX' });
    expect(() => parseDictionaryInfo('fsa.dict.encoder=INFIX')).toThrow(/INFIX is not supported/);
  });

  it('refuses a file that is not a CFSA2 automaton', () => {
    expect(() => Cfsa2.parse(new TextEncoder().encode('hello world'))).toThrow(/not a morfologik automaton/);
    const bytes = dictionaryBytes().slice(0, 64);
    bytes[4] = 0xc5;
    expect(() => Cfsa2.parse(bytes)).toThrow(/version 0xc5 is not supported/);
  });
});

describe('parseTag', () => {
  it('turns readings into case, number and gender sets', () => {
    const [adj] = parseTag('rosyjski', 'adj:pl:gen:m1.m2.m3.f.n1.n2.p1.p2.p3:pos');
    expect(adj).toMatchObject({ lemma: 'rosyjski', pos: 'adj', cases: 2, numbers: 2 });
    const verb = parseTag('zginąć', 'verb:praet:sg:n1.n2:ter:perf:nonrefl')[0]!;
    expect(verb).toMatchObject({ pos: 'verb', form: 'praet', numbers: 1 });
    expect(parseTag('Korea', 'subst:sg:gen:f+subst:sg:loc:f')).toHaveLength(2);
  });
});
