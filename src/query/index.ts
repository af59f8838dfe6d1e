export { KnowledgeGraph } from './knowledge-graph.ts';
export type { Direction, EntityView, EvidenceView, Neighbour, PathResult, RelationFilter, RelationView } from './knowledge-graph.ts';
export { NameIndex } from './name-index.ts';
export type { MatchKind, NameMatch } from './name-index.ts';
export { chooseMatch } from './choose.ts';
export type { MatchQuality, NameResolution } from './choose.ts';
export { claimAsOf, conflictsAsOf, dateSpan, knownEvidence, meetsPeriod, OWN_VOICE, seriesAbout, seriesByClaimant, timeline } from './story.ts';
export type { ClaimAsOf, ClaimantSeries, TimedRelation, TimelineEntry } from './story.ts';
