// Suggestion cards for the latest customer turn. Cards are keyed by suggestion id and reused between renders,
// so an open "Sources" section survives a re-render; only the streaming card's text changes token by token.

import { t, label, fmtPct } from "./i18n.js";
import { el, reconcile } from "./dom.js";

const STREAM_KEY = "stream";

export class CardList {
  /** handlers: {insert(s), copy(s, button), ignore(s), explain(s)} */
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.nodes = new Map(); // key -> element
    this.cards = []; // suggestions in display order (the ones with buttons)
    this.streamText = null;
  }

  /** Drop cached nodes (language change, other conversation). */
  reset() {
    this.nodes.clear();
    this.container.replaceChildren();
  }

  /**
   * view: {cards: [Suggestion] in order, streaming: {turnId, text}|null, noAnswer: bool,
   *        generativeError: str|null, closed: bool, acted: Map(id -> action), hasTurn: bool}
   */
  render(view) {
    this.cards = view.cards;
    const wanted = [];
    if (view.noAnswer) wanted.push(this.notice("no-answer", "notice no-answer", t("suggestions.noAnswer")));
    if (view.streaming) wanted.push(this.streamingNode(view.streaming));
    view.cards.forEach((s, i) => wanted.push(this.cardNode(s, i, view)));
    if (view.generativeError) wanted.push(this.unavailableNode(view.generativeError));
    if (!wanted.length) wanted.push(this.notice("suggestions-empty", "empty muted", t("suggestions.empty")));
    const keep = new Set(wanted);
    for (const [key, node] of this.nodes) {
      if (!keep.has(node)) this.nodes.delete(key);
    }
    reconcile(this.container, wanted);
  }

  /** Grow the streaming card's text without re-rendering the others. */
  updateStreaming(text) {
    const node = this.nodes.get(STREAM_KEY);
    if (!node) return false;
    node.querySelector(".card-text").textContent = text;
    return true;
  }

  /** The n-th card with buttons (0-based), or undefined. */
  cardAt(n) {
    return this.cards[n];
  }

  cached(key, build) {
    if (!this.nodes.has(key)) this.nodes.set(key, build());
    return this.nodes.get(key);
  }

  notice(testid, cls, text) {
    return this.cached(`notice:${testid}`, () => el("p", { class: cls, "data-testid": testid }, text));
  }

  unavailableNode(error) {
    const node = this.cached("notice:generative-unavailable", () => el("p", { class: "muted small", "data-testid": "generative-unavailable" }, t("suggestions.generativeUnavailable")));
    node.title = error;
    return node;
  }

  streamingNode(streaming) {
    const node = this.cached(STREAM_KEY, () => el("article",
      { class: "card generative streaming", "data-testid": "generative-card", "data-type": "generative", "aria-busy": "true" },
      el("header", { class: "card-head" },
        el("span", { class: "badge type-generative" }, label("type", "generative")),
        el("span", { class: "typing", "aria-label": t("suggestions.generating") }, el("span", {}, "."), el("span", {}, "."), el("span", {}, "."))),
      el("p", { class: "card-text" }, "")));
    node.dataset.turnId = streaming.turnId;
    node.querySelector(".card-text").textContent = streaming.text;
    return node;
  }

  cardNode(s, index, view) {
    const node = this.cached(s.id, () => buildCard(s, this.handlers));
    const hint = node.querySelector(".key-hint");
    hint.textContent = index < 9 ? String(index + 1) : "";
    hint.hidden = index >= 9;
    hint.title = index < 9 ? t("card.shortcut", { n: index + 1 }) : "";
    for (const button of node.querySelectorAll("[data-testid=insert], [data-testid=ignore]")) button.disabled = view.closed;
    const acted = view.acted.get(s.id);
    node.classList.toggle("acted", Boolean(acted));
    node.querySelector(".acted-mark").hidden = !acted;
    return node;
  }
}

function sourcesNode(sources) {
  if (!sources || !sources.length) return null;
  return el("details", { class: "sources" },
    el("summary", {}, t("card.sources", { n: sources.length })),
    el("ul", {}, sources.map((src) => el("li", { class: src.used === false ? "unused" : "" },
      el("div", {}, el("strong", {}, src.title || ""), " ", el("span", { class: "badge kind" }, src.kind || ""), " ", el("code", {}, src.entry_id || "")),
      src.snippet ? el("p", { class: "snippet" }, src.snippet) : null))));
}

function buildCard(s, handlers) {
  const button = (testid, key, onClick, cls = "") => el("button", { type: "button", class: cls, "data-testid": testid, on: { click: (e) => onClick(s, e.currentTarget) } }, t(key));
  const isReminder = s.type === "reminder";
  return el("article", {
    class: `card type-${s.type}${isReminder ? " reminder" : ""}`,
    "data-testid": "suggestion-card", "data-suggestion-id": s.id, "data-type": s.type, "aria-label": label("type", s.type),
  },
  el("header", { class: "card-head" },
    el("kbd", { class: "key-hint", "aria-hidden": "true" }),
    el("span", { class: `badge type-${s.type}` }, label("type", s.type)),
    typeof s.confidence === "number" ? el("span", { class: "muted small" }, t("card.confidence", { value: fmtPct(s.confidence) })) : null,
    el("span", { class: "acted-mark small", hidden: true }, `✓ ${t("card.used")}`)),
  el("p", { class: "card-text" }, s.text || ""),
  s.rationale ? el("p", { class: "rationale small muted" }, s.rationale) : null,
  sourcesNode(s.sources),
  el("div", { class: "card-actions" },
    button("insert", "card.insert", handlers.insert, "primary"),
    button("copy", "card.copy", handlers.copy),
    button("ignore", "card.ignore", handlers.ignore),
    button("explain", "card.explain", handlers.explain, "ghost")));
}
