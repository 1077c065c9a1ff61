// Tiny DOM builders. Text always goes in as text nodes: nothing here ever parses HTML,
// so customer utterances and server strings cannot inject markup.

/**
 * el("button", {class: "x", type: "button", on: {click: fn}, "data-testid": "send"}, "Send")
 * Props: "class", "on" (event listeners), "aria-*", "data-*" and "role" as attributes, anything else as a
 * property when the element has it (hidden, disabled, value, type…) or as an attribute otherwise.
 * Children: nodes, strings and numbers (as text), arrays (flattened); null, undefined and false are skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  append(node, children);
  return node;
}

function setProps(node, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "on") for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key.startsWith("aria-") || key.startsWith("data-") || key === "role" || !(key in node)) node.setAttribute(key, value);
    else node[key] = value;
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace all children of node. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * Make container's children exactly nodes, in order, moving only the nodes out of place
 * (a node left where it is keeps its focus and state).
 */
export function reconcile(container, nodes) {
  nodes.forEach((node, i) => {
    const current = container.children[i];
    if (current !== node) container.insertBefore(node, current || null);
  });
  while (container.children.length > nodes.length) container.lastElementChild.remove();
}

/** A datetime-local input's value as an ISO instant (the browser's time zone), or "" when empty. */
export function localInputToIso(value) {
  if (!value) return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

/** Copy text to the clipboard: the async API when allowed, a hidden textarea and execCommand otherwise. */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or document not focused: fall through to the legacy path.
  }
  const previous = document.activeElement;
  const area = el("textarea", { value: text, readOnly: true, "aria-hidden": "true", class: "offscreen" });
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  if (previous instanceof HTMLElement) previous.focus();
  return ok;
}
