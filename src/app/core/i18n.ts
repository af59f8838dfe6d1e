// Interface strings in both languages; the PL/EN toggle switches them with the labels.
import type { Lang, LangText } from '../../model/types.ts';

const STRINGS = {
  search: { pl: 'Szukaj encji…', en: 'Search entities…' },
  searchLabel: { pl: 'Szukaj', en: 'Search' },
  noResults: { pl: 'Brak wyników', en: 'No results' },
  filters: { pl: 'Filtry', en: 'Filters' },
  entityTypes: { pl: 'Typy encji', en: 'Entity types' },
  relationTypes: { pl: 'Typy relacji', en: 'Relation types' },
  factuality: { pl: 'Faktyczność', en: 'Factuality' },
  claimants: { pl: 'Kto twierdzi', en: 'Claimed by' },
  ownVoice: { pl: 'głos źródła', en: "the outlet's own voice" },
  outlets: { pl: 'Niezależne źródła', en: 'Independent outlets' },
  conflicts: { pl: 'Sprzeczności', en: 'Conflicts' },
  conflictBadge: { pl: 'sprzeczność', en: 'conflict' },
  negative: { pl: 'zaprzeczenie', en: 'denied' },
  sources: { pl: 'Źródła', en: 'Sources' },
  media: { pl: 'Redakcje', en: 'Outlets' },
  seriesTitle: { pl: 'Liczby w czasie', en: 'Figures over time' },
  timeline: { pl: 'Oś czasu', en: 'Timeline' },
  timelineEvents: { pl: 'zdarzenia', en: 'events' },
  timelineSources: { pl: 'źródła', en: 'sources' },
  asOf: { pl: 'Stan wiedzy na', en: 'As of' },
  asOfNow: { pl: 'wszystkie źródła', en: 'all sources' },
  periodAll: { pl: 'Przeciągnij po osi, by wybrać okres', en: 'Drag along the axis to choose a period' },
  clearPeriod: { pl: 'Cały okres', en: 'Whole period' },
  showAll: { pl: 'Pokaż wszystko', en: 'Show all' },
  path: { pl: 'Ścieżka', en: 'Path' },
  pathFrom: { pl: 'Od', en: 'From' },
  pathTo: { pl: 'Do', en: 'To' },
  findPath: { pl: 'Znajdź ścieżkę', en: 'Find path' },
  clear: { pl: 'Wyczyść', en: 'Clear' },
  noPath: { pl: 'Brak ścieżki między tymi encjami.', en: 'No path between these entities.' },
  pathHint: { pl: 'Wybierz dwie encje, by znaleźć najkrótszą ścieżkę.', en: 'Choose two entities to find the shortest path.' },
  details: { pl: 'Szczegóły', en: 'Details' },
  detailsHint: { pl: 'Kliknij encję lub relację na grafie albo wyszukaj ją.', en: 'Click an entity or a relation on the graph, or search for it.' },
  outgoing: { pl: 'Relacje wychodzące', en: 'Outgoing relations' },
  incoming: { pl: 'Relacje przychodzące', en: 'Incoming relations' },
  neighbours: { pl: 'Sąsiedzi (krawędzie nieskierowane)', en: 'Neighbours (undirected edges)' },
  fileRead: { pl: '{file}: {nodes}, {edges}', en: '{file}: {nodes}, {edges}' },
  fileWarnings: { pl: 'Przy odczycie pliku', en: 'While reading the file' },
  attributes: { pl: 'Atrybuty', en: 'Attributes' },
  claimedBy: { pl: 'według', en: 'according to' },
  evidence: { pl: 'Dowody', en: 'Evidence' },
  noEvidence: { pl: 'Brak dowodów w tym pliku.', en: 'No evidence in this file.' },
  sourceText: { pl: 'Tekst źródłowy', en: 'Source text' },
  sourceTab: { pl: 'Źródło', en: 'Source' },
  noSources: { pl: 'Ten graf nie zawiera tekstów źródłowych.', en: 'This graph carries no source texts.' },
  hiddenByFilters: { pl: 'Ukryte przez filtry.', en: 'Hidden by the filters.' },
  layout: { pl: 'Układ', en: 'Layout' },
  runLayout: { pl: '▶ ForceAtlas2', en: '▶ ForceAtlas2' },
  stopLayout: { pl: '■ Zatrzymaj', en: '■ Stop' },
  resetLayout: { pl: 'Resetuj', en: 'Reset' },
  runLayoutTitle: { pl: 'Uruchom ForceAtlas2 (w tle)', en: 'Run ForceAtlas2 (in a worker)' },
  resetLayoutTitle: { pl: 'Przywróć zbudowany układ', en: 'Back to the built layout' },
  exportLabel: { pl: 'Eksport', en: 'Export' },
  sizeBy: { pl: 'Rozmiar', en: 'Size' },
  degree: { pl: 'Stopień', en: 'Degree' },
  pagerank: { pl: 'PageRank', en: 'PageRank' },
  exportGexf: { pl: 'Pobierz graf (GEXF)', en: 'Download the graph (GEXF)' },
  exportPng: { pl: 'Pobierz obraz (PNG)', en: 'Download the view (PNG)' },
  openFile: { pl: 'Otwórz plik', en: 'Open file' },
  loadingKb: { pl: 'Wczytywanie bazy wiedzy…', en: 'Loading the knowledge base…' },
  drawingKb: { pl: 'Rysowanie: {entities}, {relations}…', en: 'Drawing {entities} and {relations}…' },
  dropHint: { pl: 'Upuść plik GEXF, GraphML lub JSON albo artykuł .txt', en: 'Drop a GEXF, GraphML or JSON file, or an article as .txt' },
  backToKb: { pl: 'Zamknij plik', en: 'Close file' },
  backToKbTitle: { pl: 'Wróć do bazy wiedzy', en: 'Back to the knowledge base' },
  quantity: { pl: 'liczba', en: 'quantity' },
  time: { pl: 'czas', en: 'time' },
  place: { pl: 'miejsce', en: 'place' },
  purpose: { pl: 'cel', en: 'purpose' },
  role: { pl: 'rola', en: 'role' },
  entitiesLabel: { pl: 'Encje', en: 'Entities' },
  relationsLabel: { pl: 'Relacje', en: 'Relations' },
  central: { pl: 'Najważniejsze encje (PageRank)', en: 'Most central entities (PageRank)' },
  close: { pl: 'Zamknij', en: 'Close' },
  graph: { pl: 'Graf', en: 'Graph' },
  // Articles and drafts
  article: { pl: 'Artykuł', en: 'Article' },
  articleTitle: { pl: 'Dodaj artykuł jako szkic', en: 'Add an article as a draft' },
  articleButtonTitle: { pl: 'Wyodrębnij encje i relacje z artykułu po polsku', en: 'Extract entities and relations from a Polish article' },
  articleHint: {
    pl: 'Wklej tekst artykułu po polsku albo upuść plik .txt. Wynik pojawi się w grafie jako szkic: nic nie trafia do bazy wiedzy bez przeglądu.',
    en: 'Paste the text of a Polish article or drop a .txt file. The result joins the graph as a draft: nothing enters the knowledge base without review.',
  },
  articleText: { pl: 'Tekst artykułu', en: 'Article text' },
  articlePlaceholder: { pl: 'Tytuł\n\nTreść artykułu…', en: 'Title\n\nBody of the article…' },
  published: { pl: 'Data publikacji', en: 'Publication date' },
  publishedHint: {
    pl: 'Względne daty („w środę”, „w czerwcu ubiegłego roku”) liczą się od niej.',
    en: 'Relative dates ("w środę", "last June") count from it.',
  },
  extract: { pl: 'Wyodrębnij', en: 'Extract' },
  cancel: { pl: 'Anuluj', en: 'Cancel' },
  loadingDictionary: { pl: 'Wczytywanie słownika języka polskiego (2,8 MB)…', en: 'Loading the Polish dictionary (2.8 MB)…' },
  extracting: { pl: 'Wyodrębnianie encji i relacji…', en: 'Extracting entities and relations…' },
  txtOnly: { pl: 'Tu można upuścić tylko plik tekstowy .txt.', en: 'Only a plain .txt file can be dropped here.' },
  errEmptyText: { pl: 'Wklej tekst artykułu: pole jest puste.', en: 'Paste the text of an article: the field is empty.' },
  errInvalidDate: { pl: 'Podaj datę publikacji w postaci RRRR-MM-DD.', en: 'Give the publication date as YYYY-MM-DD.' },
  errTooLong: { pl: 'Artykuł jest za długi (najwyżej 200 000 znaków): podziel go.', en: 'The article is too long (200,000 characters at most): split it.' },
  errNothingFound: {
    pl: 'Nie znaleziono w tym tekście żadnych encji. Czy to artykuł po polsku?',
    en: 'No entities found in this text. Is it a Polish article?',
  },
  errNothingNew: {
    pl: 'Tekst wymienia tylko encje znane z bazy wiedzy i nie wnosi nowych relacji.',
    en: 'The text names only entities the knowledge base already has and brings no new relations.',
  },
  errMerge: { pl: 'Szkicu nie da się scalić z bazą wiedzy:', en: 'The draft does not merge into the knowledge base:' },
  errKnowledgeBase: { pl: 'Baza wiedzy w przeglądarce nie przechodzi walidacji:', en: 'The knowledge base in the browser does not validate:' },
  errDictionary: { pl: 'Nie udało się wczytać słownika:', en: 'Could not load the dictionary:' },
  errExtract: { pl: 'Wyodrębnianie nie powiodło się:', en: 'Extraction failed:' },
  draft: { pl: 'Szkic', en: 'Draft' },
  draftBadge: { pl: 'szkic', en: 'draft' },
  draftBadgeTitle: { pl: 'Wyodrębnione automatycznie, jeszcze nie przejrzane', en: 'Extracted automatically, not reviewed yet' },
  draftEntities: { pl: 'Nowe encje', en: 'New entities' },
  draftRelations: { pl: 'Nowe relacje', en: 'New relations' },
  draftShown: { pl: 'Szkic w grafie', en: 'Draft in the graph' },
  editArticle: { pl: 'Edytuj', en: 'Edit' },
  editArticleTitle: { pl: 'Popraw tekst lub datę i wyodrębnij ponownie', en: 'Correct the text or the date and extract again' },
  discardDraft: { pl: 'Odrzuć szkic', en: 'Discard draft' },
  discardDraftTitle: { pl: 'Wróć do bazy wiedzy bez szkicu', en: 'Back to the knowledge base without the draft' },
  download: { pl: 'Pobierz', en: 'Download' },
  downloadDraftJson: { pl: 'Szkic dla „faktograf merge” (JSON)', en: 'The draft, for "faktograf merge" (JSON)' },
  downloadArticleTxt: { pl: 'Tekst artykułu (TXT)', en: 'The article text (TXT)' },
  downloadDraftYaml: { pl: 'Pliki, które szkic dodaje do graph/ (YAML)', en: 'The files the draft adds to graph/ (YAML)' },
  mergeHint: { pl: 'Po przeglądzie dodaj szkic do bazy wiedzy:', en: 'After review, add the draft to the knowledge base:' },
  pickTxt: { pl: 'Wybierz plik .txt…', en: 'Choose a .txt file…' },
  // Keyboard and phone
  skipLinks: { pl: 'Przejdź do', en: 'Skip to' },
  skipSearch: { pl: 'Przejdź do wyszukiwania', en: 'Skip to search' },
  skipGraph: { pl: 'Przejdź do grafu', en: 'Skip to the graph' },
  skipDetails: { pl: 'Przejdź do szczegółów', en: 'Skip to details' },
  skipSource: { pl: 'Przejdź do tekstu źródłowego', en: 'Skip to the source text' },
  graphLabel: { pl: 'Graf wiedzy', en: 'Knowledge graph' },
  graphHelp: {
    pl: 'Strzałki przenoszą zaznaczenie do sąsiedniej encji w tym kierunku, Enter otwiera jej szczegóły, Escape czyści zaznaczenie, / przechodzi do wyszukiwania.',
    en: 'Arrow keys move the selection to the neighbouring entity in that direction, Enter opens its details, Escape clears the selection, / goes to search.',
  },
  noNeighbour: { pl: 'Brak sąsiada w tym kierunku.', en: 'No neighbour in that direction.' },
  selectionCleared: { pl: 'Zaznaczenie wyczyszczone.', en: 'Selection cleared.' },
  emptyGraph: { pl: 'Graf jest pusty.', en: 'The graph is empty.' },
  tools: { pl: 'Narzędzia', en: 'Tools' },
  toolsMenu: { pl: 'Wszystkie narzędzia', en: 'All tools' },
  group: { pl: 'Grupa', en: 'Group' },
  groupMembers: { pl: 'Członkowie grupy', en: 'Members of the group' },
} satisfies Record<string, LangText>;

