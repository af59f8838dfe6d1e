// General knowledge the extractor starts from, whatever the knowledge base holds: states
// with their Polish adjectives and capitals, international bodies, and institutions that
// Polish news names by their seat ("Kreml", "Pentagon"). Names are written in the
// nominative; matching goes through lemmas, so every inflected form is found.

export interface GazetteerEntry {
  id: string;
  type: 'Country' | 'Place' | 'Organization';
  name: { pl: string; en: string };
  /** Other nominative names and acronyms. */
  aliases?: string[];
  /** Lemma of the adjective ("rosyjski"): its forms are mentions of the country. */
  adjective?: string;
  /** The English adjective ("Russian"), for names of the country's bodies. */
  adjectiveEn?: string;
  /** For a capital: the id of its country (a capital acting as a state is a metonymy). */
  capitalOf?: string;
}

type Row = [id: string, pl: string, en: string, adjective: string, adjectiveEn: string, capitalPl: string, capitalEn: string, aliases?: string[]];

const STATES: Row[] = [
  ['russia', 'Rosja', 'Russia', 'rosyjski', 'Russian', 'Moskwa', 'Moscow', ['Federacja Rosyjska', 'FR']],
  [
    'north-korea',
    'Korea Północna',
    'North Korea',
    'północnokoreański',
    'North Korean',
    'Pjongjang',
    'Pyongyang',
    ['KRLD', 'Koreańska Republika Ludowo-Demokratyczna'],
  ],
  ['south-korea', 'Korea Południowa', 'South Korea', 'południowokoreański', 'South Korean', 'Seul', 'Seoul', ['Republika Korei']],
  ['ukraine', 'Ukraina', 'Ukraine', 'ukraiński', 'Ukrainian', 'Kijów', 'Kyiv'],
  ['united-states', 'Stany Zjednoczone', 'United States', 'amerykański', 'US', 'Waszyngton', 'Washington', ['USA']],
  ['united-kingdom', 'Wielka Brytania', 'United Kingdom', 'brytyjski', 'British', 'Londyn', 'London', ['Zjednoczone Królestwo']],
  ['china', 'Chiny', 'China', 'chiński', 'Chinese', 'Pekin', 'Beijing', ['ChRL', 'Chińska Republika Ludowa']],
  ['japan', 'Japonia', 'Japan', 'japoński', 'Japanese', 'Tokio', 'Tokyo'],
  ['belarus', 'Białoruś', 'Belarus', 'białoruski', 'Belarusian', 'Mińsk', 'Minsk'],
  ['iran', 'Iran', 'Iran', 'irański', 'Iranian', 'Teheran', 'Tehran'],
  ['poland', 'Polska', 'Poland', 'polski', 'Polish', 'Warszawa', 'Warsaw', ['RP', 'Rzeczpospolita Polska']],
  ['germany', 'Niemcy', 'Germany', 'niemiecki', 'German', 'Berlin', 'Berlin', ['RFN']],
  ['france', 'Francja', 'France', 'francuski', 'French', 'Paryż', 'Paris'],
  ['italy', 'Włochy', 'Italy', 'włoski', 'Italian', 'Rzym', 'Rome'],
  ['turkey', 'Turcja', 'Turkey', 'turecki', 'Turkish', 'Ankara', 'Ankara'],
  ['india', 'Indie', 'India', 'indyjski', 'Indian', 'Nowe Delhi', 'New Delhi'],
  ['israel', 'Izrael', 'Israel', 'izraelski', 'Israeli', 'Jerozolima', 'Jerusalem'],
  ['syria', 'Syria', 'Syria', 'syryjski', 'Syrian', 'Damaszek', 'Damascus'],
  ['georgia', 'Gruzja', 'Georgia', 'gruziński', 'Georgian', 'Tbilisi', 'Tbilisi'],
  ['kazakhstan', 'Kazachstan', 'Kazakhstan', 'kazachski', 'Kazakh', 'Astana', 'Astana'],
  ['mongolia', 'Mongolia', 'Mongolia', 'mongolski', 'Mongolian', 'Ułan Bator', 'Ulaanbaatar'],
  ['vietnam', 'Wietnam', 'Vietnam', 'wietnamski', 'Vietnamese', 'Hanoi', 'Hanoi'],
  ['lithuania', 'Litwa', 'Lithuania', 'litewski', 'Lithuanian', 'Wilno', 'Vilnius'],
  ['latvia', 'Łotwa', 'Latvia', 'łotewski', 'Latvian', 'Ryga', 'Riga'],
  ['estonia', 'Estonia', 'Estonia', 'estoński', 'Estonian', 'Tallin', 'Tallinn'],
  ['finland', 'Finlandia', 'Finland', 'fiński', 'Finnish', 'Helsinki', 'Helsinki'],
  ['sweden', 'Szwecja', 'Sweden', 'szwedzki', 'Swedish', 'Sztokholm', 'Stockholm'],
  ['norway', 'Norwegia', 'Norway', 'norweski', 'Norwegian', 'Oslo', 'Oslo'],
  ['moldova', 'Mołdawia', 'Moldova', 'mołdawski', 'Moldovan', 'Kiszyniów', 'Chișinău'],
  ['romania', 'Rumunia', 'Romania', 'rumuński', 'Romanian', 'Bukareszt', 'Bucharest'],
  ['hungary', 'Węgry', 'Hungary', 'węgierski', 'Hungarian', 'Budapeszt', 'Budapest'],
  ['slovakia', 'Słowacja', 'Slovakia', 'słowacki', 'Slovak', 'Bratysława', 'Bratislava'],
  ['czechia', 'Czechy', 'Czechia', 'czeski', 'Czech', 'Praga', 'Prague'],
  ['canada', 'Kanada', 'Canada', 'kanadyjski', 'Canadian', 'Ottawa', 'Ottawa'],
  ['australia', 'Australia', 'Australia', 'australijski', 'Australian', 'Canberra', 'Canberra'],
  ['saudi-arabia', 'Arabia Saudyjska', 'Saudi Arabia', 'saudyjski', 'Saudi', 'Rijad', 'Riyadh'],
  ['egypt', 'Egipt', 'Egypt', 'egipski', 'Egyptian', 'Kair', 'Cairo'],
  ['taiwan', 'Tajwan', 'Taiwan', 'tajwański', 'Taiwanese', 'Tajpej', 'Taipei'],
  ['cuba', 'Kuba', 'Cuba', 'kubański', 'Cuban', 'Hawana', 'Havana'],
  ['venezuela', 'Wenezuela', 'Venezuela', 'wenezuelski', 'Venezuelan', 'Caracas', 'Caracas'],
];

