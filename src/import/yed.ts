// yEd's graphics inside GraphML <data> (its yfiles vocabulary, http://www.yworks.com/xml/graphml):
// of a node's or edge's first realizer, the label, position, size, fill or line colour
// and shape, read as the attributes NetworkX gives them (label, x, y, width, height,
// color, shape) plus size. Every other yfiles element is passed over.
import type { Attributes } from '../export/flat.ts';
import type { XmlTag } from './xml-reader.ts';

export const isYed = (tag: XmlTag): boolean => /^http:\/\/www\.yworks\.com\/xml\/graphml\/?$/.test(tag.uri) || tag.uri === 'y';

const LABELS = new Set(['NodeLabel', 'EdgeLabel']);
const numberOf = (v: string | undefined): number | undefined => (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
const colorOf = (v: string | undefined): string | undefined => (v && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(v) ? v.toLowerCase() : undefined);

/** What one <data> element's yEd markup says, gathered element by element. */
export class YedGraphics {
  private readonly found: Attributes = {};
  private label: { depth: number; text: string } | undefined;
  private labelled = false;

  open(tag: XmlTag, depth: number): void {
    const a = tag.attrs;
    const f = this.found;
    switch (tag.name) {
      case 'Geometry': {
        if ('x' in f) return;
        const [x, y, width, height] = [a.x, a.y, a.width, a.height].map(numberOf);
        if (x === undefined || y === undefined) return;
        Object.assign(f, { x, y });
        if (width !== undefined && height !== undefined) Object.assign(f, { width, height, size: Math.max(width, height) / 2 });
        return;
      }
      case 'Fill':
      case 'LineStyle': {
        const color = colorOf(a.color);
        if (color && !('color' in f) && a.transparent !== 'true') f.color = color;
        if (tag.name === 'LineStyle' && !('size' in f)) {
          const width = numberOf(a.width);
          if (width !== undefined) f.size = width;
        }
        return;
      }
      case 'Shape':
        if (a.type && !('shape' in f)) f.shape = a.type;
        return;
      default:
        if (LABELS.has(tag.name) && !this.labelled && a.visible !== 'false') this.label = { depth, text: '' };
    }
  }

  close(depth: number): void {
    if (this.label?.depth !== depth) return;
    const text = this.label.text.trim();
    if (text) this.found.label = text;
    this.label = undefined;
    this.labelled = true;
  }

  text(t: string): void {
    if (this.label) this.label.text += t;
  }

  /** The attributes read; an attribute the element already has from the file's own keys wins. */
  apply(attributes: Attributes): boolean {
    const keys = Object.keys(this.found);
    for (const k of keys) if (!Object.hasOwn(attributes, k)) attributes[k] = this.found[k];
    return keys.length > 0;
  }
}
