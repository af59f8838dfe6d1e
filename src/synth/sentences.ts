// Polish-ish sentences that state a synthetic relation, the way an article would: the
// evidence quote of a relation is one of these sentences (or its core clause), and the
// source texts are made of them.
import type { Qualifiers } from '../model/types.ts';
import type { Rng } from './names.ts';
import { pick } from './names.ts';

/** "S <verb> O" per relation type of the seed ontology; other types use their label. */
const VERBS: Record<string, string[]> = {
  DECIDED: ['zdecydował w sprawie:', 'podjął decyzję o utworzeniu:'],
  ANNOUNCED: ['ogłosił', 'zapowiedział publicznie'],
  SENT: ['wysłał', 'skierował'],
  DEPLOYED_TO: ['został skierowany do:', 'trafi do:'],
  PART_OF: ['wchodzi w skład:', 'jest częścią:'],
  FOLLOWS: ['następuje po:', 'jest kolejnym etapem po:'],
  PROVIDES_FOR: ['przewiduje', 'zakłada'],
  BASED_ON: ['opiera się na:', 'działa na mocy:'],
  SIGNED: ['podpisał', 'złożył podpis pod:'],
  PARTY_TO: ['jest stroną:', 'przystąpił do:'],
  CONCERNS: ['dotyczy:', 'odnosi się do:'],
  LEADS: ['stoi na czele:', 'kieruje:'],
  HOLDS_OFFICE: ['pełni funkcję w:', 'zasiada w:'],
  LOCATED_IN: ['leży w:', 'ma siedzibę w:'],
  VISITED: ['odwiedził', 'przybył z wizytą do:'],
  MET_WITH: ['spotkał się z:', 'rozmawiał z:'],
  PARTICIPATED_IN: ['wziął udział w:', 'uczestniczył w:'],
  HELD_IN: ['odbył się w:', 'miał miejsce w:'],
  PREPARES: ['przygotowuje', 'organizuje'],
  INSTRUCTED: ['polecił, by działał:', 'wydał instrukcje:'],
  SUPPORTS: ['wspiera', 'udziela pomocy:'],
  PROMISED_SUPPORT: ['obiecał wsparcie:', 'zapewnił o pomocy dla:'],
  FOUGHT_IN: ['walczy w:', 'bierze udział w walkach:'],
  FOUGHT_AGAINST: ['walczy przeciwko:', 'stoczył walki z:'],
  SUFFERED: ['poniósł', 'doznał:'],
  MEMORIALISES: ['upamiętnia', 'oddaje hołd:'],
  SUPPLIES: ['dostarcza', 'przekazuje'],
  RECEIVES: ['otrzymuje', 'dostaje'],
  IN_EXCHANGE_FOR: ['jest przekazywany w zamian za:', 'stanowi zapłatę za:'],
  IMPROVES: ['usprawnia', 'pozwala ulepszyć:'],
  POSSESSES: ['posiada', 'dysponuje:'],
};

/** Month names in the genitive ("3 czerwca") and the locative ("w czerwcu"). */
const MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const IN_MONTH = ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'];

/** How a qualifier time reads in Polish: "w 2024 roku", "w czerwcu 2024 roku", "dnia 3 czerwca 2024 roku". */
function timePhrase(time: string): string {
  const [y, m, d] = time.split('-');
  if (d) return `dnia ${Number(d)} ${MONTHS[Number(m) - 1]} ${y} roku`;
  if (m) return `w ${IN_MONTH[Number(m) - 1]} ${y} roku`;
  return `w ${y} roku`;
}

const CLAIMS = ['Według', 'Jak podaje', 'Zdaniem', 'Jak twierdzi'];

export interface SentenceParts {
  subject: string;
  object: string;
  type: string;
  /** Polish label of the relation type, for types the table does not know. */
  label: string;
  qualifiers: Qualifiers;
  /** Display names of the qualifier place and the claimants. */
  placeName?: string;
  claimants: string[];
}

/**
 * A sentence stating the relation, and the quote that grounds it: the whole sentence, or
 * (sometimes) its clause without the opening attribution.
 */
export function relationSentence(rng: Rng, p: SentenceParts): { sentence: string; quote: string } {
  const verb = pick(rng, VERBS[p.type] ?? [`(${p.label})`]);
  let core = `${p.subject} ${verb} ${p.object}`;
  const q = p.qualifiers;
  if (q.quantity)
    core += ` – łącznie ${q.quantity.precision === 'approximate' ? 'około ' : q.quantity.precision === 'at-least' ? 'co najmniej ' : ''}${q.quantity.value}${q.quantity.unit ? ` (${q.quantity.unit.pl})` : ''}`;
  if (q.role) core += ` jako ${q.role.pl}`;
  if (q.purpose) core += `, w celu: ${q.purpose.pl}`;
  if (p.placeName) core += `, w miejscu: ${p.placeName}`;
  if (q.time) core += `, ${timePhrase(q.time.value)}`;
  if (p.claimants.length) {
    const sentence = `${pick(rng, CLAIMS)} „${p.claimants.join('” i „')}”, ${core}.`;
    return { sentence, quote: rng() < 0.5 ? sentence : core };
  }
  const sentence = `${core}.`;
  return { sentence, quote: rng() < 0.8 ? sentence : core };
}

/** A paragraph-opening sentence that grounds nothing, as articles have. */
export function fillerSentence(rng: Rng, place: string): string {
  return pick(rng, [
    `Sytuacja w regionie ${place} pozostaje napięta.`,
    `Eksperci z ${place} komentują te doniesienia ostrożnie.`,
    `Informacje te nie zostały dotąd niezależnie potwierdzone.`,
    `Tymczasem w ${place} trwają przygotowania do kolejnych rozmów.`,
  ]);
}
