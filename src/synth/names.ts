// Polish-ish names for synthetic entities, built from syllables so that 100k entities
// still read like a news knowledge base: people with inflected aliases, oblasts,
// ministries, treaties, contingents. Nothing here is meant to be a real name.
import type { LangText } from '../model/types.ts';

export type Rng = () => number;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const FIRST_M = [
  'Jan',
  'Piotr',
  'Krzysztof',
  'Andrzej',
  'Tomasz',
  'Paweł',
  'Michał',
  'Marcin',
  'Grzegorz',
  'Łukasz',
  'Wojciech',
  'Jakub',
  'Mariusz',
  'Kamil',
  'Sergiusz',
  'Dmitrij',
  'Bogdan',
  'Witold',
  'Zbigniew',
  'Jerzy',
  'Ryszard',
  'Kazimierz',
  'Mirosław',
  'Stanisław',
];
const FIRST_F = [
  'Anna',
  'Maria',
  'Katarzyna',
  'Małgorzata',
  'Agnieszka',
  'Barbara',
  'Ewa',
  'Zofia',
  'Joanna',
  'Magdalena',
  'Aleksandra',
  'Monika',
  'Dorota',
  'Beata',
  'Olga',
  'Irena',
  'Halina',
  'Jadwiga',
  'Grażyna',
  'Elżbieta',
];
const ROOTS = [
  'Brze',
  'Cho',
  'Dą',
  'Gra',
  'Ja',
  'Ko',
  'Kra',
  'Le',
  'Ma',
  'No',
  'Ost',
  'Pa',
  'Rut',
  'Sza',
  'Śli',
  'Wi',
  'Zie',
  'Żu',
  'Ły',
  'Mi',
  'Pio',
  'Sta',
  'Tru',
  'Wo',
  'Gło',
  'Dzie',
  'Ha',
  'Bia',
];
const MIDDLES = ['bor', 'ch', 'dzi', 'gor', 'jew', 'kow', 'lin', 'mań', 'now', 'rzy', 'sław', 'tor', 'wi', 'dl', 'ś', 'cie', 'ro', 'szew'];
/** Masculine nominative, feminine nominative, masculine genitive, feminine genitive. */
const SURNAME_ENDINGS: Array<[string, string, string, string]> = [
  ['ski', 'ska', 'skiego', 'skiej'],
  ['cki', 'cka', 'ckiego', 'ckiej'],
  ['wicz', 'wicz', 'wicza', 'wicz'],
  ['ak', 'ak', 'aka', 'ak'],
  ['czyk', 'czyk', 'czyka', 'czyk'],
  ['ek', 'ek', 'ka', 'ek'],
];
const PLACE_ROOTS = [
  'Zar',
  'Bor',
  'Kamień',
  'Lesz',
  'Mił',
  'Nadbrz',
  'Ostr',
  'Przył',
  'Rad',
  'Sos',
  'Tarn',
  'Wierzb',
  'Zbor',
  'Gór',
  'Dęb',
  'Brzez',
  'Krasn',
  'Białob',
  'Czarn',
  'Jasien',
  'Lip',
  'Olch',
  'Świer',
  'Chełm',
];
const PLACE_ENDINGS = ['owo', 'ów', 'ice', 'in', 'sk', 'nica', 'ówka', 'any', 'ewo', 'gród'];
const COUNTRY_ENDINGS: Array<[string, string]> = [
  ['ia', 'ii'],
  ['ania', 'anii'],
  ['onia', 'onii'],
  ['stan', 'stanu'],
  ['land', 'landu'],
];
const ORG_KINDS: Array<[string, string]> = [
  ['Ministerstwo Obrony', 'Ministry of Defence of'],
  ['Ministerstwo Spraw Zagranicznych', 'Ministry of Foreign Affairs of'],
  ['Sztab Generalny', 'General Staff of'],
  ['Agencja Wywiadu', 'Intelligence Agency of'],
  ['Rada Bezpieczeństwa', 'Security Council of'],
  ['Siły Zbrojne', 'Armed Forces of'],
  ['Korpus Inżynieryjny', 'Engineering Corps of'],
  ['Parlament', 'Parliament of'],
];
const MEDIA_KINDS: Array<[string, string]> = [
  ['Gazeta', 'Gazette'],
  ['Kurier', 'Courier'],
  ['Radio', 'Radio'],
  ['Telewizja', 'Television'],
  ['Dziennik', 'Daily'],
  ['Agencja Prasowa', 'Press Agency'],
];
const AGREEMENT_KINDS: Array<[string, string]> = [
  ['Traktat o partnerstwie', 'Partnership treaty'],
  ['Porozumienie o współpracy wojskowej', 'Military cooperation agreement'],
  ['Umowa handlowa', 'Trade agreement'],
  ['Memorandum o wymianie technologii', 'Technology exchange memorandum'],
];
const CONTINGENT_KINDS: Array<[string, string]> = [
  ['Kontyngent saperów', 'Sapper contingent'],
  ['Kontyngent budowniczych wojskowych', 'Military builders contingent'],
  ['Batalion piechoty', 'Infantry battalion'],
  ['Oddział medyczny', 'Medical unit'],
];
const MEETING_KINDS: Array<[string, string]> = [
  ['Rozmowy', 'Talks'],
  ['Szczyt', 'Summit'],
  ['Wizyta', 'Visit'],
  ['Narada', 'Conference'],
];
const EVENT_KINDS: Array<[string, string]> = [
  ['Wojna', 'War'],
  ['Ratyfikacja', 'Ratification'],
  ['Straty w walkach', 'Combat losses'],
  ['Ofensywa', 'Offensive'],
  ['Powódź', 'Flood'],
];
const MEMORIAL_KINDS: Array<[string, string]> = [
  ['Pomnik poległych', 'Memorial to the fallen'],
  ['Muzeum pamięci', 'Museum of remembrance'],
  ['Kompleks memorialny', 'Memorial complex'],
];
const RESOURCE_KINDS: Array<[string, string]> = [
  ['Pociski', 'Missiles'],
  ['Technologie rakietowe', 'Missile technology'],
  ['Amunicja artyleryjska', 'Artillery ammunition'],
  ['Drony', 'Drones'],
  ['Arsenał', 'Arsenal'],
];

