// Verb frames as data (frames.json): a verb lemma, the relation it states, and how its two
// ends are found (entity types, case, preposition, voice, anaphors). Checked against the
// loaded ontology when the linker is built: a frame that names a type the ontology lacks,
// or a relation whose ends the ontology does not allow, is a load error, never a silent drop.
import { own } from '../model/own.ts';
import type { Ontology } from '../model/types.ts';
import { CASE } from '../lexicon/tags.ts';
import FRAMES_FILE from './frames.json' with { type: 'json' };

/** One end of a frame: what it may be and how it is marked. */
export interface FrameEnd {
  types: string[];
  /** Bit set of the allowed cases (lexicon/tags.ts CASE). */
  cases: number;
  /** The preposition before it, or null: none. */
  prep: string | null;
  /** Lemmas standing for the person last named ("gościa", "niego"). */
  anaphors: string[];
}

export interface Frame {
  /** Where it is defined: `frames.json: frame 2`. */
  where: string;
  lemmas: string[];
  relation: string;
  voice: 'active' | 'passive' | 'any';
  subject: FrameEnd;
  object: FrameEnd;
}

const FRAMES_PATH = 'src/extract/frames.json';
const CASE_NAMES = ['nom', 'gen', 'dat', 'acc', 'inst', 'loc'] as const;
const VOICES = ['active', 'passive', 'any'] as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string' && s.length > 0);

/**
 * The frames of a parsed frames file, checked against the ontology (when one is given):
 * every problem at once, each naming the file, the frame and its field.
 */
export function compileFrames(raw: unknown, ontology: Ontology | null, file = FRAMES_PATH): { frames: Frame[]; problems: string[] } {
  const problems: string[] = [];
  const frames: Frame[] = [];
  const rows = isRecord(raw) ? raw.frames : undefined;
  if (!Array.isArray(rows)) return { frames, problems: [`${file}: must be an object with a "frames" list`] };
  for (const [k, row] of rows.entries()) {
    const where = `${file}: frame ${k + 1}`;
    const bad = (field: string, what: string) => problems.push(`${where}, ${field}: ${what}`);
    if (!isRecord(row)) {
      bad('(frame)', 'must be an object with lemmas, relation, voice, subject and object');
      continue;
    }
    const before = problems.length;
    if (!strings(row.lemmas) || row.lemmas.length === 0) bad('lemmas', 'must be a non-empty list of lemmas (lowercase dictionary forms)');
    const relation = typeof row.relation === 'string' ? row.relation : '';
    const def = ontology && relation ? own(ontology.relationTypes, relation) : undefined;
    if (!relation) bad('relation', 'must name a relation type');
    else if (ontology && !def) bad('relation', `"${relation}" is not a relation type of the ontology (${Object.keys(ontology.relationTypes).join(', ')})`);
    const voice = row.voice ?? 'any';
    if (!(VOICES as readonly unknown[]).includes(voice)) bad('voice', `must be one of ${VOICES.join(', ')}`);
    const end = (side: 'subject' | 'object'): FrameEnd | undefined => {
      const e = row[side];
      if (!isRecord(e)) return void bad(side, 'must be an object with types and case');
      const n = problems.length;
      if (!strings(e.types) || e.types.length === 0) bad(`${side}.types`, 'must be a non-empty list of entity types');
      else if (ontology)
        for (const t of e.types) {
          if (!own(ontology.entityTypes, t)) bad(`${side}.types`, `"${t}" is not an entity type of the ontology`);
          else if (def && !def[side].includes(t))
            bad(`${side}.types`, `${relation} does not take a ${t} as its ${side} (the ontology allows ${def[side].join(', ')})`);
        }
      const caseNames = typeof e.case === 'string' ? [e.case] : e.case;
      if (!strings(caseNames) || !caseNames.every((c) => (CASE_NAMES as readonly string[]).includes(c)))
        bad(`${side}.case`, `must be one of ${CASE_NAMES.join(', ')} (or a list of them)`);
      if (e.prep !== undefined && (typeof e.prep !== 'string' || !e.prep)) bad(`${side}.prep`, 'must be a preposition, or absent for none');
      if (e.anaphors !== undefined && !strings(e.anaphors)) bad(`${side}.anaphors`, 'must be a list of lemmas');
      if (problems.length > n) return undefined;
      return {
        types: e.types as string[],
        cases: (caseNames as string[]).reduce((acc, c) => acc | CASE[c as (typeof CASE_NAMES)[number]], 0),
        prep: typeof e.prep === 'string' ? e.prep.toLowerCase() : null,
        anaphors: ((e.anaphors as string[] | undefined) ?? []).map((a) => a.toLowerCase()),
      };
    };
    const subject = end('subject');
    const object = end('object');
    if (problems.length > before || !subject || !object) continue;
    frames.push({ where, lemmas: (row.lemmas as string[]).map((l) => l.toLowerCase()), relation, voice: voice as Frame['voice'], subject, object });
  }
  return { frames, problems };
}

/** The extractor's own frames (frames.json) for an ontology; throws, listing every problem, when they do not fit it. */
export function loadFrames(ontology: Ontology | null): Frame[] {
  const { frames, problems } = compileFrames(FRAMES_FILE, ontology);
  if (problems.length) throw new Error(`the extractor's verb frames do not fit the ontology:\n${problems.join('\n')}`);
  return frames;
}
