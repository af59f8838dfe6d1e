// Interface strings in both languages; the PL/EN toggle switches them with the labels.
import type { Lang, LangText } from '../../model/types.ts';

const STRINGS = {
  search: { pl: 'Szukaj encji…', en: 'Search entities…' },
  searchLabel: { pl: 'Szukaj', en: 'Search' },
  noResults: { pl: 'Brak wyników', en: 'No results' },
  filters: { pl: 'Filtry', en: 'Filters' },
  entityTypes: { pl: 'Typy encji', en: 'Entity types' },
  relationTypes: { pl: 'Typy relacji', en: 'Relation types' },
  certainty: { pl: 'Pewność', en: 'Certainty' },
  sources: { pl: 'Źródła', en: 'Sources' },
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
  attributes: { pl: 'Atrybuty', en: 'Attributes' },
  attributedTo: { pl: 'według', en: 'according to' },
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
  dropHint: { pl: 'Upuść plik GEXF, GraphML lub JSON', en: 'Drop a GEXF, GraphML or JSON file' },
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
} satisfies Record<string, LangText>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** A data text in the chosen language, falling back to the other one. */
export function pick(text: LangText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.pl || text.en || '';
}
