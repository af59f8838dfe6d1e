// Links a reviewer should look at: a new person who shares a surname with a known one
// ("Aleksiej Putin" beside Władimir Putin, "Kim Jo Dzong" beside Kim Dzong Un), a new entity
// whose name is a near miss of a known one's, and a known person reached by a bare surname
// that more than one known person carries. Ingest never merges on such evidence: it creates
// the new entity (or keeps the link) and reports the candidates.
import { distance } from 'fastest-levenshtein';
import { foldName } from '../model/normalize.ts';
import type { Entity } from '../model/types.ts';
import type { Draft } from '../extract/extract.ts';

export interface UncertainLink {
  /** The draft's entity: created new, or linked to a known one. */
  entity: string;
  decision: 'created' | 'linked';
  /** How the article names it. */
  mentions: string[];
  candidates: Array<{ id: string; name: string }>;
  reason: string;
}

type Named = Pick<Entity, 'id' | 'type' | 'aliases'> & { name: { pl: string; en: string } };

const namesOf = (e: { name?: { pl: string; en: string }; names?: { pl: string; en: string }; aliases: readonly string[] }) => {
  const n = e.name ?? e.names!;
  return [...new Set([n.pl, n.en, ...e.aliases].map(foldName).filter(Boolean))];
};

/**
 * A person's surname as names are written: the last word ("Władimir Putin"), and also the
 * first of a three-word name, where Korean names put the family name ("Kim Dzong Un").
 */
export function surnames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const words = n.split(' ').filter((w) => w.length > 1);
    if (words.length < 2) continue;
    out.add(words.at(-1)!);
    if (words.length >= 3) out.add(words[0]!);
  }
  return out;
}

/** Near misses: folded names at most this far apart, for names at least NEAR_MIN long. */
const NEAR = 2;
const NEAR_MIN = 6;

export function findUncertain(draft: Draft, known: readonly Named[]): UncertainLink[] {
  const people = known.filter((e) => e.type === 'Person').map((e) => ({ e, names: namesOf(e), surnames: surnames(namesOf(e)) }));
  const out: UncertainLink[] = [];
  const candidate = (e: Named) => ({ id: e.id, name: e.name.pl });
  for (const d of draft.entities) {
    const mentions = [...new Set(d.mentions.map((m) => m.text))];
    const names = namesOf(d);
    if (d.known) {
      if (d.type !== 'Person') continue;
      // A bare surname that two known people carry.
      const bare = mentions.map(foldName).filter((m) => !m.includes(' '));
      const sharing = people.filter((p) => bare.some((b) => p.surnames.has(b)));
      if (sharing.length > 1)
        out.push({
          entity: d.id,
          decision: 'linked',
          mentions,
          candidates: sharing.map((p) => candidate(p.e)),
          reason: `the bare surname ${bare.map((b) => `"${b}"`).join(', ')} fits ${sharing.length} known people`,
        });
      continue;
    }
    if (d.type === 'Person') {
      const own = surnames(names);
      const sharing = people.filter((p) => p.e.id !== d.id && [...own].some((s) => p.surnames.has(s)));
      if (sharing.length) {
        out.push({
          entity: d.id,
          decision: 'created',
          mentions,
          candidates: sharing.map((p) => candidate(p.e)),
          reason: 'a new person with the surname of a known one: created, not merged (merge with "faktograf merge-entities" if they are one)',
        });
        continue;
      }
    }
    const near = known.filter(
      (k) =>
        k.type === d.type &&
        k.id !== d.id &&
        namesOf(k).some((a) => names.some((b) => Math.min(a.length, b.length) >= NEAR_MIN && a !== b && distance(a, b) <= NEAR)),
    );
    if (near.length)
      out.push({
        entity: d.id,
        decision: 'created',
        mentions,
        candidates: near.map(candidate),
        reason: 'a new entity whose name is close to a known one\'s: created, not merged (merge with "faktograf merge-entities" if they are one)',
      });
  }
  return out;
}
