import { describe, expect, it } from 'vitest';
import { importGraph } from '../../import/index.ts';
import { normalizeGraph } from './dataset.ts';
import { convexHull, groupsOf, parentOf } from './groups.ts';

// The GEXF primer's hierarchy, by pid and by nesting: the same tree.
const PID = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
<node id="g" label="frog2" pid="e"/><node id="a" label="Kevin Bacon"/><node id="c" label="human1" pid="b"/><node id="b" label="God" pid="a"/>
<node id="e" label="Me" pid="a"/><node id="d" label="human2" pid="b"/><node id="f" label="frog1" pid="e"/><node id="z" label="orphan" pid="missing"/>
</nodes><edges><edge source="b" target="e"/></edges></graph></gexf>`;
const NESTED = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
<node id="a" label="Kevin Bacon"><nodes><node id="b" label="God"><nodes><node id="c" label="human1"/><node id="d" label="human2"/></nodes></node>
<node id="e" label="Me"><nodes><node id="f" label="frog1"/><node id="g" label="frog2"/></nodes></node></nodes></node>
</nodes></graph></gexf>`;

describe('groups', () => {
  it.each([
    ['pid', PID],
    ['nested nodes', NESTED],
  ])('a hierarchy by %s gives each parent its direct members', (_how, gexf) => {
    const graph = normalizeGraph(importGraph(gexf).graph, 'tree.gexf');
    expect([...groupsOf(graph).values()]).toEqual([
      { id: 'a', members: ['b', 'e'] },
      { id: 'b', members: ['c', 'd'] },
      { id: 'e', members: ['f', 'g'] },
    ]);
    expect(parentOf(graph, 'a')).toBeNull();
  });

  it('a parent the file does not hold makes no group', () => {
    const graph = normalizeGraph(importGraph(PID).graph, 'tree.gexf');
    expect(parentOf(graph, 'z')).toBeNull();
  });

  it('hulls points, leaving inner ones out', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
      { x: 1, y: 0 },
    ];
    expect(convexHull(square)).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
    ]);
    expect(convexHull([{ x: 1, y: 1 }])).toEqual([{ x: 1, y: 1 }]);
  });
});
