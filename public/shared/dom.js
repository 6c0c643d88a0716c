// Building DOM nodes for the widget and the console. Text is only ever a text node: nothing a resident,
// an agent or the server wrote is parsed as HTML.

/**
 * el("p", { className: "note", dir: "auto" }, "text", child…) — an element with properties and children.
 *
 * Properties are set as DOM properties (className, id, dir, type, href, hidden, tabIndex, scope,
 * colSpan, value…); names with a dash (aria-labelledby, data-seq) and `role` as attributes. An undefined
 * or null property is left out. Children: strings and numbers become text nodes, nodes are appended,
 * null, undefined and false are skipped.
 * @param {string} tag
 * @param {Record<string, unknown> | null} [props]
 * @param {...(Node | string | number | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = null, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (name.includes("-") || name === "role") element.setAttribute(name, String(value));
    else element[name] = value;
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** document.getElementById, short. */
export const byId = (id) => document.getElementById(id);
