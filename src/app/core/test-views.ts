// For tests of the view state's encodings (URL, workspace files): what a small graph holds,
// and a view that sets every part of the state.
import type { ViewState } from './types.ts';
import type { UrlContext } from './url.ts';

export const TEST_CONTEXT: UrlContext = {
  hasNode: (id) => ['shoigu', 'kim'].includes(id),
  hasEdge: (id) => id === 'r1',
  entityTypes: ['Person', 'Place'],
  relationTypes: ['MEETS'],
  factualities: ['certain', 'possible'],
  claimants: ['-', 'kcna'],
  outlets: ['1', '2'],
  sources: ['s1'],
  media: ['alpha', 'beta'],
  drafts: ['entities', 'relations'],
  attributes: { numbers: ['population'], categories: ['country'] },
};

export const FULL_VIEW: ViewState = {
  selection: { kind: 'edge', id: 'r1', evidence: 1 },
  filters: {
    entityTypes: ['Place'],
    relationTypes: ['MEETS'],
    factualities: ['possible'],
    claimants: ['-'],
    outlets: ['1'],
    sources: ['s1'],
    media: ['beta'],
    drafts: ['relations'],
  },
  lang: 'en',
  sizeBy: 'pagerank',
  path: { from: 'shoigu', to: 'kim' },
  source: 's1',
  camera: { x: 0.25, y: 0.75, ratio: 0.5 },
  asOf: '2025-06-17',
  period: ['2024-10-01', '2025-06-17'],
  neighbourhood: { around: ['kim', 'shoigu'], hops: 2 },
  hideOrphans: true,
  colorBy: 'community',
  edgeSizeBy: 'certainty',
};
