// Cue words, by lemma: what a noun before or inside a name says about its type, which
// nouns name the fact nodes of the ontology (contingents, meetings, events, agreements,
// memorials, resources) and their English glosses for draft names.

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Heads of organisation names ("Rada Bezpieczeństwa", "Sztab Generalny", "Służba…"). */
export const ORG_HEADS = set(`
  rada ministerstwo resort sztab służba służby wywiad armia siła siły wojsko wojska instytut departament
  komitet komisja duma parlament zgromadzenie partia biuro urząd rząd kancelaria dowództwo kongres senat
  sejm organizacja sojusz unia fundacja bank agencja korpus flota gwardia akademia centrum prokuratura
  ministerstwo msz mon policja straż administracja gabinet dyplomacja zarząd federacja
`);

/** Nouns that introduce a news outlet: "agencja KCNA", "dziennik …". */
export const MEDIA_CUES = set(`agencja dziennik gazeta telewizja stacja portal serwis tygodnik radio rozgłośnia nadawca`);

/** Nouns that introduce a place name: "obwód kurski", "kurort Wonsan", "rejon Sudży". */
export const PLACE_CUES = set(
  `obwód okręg region rejon miasto miejscowość kurort kosmodrom port baza wieś prowincja stolica półwysep wyspa republika kraj lotnisko stocznia zakład poligon`,
);

/** Roles before a person's name. `leads`: the role heads a state ("prezydent Rosji"). */
export const ROLES: Record<string, { en: string; leads?: boolean }> = {
  prezydent: { en: 'president', leads: true },
  przywódca: { en: 'leader', leads: true },
  premier: { en: 'prime minister', leads: true },
  kanclerz: { en: 'chancellor', leads: true },
  król: { en: 'king', leads: true },
  dyktator: { en: 'dictator', leads: true },
  sekretarz: { en: 'secretary' },
  minister: { en: 'minister' },
  wiceminister: { en: 'deputy minister' },
  wicepremier: { en: 'deputy prime minister' },
  szef: { en: 'head' },
  szefowa: { en: 'head' },
  rzecznik: { en: 'spokesman' },
  rzeczniczka: { en: 'spokeswoman' },
  dowódca: { en: 'commander' },
  dyrektor: { en: 'director' },
  przewodniczący: { en: 'chairman' },
  ambasador: { en: 'ambassador' },
  doradca: { en: 'adviser' },
  generał: { en: 'general' },
  gen: { en: 'general' },
  marszałek: { en: 'marshal' },
  admirał: { en: 'admiral' },
  pułkownik: { en: 'colonel' },
  członek: { en: 'member' },
  zastępca: { en: 'deputy' },
  wiceprzewodniczący: { en: 'deputy chairman' },
};

/** Nouns and verbs of saying: an entity before them, or after "według", is a claimant. */
export const SPEECH_VERBS = set(`
  podać przekazać poinformować informować twierdzić ocenić oceniać szacować przyznać potwierdzić
  ostrzec ostrzegać zeznać spekulować przypominać przypomnieć donosić donieść pisać napisać oświadczyć
  powiedzieć mówić zapewnić zapewniać ogłosić zapowiedzieć zaprzeczyć zaprzeczać podkreślić podkreślać
  stwierdzić komunikować poinformowywać alarmować raportować relacjonować dodać wskazywać wskazać
`);

/** Counted nouns that make a group of people a contingent: "11 tys. żołnierzy". */
export const TROOP_NOUNS: Record<string, { pl: string; en: string }> = {
  żołnierz: { pl: 'żołnierze', en: 'soldiers' },
  saper: { pl: 'saperzy', en: 'sappers' },
  budowniczy: { pl: 'budowniczowie', en: 'builders' },
  wojskowy: { pl: 'wojskowi', en: 'military personnel' },
  robotnik: { pl: 'robotnicy', en: 'workers' },
  pracownik: { pl: 'pracownicy', en: 'workers' },
  inżynier: { pl: 'inżynierowie', en: 'engineers' },
  specjalista: { pl: 'specjaliści', en: 'specialists' },
  instruktor: { pl: 'instruktorzy', en: 'instructors' },
  najemnik: { pl: 'najemnicy', en: 'mercenaries' },
  ochotnik: { pl: 'ochotnicy', en: 'volunteers' },
  komandos: { pl: 'komandosi', en: 'commandos' },
  oficer: { pl: 'oficerowie', en: 'officers' },
  marynarz: { pl: 'marynarze', en: 'sailors' },
  jeniec: { pl: 'jeńcy', en: 'prisoners of war' },
  artylerzysta: { pl: 'artylerzyści', en: 'artillerymen' },
};

