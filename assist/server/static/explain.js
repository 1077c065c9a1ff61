// Renders an Explanation (GET /api/suggestions/{id}/explanation or /api/audit/suggestions/{id}) as DOM:
// used by the agent console's dialog and the compliance page's side panel.

import { t, label, fmtDateTime, fmtNumber } from "./i18n.js";
import { el } from "./dom.js";

const dash = () => t("dash");
const show = (value) => (value === null || value === undefined || value === "" ? dash() : String(value));
const score = (value) => (typeof value === "number" ? fmtNumber(value, 3) : dash());

/** A <dl> of [label, value] pairs (values are text or nodes). */
function pairs(rows) {
  return el("dl", { class: "pairs" }, rows.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
}

function section(titleKey, ...content) {
  return el("section", { class: "explain-section" }, el("h3", {}, t(titleKey)), content);
}

/** Any JSON value as short text (objects as compact JSON). */
function plain(value) {
  if (value === null || value === undefined) return dash();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function headerSection(x) {
  return pairs([
    [t("explain.type"), label("type", x.suggestion_type)],
    [t("explain.id"), el("code", {}, show(x.suggestion_id))],
    [t("explain.created"), fmtDateTime(x.created_at)],
    [t("explain.conversation"), el("code", {}, show(x.conversation_id))],
    [t("explain.turn"), el("code", {}, show(x.turn_id))],
    [t("explain.language"), show(x.language)],
    [t("explain.confidence"), `${score(x.confidence)}${x.confidence_method ? ` (${x.confidence_method})` : ""}`],
    [t("explain.snapshot"), el("code", {}, show(x.knowledge_snapshot))],
  ]);
}

function textSection(x) {
  return [
    section("explain.text", el("p", { class: "prewrap" }, show(x.text))),
    x.rationale ? section("explain.rationale", el("p", {}, x.rationale)) : null,
    section("explain.citations", (x.citations || []).length
      ? el("ul", { class: "inline-list" }, x.citations.map((c) => el("li", {}, el("code", {}, c))))
      : el("p", { class: "muted" }, t("none"))),
    x.query ? section("explain.query", el("p", { class: "prewrap" }, x.query)) : null,
  ];
}

function rankScore(rank, value) {
  return `${show(rank)} / ${score(value)}`;
}

function sourcesSection(sources) {
  if (!sources || !sources.length) return section("explain.sources", el("p", { class: "muted" }, t("none")));
  const heads = ["rank", "title", "kind", "id", "score", "lexical", "dense", "reranker", "level", "used", "whyNot"];
  const rows = sources.map((s) => el("tr", { class: s.used ? "used" : "" },
    el("td", {}, show(s.rank)),
    el("td", {}, show(s.title)),
    el("td", {}, show(s.kind)),
    el("td", {}, el("code", {}, show(s.entry_id))),
    el("td", { class: "num" }, score(s.score)),
    el("td", { class: "num" }, rankScore(s.lexical_rank, s.lexical_score)),
    el("td", { class: "num" }, rankScore(s.dense_rank, s.dense_score)),
    el("td", { class: "num" }, score(s.rerank_score)),
    el("td", {}, show(s.level)),
    el("td", {}, s.used ? t("yes") : t("no")),
    el("td", {}, show(s.why_not)),
  ));
  return section("explain.sources", el("div", { class: "table-scroll" }, el("table", { class: "data" },
    el("thead", {}, el("tr", {}, heads.map((h) => el("th", { scope: "col" }, t(`explain.src.${h}`))))),
    el("tbody", {}, rows))));
}

function guardsSection(guards) {
  if (!guards || !guards.length) return section("explain.guards", el("p", { class: "muted" }, t("none")));
  return section("explain.guards", el("ul", { class: "guards" }, guards.map((g) => el("li", { class: g.passed ? "pass" : "fail" },
    el("span", { class: "guard-status" }, g.passed ? `✓ ${t("explain.guard.pass")}` : `✗ ${t("explain.guard.fail")}`),
    " ", el("strong", {}, show(g.name)),
    g.detail ? el("span", { class: "muted" }, ` — ${g.detail}`) : null))));
}

/** {key: value} as a <dl>, or "none" when empty. */
function mapSection(titleKey, map, format = plain) {
  const entries = Object.entries(map || {});
  return section(titleKey, entries.length ? pairs(entries.map(([k, v]) => [k, format(v)])) : el("p", { class: "muted" }, t("none")));
}

function promptSection(prompt) {
  if (!prompt) return section("explain.prompt", el("p", { class: "muted" }, t("none")));
  return section("explain.prompt", pairs([
    [t("explain.src.id"), el("code", {}, show(prompt.id))],
    [t("explain.version"), show(prompt.version)],
    [t("explain.hash"), el("code", { class: "hash" }, show(prompt.hash))],
  ]));
}

function actionsSection(actions) {
  if (!actions || !actions.length) return section("explain.actions", el("p", { class: "muted" }, t("none")));
  return section("explain.actions", el("ul", {}, actions.map((a) => el("li", {},
    `${label("action", a.action)} — ${fmtDateTime(a.at)}`,
    typeof a.edit_distance === "number" ? ` (${t("explain.editDistance", { n: a.edit_distance })})` : ""))));
}

function entrySection(entry) {
  if (!entry) return null;
  return section("explain.entry", pairs([
    [t("explain.seq"), show(entry.seq)],
    [t("explain.src.id"), el("code", {}, show(entry.entry_id))],
    [t("explain.hash"), el("code", { class: "hash" }, show(entry.hash))],
  ]));
}

/** The whole explanation as a DocumentFragment. */
export function renderExplanation(x) {
  const fragment = document.createDocumentFragment();
  fragment.append(
    headerSection(x),
    ...textSection(x).filter(Boolean),
    sourcesSection(x.sources),
    promptSection(x.prompt),
    mapSection("explain.model", x.model),
    guardsSection(x.guards),
    mapSection("explain.redactions", x.redactions, (n) => fmtNumber(n)),
    mapSection("explain.timings", x.timings_ms, (n) => (typeof n === "number" ? fmtNumber(n, 1) : plain(n))),
    actionsSection(x.actions),
  );
  const entry = entrySection(x.entry);
  if (entry) fragment.append(entry);
  return fragment;
}
