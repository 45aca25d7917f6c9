// A tiny DOM builder: h(tag, attrs, ...children). Text is always inserted as text nodes, never parsed as HTML.

export type Child = Node | string | number | null | undefined | false | Child[];
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

/** Properties that must be set on the element (after its children exist, for a select's value). */
const PROPS = new Set(['value', 'checked', 'disabled', 'selected', 'open']);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  append(el, children);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') {
      if (!key.startsWith('on')) throw new Error(`h: a function for ${key}`);
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key.startsWith('on')) {
      throw new Error(`h: inline handler ${key}`); // never a handler from a string
    } else if (PROPS.has(key)) {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(key, String(value));
    }
  }
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link only for http(s) addresses; anything else (javascript:, data:) stays plain text. */
export function safeLink(url: string, text = url): Node {
  return /^https?:\/\//i.test(url.trim())
    ? h('a', { href: url.trim(), target: '_blank', rel: 'noopener noreferrer' }, text)
    : document.createTextNode(text);
}
