export { KnowledgeGraph } from './knowledge-graph.ts';
export type { Direction, EntityView, EvidenceView, Neighbour, PathResult, RelationFilter, RelationView } from './knowledge-graph.ts';
export { NameIndex } from './name-index.ts';
export type { MatchKind, NameMatch } from './name-index.ts';
export { chooseMatch } from './choose.ts';
export type { MatchQuality, NameResolution } from './choose.ts';
