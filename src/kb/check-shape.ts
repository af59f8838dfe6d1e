// Checks a parsed file against its JSON Schema and turns every violation into a
// positioned diagnostic with advice (all of them, not the first).
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Diagnostic } from './diagnostics.ts';
import { entitiesFileSchema, ontologySchema, relationsFileSchema, sourceSchema, WEB_URL } from './schema.ts';
import type { ParsedYaml, YamlPath } from './yaml-file.ts';

export type FileKind = 'ontology' | 'source' | 'entities' | 'relations';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const validators: Record<FileKind, ValidateFunction> = {
  ontology: ajv.compile(ontologySchema),
  source: ajv.compile(sourceSchema),
  entities: ajv.compile(entitiesFileSchema),
  relations: ajv.compile(relationsFileSchema),
};

const PATTERN_HINTS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'use lowercase letters, digits and hyphens, e.g. "kim-jong-un"',
  '^[A-Z][A-Za-z0-9]*$': 'entity type ids are PascalCase, e.g. "Person"',
  '^[A-Z][A-Z0-9_]*$': 'relation type ids are UPPER_SNAKE_CASE, e.g. "SIGNED"',
  '^#[0-9a-fA-F]{6}$': 'write the colour as #rrggbb, e.g. "#4e79a7"',
  '^Q[1-9][0-9]*$': 'a Wikidata id looks like "Q56226"; leave it out if unsure',
  '^[a-z]{2,3}$': 'use an ISO 639 language code, e.g. "pl"',
  '^[^/\\\\]+\\.txt$': 'name a .txt file that sits next to this YAML file',
  [WEB_URL]:
    'write the full web address, starting with https:// or http://, e.g. "https://www.example.org/article" (no other scheme, no relative path, no spaces)',
};

export function checkShape(parsed: ParsedYaml, kind: FileKind): Diagnostic[] {
  const validate = validators[kind];
  if (validate(parsed.data)) return [];
  return (validate.errors ?? []).filter(notRedundant).map((e) => toDiagnostic(parsed, e));
}

// `if`/`anyOf` wrappers repeat what their branches already said, and a property name's
// own sub-errors repeat its `propertyNames` error.
function notRedundant(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'anyOf' && !e.schemaPath.includes('/propertyNames/');
}

function toPath(pointer: string): YamlPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describePath(path: YamlPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || 'the file';
}

function toDiagnostic(parsed: ParsedYaml, e: ErrorObject): Diagnostic {
  const path = toPath(e.instancePath);
  const where = describePath(path);
  const at = (p: YamlPath, key = false) => ({ file: parsed.file, ...parsed.locate(p, { key }) });
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      return {
        ...at([...path, extra], true),
        message: `unknown key "${extra}" in ${where}`,
        hint: allowed.length ? `remove it, or use one of: ${allowed.join(', ')}` : 'remove it',
      };
    }
    case 'required':
      return {
        ...at(path),
        message: `${where} is missing the required key "${String(params.missingProperty)}"`,
        hint: `add "${String(params.missingProperty)}:" to ${where}`,
      };
    case 'type': {
      const value = valueAt(parsed.data, path);
      const infinite = typeof value === 'number' && !Number.isFinite(value);
      return {
        ...at(path),
        message: `${where} must be ${article(String(params.type))}, found ${typeName(value)}`,
        hint: `write ${where} as ${article(String(params.type))}${infinite ? ' (YAML reads .inf and .nan as numbers no graph can hold; quote them to mean text)' : ''}`,
      };
    }
    case 'pattern':
      return {
        ...at(path),
        message: `${where} "${String(valueAt(parsed.data, path))}" has the wrong form`,
        hint: PATTERN_HINTS[String(params.pattern)] ?? `it must match ${String(params.pattern)}`,
      };
    case 'propertyNames':
      return {
        ...at([...path, String(params.propertyName)], true),
        message: `the name "${String(params.propertyName)}" in ${where} is not allowed`,
        hint:
          path[path.length - 1] === 'attributes'
            ? 'attribute names start with a letter and hold letters, digits and "_" (not "constructor" or "prototype")'
            : 'rename it following the other entries of this map',
      };
    case 'enum':
      return {
        ...at(path),
        message: `${where} "${String(valueAt(parsed.data, path))}" is not an allowed value`,
        hint: `use one of: ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'minimum':
      return {
        ...at(path),
        message: `${where} must be at least ${String(params.limit)}, found ${typeName(valueAt(parsed.data, path))}`,
        hint:
          path[path.length - 1] === 'occurrence'
            ? 'count occurrences from 1: "occurrence: 2" is the second place the quote occurs'
            : `write a number of at least ${String(params.limit)}`,
      };
    default:
      return { ...at(path), message: `${where} ${e.message ?? 'is invalid'}`, hint: 'correct this value' };
  }
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v: unknown = data;
  for (const seg of path) v = v != null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  // JSON has no spelling for these (JSON.stringify gives "null"): say them as YAML does.
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return `${typeof v === 'number' ? 'a number' : article(typeof v)} (${JSON.stringify(v)})`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'a text',
    integer: 'an integer',
    number: 'a finite number',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}