const BODIES: GazetteerEntry[] = [
  { id: 'nato', type: 'Organization', name: { pl: 'NATO', en: 'NATO' }, aliases: ['Sojusz Północnoatlantycki'] },
  { id: 'united-nations', type: 'Organization', name: { pl: 'Organizacja Narodów Zjednoczonych', en: 'United Nations' }, aliases: ['ONZ'] },
  { id: 'un-security-council', type: 'Organization', name: { pl: 'Rada Bezpieczeństwa ONZ', en: 'UN Security Council' } },
  { id: 'european-union', type: 'Organization', name: { pl: 'Unia Europejska', en: 'European Union' }, aliases: ['UE'] },
  { id: 'iaea', type: 'Organization', name: { pl: 'Międzynarodowa Agencja Energii Atomowej', en: 'International Atomic Energy Agency' }, aliases: ['MAEA'] },
  // Institutions named by their seat.
  { id: 'kremlin', type: 'Organization', name: { pl: 'Kreml', en: 'Kremlin' } },
  { id: 'white-house', type: 'Organization', name: { pl: 'Biały Dom', en: 'White House' } },
  { id: 'pentagon', type: 'Organization', name: { pl: 'Pentagon', en: 'Pentagon' } },
];

export const GAZETTEER: GazetteerEntry[] = [
  ...STATES.flatMap(([id, pl, en, adjective, adjectiveEn, capitalPl, capitalEn, aliases]): GazetteerEntry[] => [
    { id, type: 'Country', name: { pl, en }, aliases, adjective, adjectiveEn },
    { id: capitalEn.toLowerCase().replace(/[^a-z]+/g, '-'), type: 'Place', name: { pl: capitalPl, en: capitalEn }, capitalOf: id },
  ]),
  ...BODIES,
];

/** Country ids by the lemma of their adjective. */
export const COUNTRY_BY_ADJECTIVE = new Map(GAZETTEER.filter((g) => g.adjective).map((g) => [g.adjective!, g.id]));

export const GAZETTEER_BY_ID = new Map(GAZETTEER.map((g) => [g.id, g]));

/** The capital of a country, by the country's gazetteer id. */
export const CAPITAL_OF = new Map(GAZETTEER.filter((g) => g.capitalOf).map((g) => [g.capitalOf!, g]));