export type StringKey = keyof typeof STRINGS;

type Forms = Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>> & { other: string };

/**
 * A count and its noun in every form the language's plural rules ask for (CLDR categories:
 * Polish one 1 · few 2–4, 22–24… · many 0, 5–21, 25… · other fractions; English one · other).
 */
export const COUNTS = {
  outlets: {
    pl: { one: '{n} źródło', few: '{n} źródła', many: '{n} źródeł', other: '{n} źródła' },
    en: { one: '{n} outlet', other: '{n} outlets' },
  },
  nodes: {
    pl: { one: '{n} węzeł', few: '{n} węzły', many: '{n} węzłów', other: '{n} węzła' },
    en: { one: '{n} node', other: '{n} nodes' },
  },
  edges: {
    pl: { one: '{n} krawędź', few: '{n} krawędzie', many: '{n} krawędzi', other: '{n} krawędzi' },
    en: { one: '{n} edge', other: '{n} edges' },
  },
  entities: {
    pl: { one: '{n} encja', few: '{n} encje', many: '{n} encji', other: '{n} encji' },
    en: { one: '{n} entity', other: '{n} entities' },
  },
  relations: {
    pl: { one: '{n} relacja', few: '{n} relacje', many: '{n} relacji', other: '{n} relacji' },
    en: { one: '{n} relation', other: '{n} relations' },
  },
  leftOut: {
    pl: {
      one: '{n} pominięta (niezgodna z ontologią)',
      few: '{n} pominięte (niezgodne z ontologią)',
      many: '{n} pominiętych (niezgodnych z ontologią)',
      other: '{n} pominiętej (niezgodnej z ontologią)',
    },
    en: { one: '{n} left out (does not fit the ontology)', other: '{n} left out (do not fit the ontology)' },
  },
} satisfies Record<string, Record<Lang, Forms>>;

export type CountKey = keyof typeof COUNTS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** A data text in the chosen language, falling back to the other one. */
export function pick(text: LangText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.pl || text.en || '';
}
