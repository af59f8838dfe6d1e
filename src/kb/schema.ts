// JSON Schemas for the files of a knowledge base directory. The shapes mirror
// src/model/types.ts; semantic checks (references, ontology, quotes) live in validate.ts.
import { BASES, FACTUALITIES, POLARITIES, PRECISIONS, STATUSES } from '../model/types.ts';

type Schema = Record<string, unknown>;

export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';
const TYPE_ID = '^[A-Z][A-Za-z0-9]*$';
const RELATION_TYPE_ID = '^[A-Z][A-Z0-9_]*$';
const COLOR = '^#[0-9a-fA-F]{6}$';
/**
 * An absolute web address: http or https, a host, no whitespace or control characters.
 * Anything else (javascript:, data:, a relative path) could run or mislead when the
 * explorer makes it a link.
 */
export const WEB_URL = '^https?://[^\\s\\p{Cc}/?#\\\\]+(?:[/?#][^\\s\\p{Cc}]*)?$';
const webUrl: Schema = { type: 'string', pattern: WEB_URL };

const nonEmpty: Schema = { type: 'string', minLength: 1 };

export const langText: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['pl', 'en'],
  properties: { pl: nonEmpty, en: nonEmpty },
};

const strict = (properties: Schema, required: string[]): Schema => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

/** A fixed vocabulary: exactly these ids (the builder reasons with them), each with its labels. */
function vocabulary(ids: readonly string[], extra: Schema = {}): Schema {
  const entry = strict({ label: langText, description: langText, ...extra }, ['label', ...Object.keys(extra)]);
  return strict(Object.fromEntries(ids.map((id) => [id, entry])), [...ids]);
}

export const ontologySchema: Schema = strict(
  {
    entityTypes: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: TYPE_ID },
      additionalProperties: strict({ label: langText, color: { type: 'string', pattern: COLOR }, description: langText }, ['label', 'color']),
    },
    relationTypes: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: RELATION_TYPE_ID },
      additionalProperties: strict(
        {
          label: langText,
          color: { type: 'string', pattern: COLOR },
          subject: { type: 'array', minItems: 1, items: nonEmpty },
          object: { type: 'array', minItems: 1, items: nonEmpty },
          repeatable: { type: 'boolean' },
          description: langText,
        },
        ['label', 'color', 'subject', 'object'],
      ),
    },
    factuality: vocabulary(FACTUALITIES, { rank: { type: 'integer' } }),
    polarity: vocabulary(POLARITIES),
    status: vocabulary(STATUSES),
    basis: vocabulary(BASES),
  },
  ['entityTypes', 'relationTypes', 'factuality', 'polarity', 'status', 'basis'],
);

export const sourceSchema: Schema = strict(
  {
    id: { type: 'string', pattern: ID_PATTERN },
    title: langText,
    language: { type: 'string', pattern: '^[a-z]{2,3}$' },
    published: { type: 'string' },
    outlet: strict({ id: { type: 'string', pattern: ID_PATTERN }, name: nonEmpty, country: nonEmpty, url: webUrl, note: nonEmpty }, []),
    url: webUrl,
    text: { type: 'string', pattern: '^[^/\\\\]+\\.txt$' },
    note: nonEmpty,
  },
  ['id', 'title', 'language', 'published', 'outlet', 'text'],
);

const entity: Schema = strict(
  {
    id: { type: 'string', pattern: ID_PATTERN },
    type: nonEmpty,
    name: langText,
    genitive: { type: 'object', additionalProperties: false, minProperties: 1, properties: { pl: nonEmpty, en: nonEmpty } },
    aliases: { type: 'array', items: nonEmpty },
    mentions: { type: 'object', propertyNames: { pattern: ID_PATTERN }, additionalProperties: { type: 'array', minItems: 1, items: nonEmpty } },
    wikidata: { type: 'string', pattern: '^Q[1-9][0-9]*$' },
    description: langText,
    attributes: {
      type: 'object',
      // Names that could reach an object's prototype are refused outright.
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]*$', not: { enum: ['constructor', 'prototype'] } },
      additionalProperties: { type: ['string', 'number', 'boolean'] },
    },
  },
  ['id', 'type', 'name'],
);

export const entitiesFileSchema: Schema = strict({ entities: { type: 'array', items: entity } }, ['entities']);

// Every qualifier value says where it comes from; `rule` and `note` are required by
// validate.ts for `metadata` and `inferred`.
const basis: Schema = { basis: { enum: [...BASES] }, rule: nonEmpty, note: nonEmpty };

const pluralForms: Schema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: Object.fromEntries(['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => [c, nonEmpty])),
};
const unitForms: Schema = { type: 'object', additionalProperties: false, minProperties: 1, properties: { pl: pluralForms, en: pluralForms } };
const quantity: Schema = strict({ value: { type: 'number' }, precision: { enum: [...PRECISIONS] }, unit: langText, unitForms, ...basis }, [
  'value',
  'precision',
  'basis',
]);
const valueQualifier = (value: Schema): Schema => strict({ value, ...basis }, ['value', 'basis']);
const textQualifier: Schema = strict({ pl: nonEmpty, en: nonEmpty, ...basis }, ['pl', 'en', 'basis']);

const evidence: Schema = strict(
  {
    source: nonEmpty,
    quote: nonEmpty,
    claimedBy: { type: 'array', items: nonEmpty },
    factuality: { enum: [...FACTUALITIES] },
    polarity: { enum: [...POLARITIES] },
    status: { enum: [...STATUSES] },
    // Which occurrence of a quote found more than once is meant (see evidence.ts).
    occurrence: { type: 'integer', minimum: 1 },
    prefix: nonEmpty,
    suffix: nonEmpty,
  },
  ['source', 'quote'],
);

const relation: Schema = strict(
  {
    id: { type: 'string', pattern: ID_PATTERN },
    subject: nonEmpty,
    type: nonEmpty,
    object: nonEmpty,
    basis: { enum: ['text', 'inferred'] },
    note: nonEmpty,
    qualifiers: strict(
      {
        quantity,
        time: valueQualifier({ type: ['string', 'integer'] }),
        place: valueQualifier(nonEmpty),
        purpose: textQualifier,
        role: textQualifier,
      },
      [],
    ),
    evidence: { type: 'array', minItems: 1, items: evidence },
  },
  ['id', 'subject', 'type', 'object', 'evidence'],
);

export const relationsFileSchema: Schema = strict({ relations: { type: 'array', items: relation } }, ['relations']);
