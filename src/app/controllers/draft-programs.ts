// WebGL programs that mark drafts on the graph: an entity not reviewed yet is a pale disc
// with a dashed ring of its type's colour, a draft relation a dashed arrow (straight, or
// curved when parallel to others). Each is sigma's own program with its shaders edited,
// so sizes, picking and arrow heads behave exactly as for the other nodes and edges.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, NodeCircleProgram, type ProgramDefinition } from 'sigma/rendering';

/** Dash and period along an edge, in CSS pixels. */
const DASH = '5.0';
const PERIOD = '8.0';

/** A class to extend: TypeScript wants a mixin's base constructor to take any[]. */
type ProgramClass = new (...args: never[]) => { getDefinition(): ProgramDefinition };

/** `Base` with its definition edited; what the edit leaves out stays as it was. */
function edited<T>(Base: T, edit: (def: ProgramDefinition) => Partial<ProgramDefinition>): T {
  class Edited extends (Base as unknown as ProgramClass) {
    override getDefinition(): ProgramDefinition {
      const def = super.getDefinition();
      return { ...def, ...edit(def) };
    }
  }
  return Edited as unknown as T;
}

/** Adds declarations before `main` and statements at its end (it is the last function). */
function inject(source: string, declarations: string, atEnd: string): string {
  const main = source.indexOf('void main');
  const end = source.lastIndexOf('}');
  if (main < 0 || end < main) throw new Error('faktograf: a sigma shader has an unexpected shape; check draft-programs.ts against the sigma version');
  return `${source.slice(0, main)}${declarations}\n${source.slice(main, end)}${atEnd}\n}\n`;
}

/** Clears the gaps of the dash pattern; picking (clicks) still sees the whole edge. */
const gap = (along: string, keep = 'false') => `
  #ifndef PICKING_MODE
  if (!(${keep}) && mod(${along}, ${PERIOD}) > ${DASH}) gl_FragColor = vec4(0.0);
  #endif`;

const NODE_FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 white = vec4(1.0, 1.0, 1.0, 1.0);
const float DASHES = 8.0;
const float TAU = 6.283185307179586;

void main(void) {
  float border = u_correctionRatio * 2.0;
  float r = length(v_diffVector);
  float dist = r - v_radius + border;

  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  float ring = max(v_radius * 0.36, border * 1.25);
  float dash = step(0.45, fract(atan(v_diffVector.y, v_diffVector.x) / TAU * DASHES));
  vec4 fill = vec4(mix(v_color.rgb, white.rgb, 0.8), v_color.a);
  vec4 color = r > v_radius - border - ring && dash > 0.5 ? v_color : fill;
  gl_FragColor = mix(color, transparent, clamp(dist / border, 0.0, 1.0));
  #endif
}
`;

export const NodeDraftProgram = edited(NodeCircleProgram, () => ({ FRAGMENT_SHADER_SOURCE: NODE_FRAGMENT }));

/** The clamped line of sigma's arrow, dashed by the distance from its source. */
const DashedClamped = edited(createEdgeClampedProgram(), (def) => ({
  VERTEX_SHADER_SOURCE: inject(
    def.VERTEX_SHADER_SOURCE,
    'varying highp float v_along;',
    // Graph units to pixels is the inverse of how the shader turns thickness into units.
    '  v_along = a_positionCoef * length(a_positionEnd - a_positionStart) * u_sizeRatio / u_correctionRatio;',
  ),
  FRAGMENT_SHADER_SOURCE: inject(def.FRAGMENT_SHADER_SOURCE, 'varying highp float v_along;', gap('v_along')),
}));

export const EdgeDashedProgram = createEdgeCompoundProgram([DashedClamped, createEdgeArrowHeadProgram()]);

/** The curved arrow, dashed by the distance from its source; the head stays whole. */
export const EdgeDashedCurvedProgram = edited(EdgeCurvedArrowProgram, (def) => ({
  FRAGMENT_SHADER_SOURCE: inject(
    def.FRAGMENT_SHADER_SOURCE,
    'uniform float u_pixelRatio;',
    gap('length(gl_FragCoord.xy - v_cpA) / u_pixelRatio', 'length(gl_FragCoord.xy - v_targetPoint) < v_targetSize + v_thickness * u_lengthToThicknessRatio'),
  ),
}));
