// The commands, each loaded only when it runs: `faktograf --help` and `--version` load none,
// so the command line starts in about the time Node itself takes.
import type { CommandSpec } from './args.ts';
import type { CliIO } from './io.ts';

export interface Command {
  spec: CommandSpec;
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface CommandEntry {
  name: string;
  /** The first sentence of the command's summary, for the overview (a test keeps them equal). */
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'validate',
    summary: 'Check a knowledge base: file shapes, ids, references, the ontology, dates and that every quote is in its source',
    load: () => import('./commands/validate.ts').then((m) => ({ spec: m.validateSpec, run: m.validateCommand })),
  },
  {
    name: 'build',
    summary:
      'Validate the knowledge base, build the graph, lay it out with ForceAtlas2 and write graph.json, sources.json and overview.json (what drawing the graph takes, for the first frame of the explorer)',
    load: () => import('./commands/build.ts').then((m) => ({ spec: m.buildSpec, run: m.buildCommand })),
  },
  {
    name: 'entity',
    summary: 'Show an entity, found by id, name or any alias in Polish or English (case, diacritics and inflection do not matter).',
    load: () => import('./commands/entity.ts').then((m) => ({ spec: m.entitySpec, run: m.entityCommand })),
  },
  {
    name: 'relations',
    summary: 'List relations with their qualifiers, factuality, who claims them, how many outlets carry them and the quotes that ground them.',
    load: () => import('./commands/relations.ts').then((m) => ({ spec: m.relationsSpec, run: m.relationsCommand })),
  },
  {
    name: 'conflicts',
    summary:
      'List the claims that fill one slot with incompatible values (a figure, a date, a place, an affirmation against a denial), both sides with their quotes, sources and claimants; and the figures that change over time (series, not conflicts).',
    load: () => import('./commands/conflicts.ts').then((m) => ({ spec: m.conflictsSpec, run: m.conflictsCommand })),
  },
  {
    name: 'timeline',
    summary: "List every claim by date (the relation's time qualifier, else its source's publication date), each with its source, outlet, claimants and quote.",
    load: () => import('./commands/timeline.ts').then((m) => ({ spec: m.timelineSpec, run: m.timelineCommand })),
  },
  {
    name: 'series',
    summary: 'Show a figure over time (the series about an entity, or holding a relation), per claimant, each value with its quote.',
    load: () => import('./commands/series.ts').then((m) => ({ spec: m.seriesSpec, run: m.seriesCommand })),
  },
  {
    name: 'path',
    summary: 'The shortest chain of relations between two entities (edge direction ignored unless --directed).',
    load: () => import('./commands/path.ts').then((m) => ({ spec: m.pathSpec, run: m.pathCommand })),
  },
  {
    name: 'export',
    summary: 'Write the knowledge graph for another tool: Gephi, NetworkX, yEd, Neo4j, a triple store',
    load: () => import('./commands/export.ts').then((m) => ({ spec: m.exportSpec, run: m.exportCommand })),
  },
  {
    name: 'load',
    summary: 'Write the knowledge graph into a triple store that speaks the SPARQL 1.1 Graph Store HTTP Protocol, replacing one named graph all or nothing',
    load: () => import('./commands/load.ts').then((m) => ({ spec: m.loadSpec, run: m.loadCommand })),
  },
  {
    name: 'import',
    summary: 'Read a GEXF, GraphML or graphology JSON file and print what it holds',
    load: () => import('./commands/import.ts').then((m) => ({ spec: m.importSpec, run: m.importCommand })),
  },
  {
    name: 'synth',
    summary:
      'Write a synthetic knowledge base for scale tests: every entity and relation type of the ontology, heavy-tailed degrees, generated Polish-ish sources holding every quote',
    load: () => import('./commands/synth.ts').then((m) => ({ spec: m.synthSpec, run: m.synthCommand })),
  },
  {
    name: 'extract',
    summary:
      'Read a Polish news article and propose a draft knowledge base: entities linked to the knowledge base or new, relations with verbatim quotes, factuality, status, claimants and qualifiers with their basis',
    load: () => import('./commands/extract.ts').then((m) => ({ spec: m.extractSpec, run: m.extractCommand })),
  },
  {
    name: 'merge',
    summary:
      'Add a reviewed draft (from "faktograf extract --json") to a knowledge base: the article as a source, its new entities and its relations, each in a file of its own',
    load: () => import('./commands/merge.ts').then((m) => ({ spec: m.mergeSpec, run: m.mergeCommand })),
  },
  {
    name: 'ingest',
    summary:
      'Add Polish news articles to a knowledge base in one go: each is extracted, its mentions linked to the known entities and to those of the articles before it, a fact already known becomes more evidence of that claim, the rest new files',
    load: () => import('./commands/ingest.ts').then((m) => ({ spec: m.ingestSpec, run: m.ingestCommand })),
  },
  {
    name: 'merge-entities',
    summary: 'Merge two entities that are one: every reference to <drop> points to <keep>, its names become aliases of <keep>, and it is removed',
    load: () => import('./commands/merge-entities.ts').then((m) => ({ spec: m.mergeEntitiesSpec, run: m.mergeEntitiesCommand })),
  },
];
