// SVG elements made with DOM APIs: attributes are the caller's own (never an event
// handler), text from data only through textContent.
const SVG_NS = 'http://www.w3.org/2000/svg';

type Child = Node | null | undefined | false;

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: Child[] = [],
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (/^on/i.test(name) || /href$/i.test(name)) throw new Error(`svg: "${name}" is not an attribute this helper sets`);
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = text;
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A hover title, as text. */
export const svgTitle = (text: string) => svg('title', {}, [], text);
