// Element helpers. Text from data only ever goes in through textContent; attributes are
// the caller's own (never inherited), never an event handler, and a link is http(s) or
// one the page made (blob:).
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const { className, text, attrs, on } = ownOptions(options);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, checkedAttribute(name, value));
  for (const [type, handler] of Object.entries(on ?? {})) node.addEventListener(type, handler as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Only what the caller set: a key inherited from a polluted prototype is not an option. */
function ownOptions(options: ElementOptions): ElementOptions {
  const own = <K extends keyof ElementOptions>(key: K) => (Object.hasOwn(options, key) ? options[key] : undefined);
  return { className: own('className'), text: own('text'), attrs: own('attrs'), on: own('on') };
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function checkedAttribute(name: string, value: string): string {
  if (/^on/i.test(name)) throw new Error(`el: "${name}" is an event-handler attribute; pass a listener in \`on\``);
  if (URL_ATTRIBUTES.has(name.toLowerCase()) && !/^(https?|blob):$/.test(new URL(value, document.baseURI).protocol)) {
    throw new Error(`el: ${name} "${value}" is not an http(s) or blob: URL`);
  }
  return value;
}

/** `raw` when it is an absolute http(s) URL, to be linked; anything else is shown as text. */
export function httpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Missing #${id} in index.html`);
  return node as T;
}

/** A small coloured dot, used for types in the legend, lists and panels. */
export function swatch(color: string): HTMLSpanElement {
  const dot = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  dot.style.backgroundColor = color;
  return dot;
}