/** A name in both languages plus the inflected forms a text may use. */
export interface SynthName {
  name: LangText;
  aliases: string[];
}

/** Strips Polish diacritics: the English name of a synthetic entity. */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L');
}

/** Lowercase kebab-case id stem of a name. */
export function slug(text: string): string {
  return (
    ascii(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

function person(rng: Rng): SynthName {
  const female = rng() < 0.4;
  const first = pick(rng, female ? FIRST_F : FIRST_M);
  const stem = pick(rng, ROOTS) + pick(rng, MIDDLES);
  const [m, f, mGen, fGen] = pick(rng, SURNAME_ENDINGS);
  const surname = stem + (female ? f : m);
  const genitive = stem + (female ? fGen : mGen);
  const pl = `${first} ${surname}`;
  return { name: { pl, en: ascii(pl) }, aliases: [...new Set([surname, `${first} ${genitive}`, genitive])] };
}

function placeName(rng: Rng): string {
  return pick(rng, PLACE_ROOTS) + pick(rng, PLACE_ENDINGS);
}

function country(rng: Rng): SynthName {
  const root = pick(rng, PLACE_ROOTS);
  const [nom, gen] = pick(rng, COUNTRY_ENDINGS);
  return { name: { pl: `${root}${nom}`, en: ascii(`${root}${nom}`) }, aliases: [`${root}${gen}`, `Republika ${root}${gen}`] };
}

/** "Kind of <place>": organisations, media, treaties and the like. */
function kindOf(rng: Rng, kinds: Array<[string, string]>, year = false): SynthName {
  const [pl, en] = pick(rng, kinds);
  const where = placeName(rng);
  const suffix = year ? ` ${2000 + Math.floor(rng() * 26)}` : '';
  return { name: { pl: `${pl} ${where}${suffix}`, en: `${en} ${ascii(where)}${suffix}` }, aliases: [`${pl} ${where}`] };
}

const BY_TYPE: Record<string, (rng: Rng) => SynthName> = {
  Person: person,
  Country: country,
  Place: (rng) => {
    const city = placeName(rng);
    const adjective = city.toLowerCase().replace(/[aeiouyąęó]+$/, '');
    return rng() < 0.5
      ? { name: { pl: city, en: ascii(city) }, aliases: [`${city}u`] }
      : { name: { pl: `obwód ${adjective}ski`, en: `${ascii(city)} Oblast` }, aliases: [`obwodzie ${adjective}skim`] };
  },
  Organization: (rng) => kindOf(rng, ORG_KINDS),
  Media: (rng) => kindOf(rng, MEDIA_KINDS),
  Agreement: (rng) => kindOf(rng, AGREEMENT_KINDS, true),
  Contingent: (rng) => kindOf(rng, CONTINGENT_KINDS, true),
  Meeting: (rng) => kindOf(rng, MEETING_KINDS, true),
  Event: (rng) => kindOf(rng, EVENT_KINDS, true),
  Memorial: (rng) => kindOf(rng, MEMORIAL_KINDS),
  Resource: (rng) => {
    const { name, aliases } = kindOf(rng, RESOURCE_KINDS);
    const model = `${String.fromCharCode(65 + Math.floor(rng() * 26))}-${1 + Math.floor(rng() * 99)}`;
    return { name: { pl: `${name.pl} ${model}`, en: `${name.en} ${model}` }, aliases };
  },
};

/** A name for an entity of `type`; types the table does not know get "<label> <place>". */
export function entityName(rng: Rng, type: string, label: LangText): SynthName {
  const make = BY_TYPE[type];
  if (make) return make(rng);
  const where = placeName(rng);
  return { name: { pl: `${label.pl} ${where}`, en: `${label.en} ${ascii(where)}` }, aliases: [] };
}

export { pick };
