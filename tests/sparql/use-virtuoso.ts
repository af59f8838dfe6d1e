// One Virtuoso for a test file's describe block: started before its tests, stopped after,
// with a Graph Store client that authenticates as its dba (digest auth).
import { afterAll, beforeAll } from 'vitest';
import { authenticatingFetch } from '../../src/node/http-auth.ts';
import { GraphStore } from '../../src/sparql/graph-store.ts';
import { startVirtuoso, type Virtuoso, type VirtuosoOptions } from './virtuoso.ts';

export interface VirtuosoFixture {
  /** The running server (set once beforeAll has run). */
  readonly server: Virtuoso;
  /** Its /sparql-graph-crud-auth endpoint, authenticated. */
  readonly store: GraphStore;
}

/** Call inside `describe.skipIf(!virtuosoAvailable())(…)`. */
export function useVirtuoso(options: VirtuosoOptions = {}): VirtuosoFixture {
  let server: Virtuoso | undefined;
  let store: GraphStore | undefined;
  beforeAll(async () => {
    server = await startVirtuoso(options);
    store = new GraphStore({ endpoint: server.graphStore, fetch: authenticatingFetch({ user: server.user, password: server.password }) });
  }, 120_000);
  afterAll(() => server?.stop());
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('Virtuoso is not started: use the fixture inside a test');
    return v;
  };
  return {
    get server() {
      return started(server);
    },
    get store() {
      return started(store);
    },
  };
}