/** Nouns naming a body of troops without a number: "wysłanie kontyngentu", "nowe oddziały". */
export const UNIT_NOUNS: Record<string, string> = {
  kontyngent: 'contingent',
  oddział: 'troops',
  jednostka: 'units',
  wojsko: 'troops',
  wojska: 'troops',
  żołnierz: 'soldiers',
  brygada: 'brigade',
  batalion: 'battalion',
  dywizja: 'division',
  pułk: 'regiment',
  siły: 'forces',
};

/** Entity types that are facts of one article rather than names (see ontology.yaml). */
export const FACT_TYPES = new Set(['Agreement', 'Contingent', 'Meeting', 'Event', 'Memorial', 'Resource']);

export type FactType = 'Meeting' | 'Event' | 'Agreement' | 'Memorial' | 'Resource';

/** Nouns naming fact nodes, with their type and English gloss. */
export const FACT_NOUNS: Record<string, { type: FactType; en: string }> = {
  // meetings
  spotkanie: { type: 'Meeting', en: 'meeting' },
  rozmowa: { type: 'Meeting', en: 'talks' },
  rozmowy: { type: 'Meeting', en: 'talks' },
  wizyta: { type: 'Meeting', en: 'visit' },
  szczyt: { type: 'Meeting', en: 'summit' },
  negocjacje: { type: 'Meeting', en: 'negotiations' },
  konsultacja: { type: 'Meeting', en: 'consultations' },
  konsultacje: { type: 'Meeting', en: 'consultations' },
  // events
  wojna: { type: 'Event', en: 'war' },
  ratyfikacja: { type: 'Event', en: 'ratification' },
  operacja: { type: 'Event', en: 'operation' },
  ofensywa: { type: 'Event', en: 'offensive' },
  atak: { type: 'Event', en: 'attack' },
  inwazja: { type: 'Event', en: 'invasion' },
  strata: { type: 'Event', en: 'losses' },
  straty: { type: 'Event', en: 'losses' },
  ćwiczenie: { type: 'Event', en: 'exercise' },
  ćwiczenia: { type: 'Event', en: 'exercises' },
  test: { type: 'Event', en: 'test' },
  parada: { type: 'Event', en: 'parade' },
  // agreements
  traktat: { type: 'Agreement', en: 'treaty' },
  porozumienie: { type: 'Agreement', en: 'agreement' },
  umowa: { type: 'Agreement', en: 'agreement' },
  protokół: { type: 'Agreement', en: 'protocol' },
  memorandum: { type: 'Agreement', en: 'memorandum' },
  pakt: { type: 'Agreement', en: 'pact' },
  układ: { type: 'Agreement', en: 'treaty' },
  // memorials
  pomnik: { type: 'Memorial', en: 'monument' },
  muzeum: { type: 'Memorial', en: 'museum' },
  cmentarz: { type: 'Memorial', en: 'cemetery' },
  memoriał: { type: 'Memorial', en: 'memorial' },
  mauzoleum: { type: 'Memorial', en: 'mausoleum' },
  // resources
  uzbrojenie: { type: 'Resource', en: 'weapons' },
  broń: { type: 'Resource', en: 'weapons' },
  amunicja: { type: 'Resource', en: 'ammunition' },
  pocisk: { type: 'Resource', en: 'missiles' },
  rakieta: { type: 'Resource', en: 'missiles' },
  technologia: { type: 'Resource', en: 'technologies' },
  system: { type: 'Resource', en: 'systems' },
  sprzęt: { type: 'Resource', en: 'equipment' },
  arsenał: { type: 'Resource', en: 'arsenal' },
  dron: { type: 'Resource', en: 'drones' },
  czołg: { type: 'Resource', en: 'tanks' },
  haubica: { type: 'Resource', en: 'howitzers' },
  ropa: { type: 'Resource', en: 'oil' },
  paliwo: { type: 'Resource', en: 'fuel' },
  żywność: { type: 'Resource', en: 'food' },
  satelita: { type: 'Resource', en: 'satellites' },
};

/** Multi-word memorial heads: "miejsce pamięci", "kompleks memorialny". */
export const MEMORIAL_PHRASES: Array<[string, string, string]> = [
  ['miejsce', 'pamięć', 'place of remembrance'],
  ['kompleks', 'memorialny', 'memorial complex'],
  ['tablica', 'pamiątkowy', 'commemorative plaque'],
];
