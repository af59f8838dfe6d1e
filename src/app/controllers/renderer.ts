// The Sigma instance: render programs (straight and curved arrows; points and lines for
// large graphs), typography, and the reducers that fade whatever the current emphasis
// leaves out. Reducers only change display; the data graph is never touched here. A large
// graph (core/scale.ts) has no reducers: its emphasis is drawn by emphasis-layer.ts.
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodePointProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes, GraphAttributes } from '../../model/types.ts';
import type { Emphasis } from '../core/highlight.ts';
import type { KnowledgeGraphData } from '../core/types.ts';
import { SETTINGS } from '../settings.ts';
import { EdgeDashedCurvedProgram, EdgeDashedProgram, NodeDraftProgram } from './draft-programs.ts';
import type { Labels } from './labels.ts';

type Program = EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

const FADED_NODE = SETTINGS.faded.node;
const FADED_EDGE = SETTINGS.faded.edge;
/** Space around the graph in the viewport (Sigma's `stagePadding`; the preview frames the same way). */
export const STAGE_PADDING = SETTINGS.camera.padding;
export const FONT = SETTINGS.labels.font;

export interface DisplaySource {
  emphasis(): Emphasis | null;
  selectedEdge(): string | null;
  /** Whether edges outside any emphasis show their labels (only once zoomed in). */
  edgeLabels(): boolean;
}

type NodeProgram = NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const LABEL_SIZE = SETTINGS.labels.size;
export const LABEL_WEIGHT = SETTINGS.labels.weight;

/**
 * With `labels` (a small graph), every drawn node offers its label and controllers/labels.ts
 * picks the ones that fit without overlapping.
 */
export function createRenderer(container: HTMLElement, graph: KnowledgeGraphData, display: DisplaySource, large = false, labels?: Labels): Renderer {
  const offer = labels ? { forceLabel: true } : {};
  return new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: !large,
    // Picking one-pixel lines among hundreds of thousands is guesswork: relations of a
    // large graph are chosen from the entity panel instead.
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    // Sorting hundreds of thousands of items by z-index on every refresh buys nothing at that density.
    zIndex: !large,
    defaultEdgeType: 'straight',
    edgeProgramClasses: {
      straight: EdgeArrowProgram as unknown as Program,
      curved: EdgeCurvedArrowProgram as unknown as Program,
      // An opened file's undirected edges: no arrowhead.
      undirected: EdgeRectangleProgram as unknown as Program,
      undirectedCurved: EdgeCurveProgram as unknown as Program,
      line: EdgeLineProgram as unknown as Program,
      dashed: EdgeDashedProgram as unknown as Program,
      dashedCurved: EdgeDashedCurvedProgram as unknown as Program,
    },
    nodeProgramClasses: { point: NodePointProgram as unknown as NodeProgram, draft: NodeDraftProgram as unknown as NodeProgram },
    labelFont: FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    ...(labels ? { defaultDrawNodeLabel: labels.draw } : {}),
    labelColor: { color: SETTINGS.labels.color },
    edgeLabelFont: FONT,
    edgeLabelSize: SETTINGS.labels.edgeSize,
    edgeLabelColor: { color: SETTINGS.labels.edgeColor },
    labelRenderedSizeThreshold: SETTINGS.labels.renderedSizeThreshold,
    minCameraRatio: SETTINGS.camera.minRatio,
    maxCameraRatio: SETTINGS.camera.maxRatio,
    stagePadding: STAGE_PADDING,
    nodeReducer: large
      ? null
      : (node, data): Partial<NodeDisplayData> => {
          const focus = display.emphasis();
          if (!focus) return labels ? { ...data, ...offer } : data;
          if (focus.nodes.has(node)) {
            return { ...data, zIndex: 2, forceLabel: true, highlighted: focus.focus.has(node) };
          }
          return { ...data, color: FADED_NODE, label: null, zIndex: 0, highlighted: false };
        },
    edgeReducer: large
      ? null
      : (edge, data): Partial<EdgeDisplayData> => {
          const focus = display.emphasis();
          // A contradicted relation keeps its marked label (core/appearance.ts) at any zoom.
          if (!focus) return display.edgeLabels() || (data as { forceLabel?: boolean }).forceLabel ? data : { ...data, label: null };
          if (focus.edges.has(edge)) {
            const selected = display.selectedEdge() === edge;
            return {
              ...data,
              zIndex: 2,
              forceLabel: true,
              size: Math.max(data.size, selected ? SETTINGS.emphasisEdgeSize.selected : SETTINGS.emphasisEdgeSize.highlighted),
            };
          }
          return { ...data, color: FADED_EDGE, label: null, zIndex: 0 };
        },
  });
}
