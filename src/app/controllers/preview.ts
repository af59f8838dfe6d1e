// The first frame of a large knowledge base, drawn from overview.json while graph.json is
// still loading: every entity as a point and every relation as a line, where Sigma will
// draw them (its own normalisation and camera matrix, sigma/utils), in the same colours
// and sizes, so that the explorer replaces it without a jump. Not interactive: the
// loading notice stays until the explorer is mounted.
import { createNormalizationFunction, matrixFromCamera } from 'sigma/utils';
import type { Overview } from '../../compile/overview.ts';
import { FALLBACK_COLOR } from '../../model/appearance.ts';
import { nodeSize } from '../core/appearance.ts';
import { positionExtent, valueRange } from '../core/range.ts';

const LINE_VS = `
attribute vec2 a_position;
attribute vec4 a_color;
uniform mat3 u_matrix;
varying vec4 v_color;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1.0)).xy, 0.0, 1.0);
  v_color = a_color;
}`;
const POINT_VS = `
attribute vec2 a_position;
attribute vec4 a_color;
attribute float a_size;
uniform mat3 u_matrix;
uniform float u_pixelRatio;
varying vec4 v_color;
varying float v_feather;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1.0)).xy, 0.0, 1.0);
  gl_PointSize = a_size * 2.0 * u_pixelRatio;
  v_feather = 1.0 / gl_PointSize;
  v_color = a_color;
}`;
const LINE_FS = `
precision mediump float;
varying vec4 v_color;
void main() { gl_FragColor = v_color; }`;
const POINT_FS = `
precision mediump float;
varying vec4 v_color;
varying float v_feather;
void main() {
  float inside = 0.5 - length(gl_PointCoord - vec2(0.5));
  gl_FragColor = v_color * clamp(inside / v_feather, 0.0, 1.0);
}`;

function rgba(hex: string): [number, number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex) ?? /^#([0-9a-f]{6})$/i.exec(FALLBACK_COLOR)!;
  const v = parseInt(m[1]!, 16);
  return [v >> 16, (v >> 8) & 255, v & 255, 255];
}

function program(gl: WebGLRenderingContext, vs: string, fs: string): WebGLProgram {
  const p = gl.createProgram()!;
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vs],
    [gl.FRAGMENT_SHADER, fs],
  ] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(p, shader);
  }
  gl.linkProgram(p);
  return p;
}

function attribute(gl: WebGLRenderingContext, p: WebGLProgram, name: string, data: Float32Array | Uint8Array, size: number): void {
  const location = gl.getAttribLocation(p, name);
  if (location < 0) return;
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(location);
  gl.vertexAttribPointer(location, size, data instanceof Uint8Array ? gl.UNSIGNED_BYTE : gl.FLOAT, data instanceof Uint8Array, 0, 0);
}

/** Draws `overview` into `container`; returns a function that removes it, or null without WebGL. */
export function drawPreview(container: HTMLElement, overview: Overview, padding: number): (() => void) | null {
  const { nodes, edges } = overview;
  const n = nodes.x.length;
  if (n === 0) return null;
  const width = container.offsetWidth;
  const height = container.offsetHeight;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-preview';
  Object.assign(canvas.style, { position: 'absolute', inset: '0', width: `${width}px`, height: `${height}px`, pointerEvents: 'none' });
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const gl = canvas.getContext('webgl', { antialias: false, preserveDrawingBuffer: true });
  if (!gl) return null;
  container.append(canvas);

  // Sigma's frame: the extent the explorer gives it (graph controller), normalised into
  // the unit square, the default camera.
  const extent = positionExtent(nodes.x, nodes.y);
  const normalize = createNormalizationFunction(extent);
  const graphSize = { width: extent.x[1] - extent.x[0] || 1, height: extent.y[1] - extent.y[0] || 1 };
  const matrix = matrixFromCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { width, height }, graphSize, padding);
  const position = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = normalize({ x: nodes.x[i]!, y: nodes.y[i]! });
    position[2 * i] = p.x;
    position[2 * i + 1] = p.y;
  }
  // Sizes by degree over the whole graph, as the explorer's default (core/appearance.ts).
  const range = valueRange(nodes.degree) ?? [0, 0];
  const nodeColors = overview.entityTypes.map((t) => rgba(t.color));
  const edgeColors = overview.relationTypes.map((t) => rgba(t.color));

  gl.viewport(0, 0, canvas.width, canvas.height);
  gl.enable(gl.BLEND);
  gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);

  const m = edges.source.length;
  if (m > 0) {
    const linePosition = new Float32Array(4 * m);
    const lineColor = new Uint8Array(8 * m);
    for (let k = 0; k < m; k++) {
      const [s, t] = [edges.source[k]!, edges.target[k]!];
      linePosition.set([position[2 * s]!, position[2 * s + 1]!, position[2 * t]!, position[2 * t + 1]!], 4 * k);
      const c = edgeColors[edges.type[k]!]!;
      lineColor.set(c, 8 * k);
      lineColor.set(c, 8 * k + 4);
    }
    const lines = program(gl, LINE_VS, LINE_FS);
    gl.useProgram(lines);
    gl.uniformMatrix3fv(gl.getUniformLocation(lines, 'u_matrix'), false, matrix);
    attribute(gl, lines, 'a_position', linePosition, 2);
    attribute(gl, lines, 'a_color', lineColor, 4);
    gl.drawArrays(gl.LINES, 0, 2 * m);
    for (let i = 0; i < 2; i++) gl.disableVertexAttribArray(i);
  }

  const size = new Float32Array(n);
  const color = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) {
    size[i] = nodeSize(nodes.degree[i]!, range);
    color.set(nodeColors[nodes.type[i]!]!, 4 * i);
  }
  const points = program(gl, POINT_VS, POINT_FS);
  gl.useProgram(points);
  gl.uniformMatrix3fv(gl.getUniformLocation(points, 'u_matrix'), false, matrix);
  gl.uniform1f(gl.getUniformLocation(points, 'u_pixelRatio'), ratio);
  attribute(gl, points, 'a_position', position, 2);
  attribute(gl, points, 'a_color', color, 4);
  attribute(gl, points, 'a_size', size, 1);
  gl.drawArrays(gl.POINTS, 0, n);
  // Waits for the drawing to finish (in software WebGL, most of a second at 250,000 lines),
  // so that whoever is told it is drawn sees it in the next frame.
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));

  return () => {
    canvas.remove();
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  };
}
