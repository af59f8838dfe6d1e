// Types for the two internal modules of graphology-layout-forceatlas2 the layout tests
// compare against (the package ships types for its entry points only).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One iteration on graphology's flat matrices (10 floats per node, 3 per edge). */
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
