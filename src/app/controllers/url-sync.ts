// View state <-> browser history: each committed change becomes a history entry (or
// replaces one), and back/forward restore the state they point to.
import { attributeKinds } from '../../model/attribute-kinds.ts';
import { claimCounts } from '../core/claims.ts';
import type { Store } from '../core/store.ts';
import { decodeState, encodeState, type UrlContext } from '../core/url.ts';
import type { Dataset, ViewState } from '../core/types.ts';

export function urlContext(dataset: Dataset): UrlContext {
  const { ontology } = dataset.graph.getAttributes();
  const claims = claimCounts(dataset.graph);
  return {
    hasNode: (id) => dataset.graph.hasNode(id),
    hasEdge: (id) => dataset.graph.hasEdge(id),
    entityTypes: Object.keys(ontology.entityTypes),
    relationTypes: Object.keys(ontology.relationTypes),
    factualities: Object.keys(ontology.factuality),
    claimants: [...claims.claimants.keys()],
    outlets: [...claims.outlets.keys()],
    sources: [...dataset.sources.keys()],
    media: [...claims.media.keys()],
    drafts: [dataset.drafts.nodes.size > 0 && 'entities', dataset.drafts.edges.size > 0 && 'relations'].filter((d): d is string => !!d),
    attributes: attributeLists(dataset),
  };
}

function attributeLists(dataset: Dataset): { numbers: string[]; categories: string[] } {
  const kinds = attributeKinds(dataset.graph.mapNodes((_n, a) => a.attributes));
  return { numbers: kinds.filter((k) => k.kind === 'number').map((k) => k.key), categories: kinds.filter((k) => k.kind === 'category').map((k) => k.key) };
}

export function readUrlState(dataset: Dataset): ViewState {
  return decodeState(location.search, urlContext(dataset));
}

export function syncUrl(store: Store<ViewState>, dataset: Dataset): () => void {
  const ctx = urlContext(dataset);
  const write = (state: ViewState, push: boolean) => {
    const query = encodeState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, _prev, commit) => {
    if (commit !== 'silent') write(state, commit === 'push');
  });
  const onPop = () => store.set(decodeState(location.search, ctx), 'silent');
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
