// Colours between graph attributes (CSS strings, as Sigma uses) and GEXF's viz:color
// channels. Only the forms that come back identical are mapped without a copy.
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1; absent means opaque. */
  a?: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/i;

export function parseColor(css: string): Rgba | null {
  const hex = HEX.exec(css);
  if (hex) {
    let h = hex[1]!;
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
    return h.length === 8 ? { r, g, b, a: Math.round((parseInt(h.slice(6), 16) / 255) * 1000) / 1000 } : { r, g, b };
  }
  const f = FUNC.exec(css);
  if (!f) return null;
  const [r, g, b] = [f[1], f[2], f[3]].map(Number) as [number, number, number];
  const a = f[4] === undefined ? undefined : Number(f[4]);
  if (r > 255 || g > 255 || b > 255 || (a !== undefined && a > 1)) return null;
  return a === undefined ? { r, g, b } : { r, g, b, a };
}

/** `#rrggbb` when opaque, else `rgba(r,g,b,a)`. */
export function formatColor({ r, g, b, a }: Rgba): string {
  if (a === undefined || a === 1) return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r},${g},${b},${a})`;
}
