import { describe, expect, it } from 'vitest';
import { importGraph } from '../../import/index.ts';
import { normalizeGraph } from './dataset.ts';
import { dayNumber } from './days.ts';
import { edgeRanges, nodeRanges } from './dynamic.ts';
import { filterGraph } from './filters.ts';
import { defaultViewState } from './store.ts';
import { timelineModel } from './story.ts';
import type { Period } from './types.ts';

// As NetworkX writes a dynamic graph: spells, an entity's own interval, timed edges, and an untimed edge and entity.
const GEXF = `<?xml version="1.0" encoding="utf-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed" mode="dynamic">
<attributes mode="static" class="edge"><attribute id="1" title="kind_of" type="string"/></attributes>
<nodes>
  <node id="a" label="Alpha"><spells><spell start="2001" end="2003"/><spell start="2005" end="2007"/></spells></node>
  <node id="b" label="Beta" start="2002" end="2009"/>
  <node id="root" label="Root"/>
</nodes>
<edges>
  <edge id="0" source="a" target="b" start="2002" end="2004"><attvalues><attvalue for="1" value="cites"/></attvalues></edge>
  <edge id="1" source="a" target="b" start="2006" end="2007"/>
  <edge id="2" source="b" target="root"/>
</edges></graph></gexf>`;

const graph = normalizeGraph(importGraph(GEXF).graph, 'dynamic.gexf');
const during = (period: Period) => {
  const g = filterGraph(graph, defaultViewState().filters, undefined, undefined, { asOf: null, period, published: new Map() });
  return { nodes: g.nodes().sort(), edges: g.edges().sort() };
};

describe('a dynamic graph file in time', () => {
  it('reads spells, intervals and their open ends as days', () => {
    expect(nodeRanges(graph.getNodeAttributes('a'))).toEqual([
      [dayNumber('2001-01-01'), dayNumber('2003-12-31')],
      [dayNumber('2005-01-01'), dayNumber('2007-12-31')],
    ]);
    expect(nodeRanges(graph.getNodeAttributes('b'))).toEqual([[dayNumber('2002-01-01'), dayNumber('2009-12-31')]]);
    expect(nodeRanges(graph.getNodeAttributes('root'))).toBeNull();
    expect(edgeRanges(graph.getEdgeAttributes('1'))).toEqual([[dayNumber('2006-01-01'), dayNumber('2007-12-31')]]);
    expect(edgeRanges(graph.getEdgeAttributes('2'))).toBeNull();
  });

  it('keeps what exists within the brushed period, and what has no time', () => {
    expect(during(['2002-06-01', '2002-07-01'])).toEqual({ nodes: ['a', 'b', 'root'], edges: ['0', '2'] });
    // Alpha's spells leave a gap in 2004: it and its edges are gone, Beta stays.
    expect(during(['2004-03-01', '2004-09-01'])).toEqual({ nodes: ['b', 'root'], edges: ['2'] });
    expect(during(['2006-02-01', '2006-03-01'])).toEqual({ nodes: ['a', 'b', 'root'], edges: ['1', '2'] });
    expect(during(['2012-01-01', '2013-01-01'])).toEqual({ nodes: ['root'], edges: [] });
  });

  it('gives the timeline its events and extent', () => {
    const model = timelineModel(graph, new Map());
    expect(model.extent).toEqual([dayNumber('2001-01-01'), dayNumber('2009-12-31')]);
    expect(model.events.map((e) => [e.relation, e.date])).toEqual([
      ['0', '2002-01-01 – 2004-12-31'],
      ['1', '2006-01-01 – 2007-12-31'],
    ]);
  });

  it('does not read times that are not dates', () => {
    const g = normalizeGraph(
      importGraph(
        `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph timeformat="double"><nodes><node id="x" start="1.5" end="2.5"/></nodes></graph></gexf>`,
      ).graph,
      'd.gexf',
    );
    expect(nodeRanges(g.getNodeAttributes('x'))).toBeNull();
  });
});
