// Supervisor page: how suggestions are used over a period (GET /api/analytics): totals, one table and one
// stacked bar chart per grouping, latency percentiles. Agents appear only by their pseudonymous key.

import { initPage, api, query } from "./common.js";
import { t, label, fmtNumber, fmtPct } from "./i18n.js";
import { el, fill, localInputToIso } from "./dom.js";
import { stackedBars, groupedBars, legend } from "./charts.js";

const $ = (id) => document.getElementById(id);
const GROUPINGS = ["campaign", "script_version", "suggestion_type", "agent"];
const LATENCIES = ["curated", "generation_first_token", "generation_total"];
const DEFAULT_DAYS = 30;

let data = null; // last analytics answer, re-rendered on language change

initPage({ role: "supervisor", onLogin: load, onLogout: () => { data = null; render(); } });
setDefaultPeriod();
$("period").addEventListener("submit", (e) => { e.preventDefault(); load(); });
window.addEventListener("assist:lang", render);

/** Since: the last DEFAULT_DAYS days from midnight; until: empty (now). */
function setDefaultPeriod() {
  const since = new Date();
  since.setDate(since.getDate() - DEFAULT_DAYS);
  since.setHours(0, 0, 0, 0);
  const pad = (n) => String(n).padStart(2, "0");
  $("p-since").value = `${since.getFullYear()}-${pad(since.getMonth() + 1)}-${pad(since.getDate())}T00:00`;
}

async function load() {
  const button = $("period").querySelector("[type=submit]");
  button.disabled = true;
  try {
    data = await api(`/api/analytics${query({ since: localInputToIso($("p-since").value), until: localInputToIso($("p-until").value) })}`);
  } catch {
    data = null;
  } finally {
    button.disabled = false;
  }
  render();
}

function render() {
  renderTotals();
  renderGroups();
  renderLatency();
}

// ---- totals -------------------------------------------------------------------------------------------------

function tile(name, labelKey, value) {
  return el("div", { class: "tile", "data-testid": `tile-${name}` },
    el("div", { class: "tile-value" }, value),
    el("div", { class: "tile-label" }, t(labelKey)));
}

function renderTotals() {
  if (!data) return fill($("totals"));
  const r = data.totals || {};
  fill($("totals"),
    tile("shown", "totals.shown", fmtNumber(r.shown)),
    tile("acceptance", "totals.acceptance", fmtPct(r.acceptance_rate)),
    tile("edit", "totals.edit", fmtPct(r.edit_rate)),
    tile("ignore", "totals.ignore", fmtPct(r.ignore_rate)),
    tile("conversations", "totals.conversations", fmtNumber(data.conversations)));
}

// ---- groupings ----------------------------------------------------------------------------------------------

/** A group's key as shown: translated suggestion types, "none (inbound)" for an empty campaign, raw otherwise. */
function keyLabel(grouping, key) {
  if (grouping === "suggestion_type") return label("type", key);
  if (grouping === "campaign" && !key) return t("group.inbound");
  return key === null || key === undefined || key === "" ? t("dash") : String(key);
}

const SERIES = [
  { key: "accepted", cls: "s-accepted", labelKey: "col.accepted" },
  { key: "edited", cls: "s-edited", labelKey: "col.edited" },
  { key: "ignored", cls: "s-ignored", labelKey: "col.ignored" },
  { key: "none", cls: "s-none", labelKey: "col.noAction" },
];

/** Accepted, edited, ignored and the rest of shown (no action). */
function parts(group) {
  const shown = group.shown || 0;
  const acted = (group.accepted || 0) + (group.edited || 0) + (group.ignored || 0);
  const values = { accepted: group.accepted || 0, edited: group.edited || 0, ignored: group.ignored || 0, none: Math.max(0, shown - acted) };
  return SERIES.map((s) => ({ cls: s.cls, label: t(s.labelKey), value: values[s.key] }));
}

function groupTable(grouping, groups) {
  const heads = ["col.shown", "col.accepted", "col.edited", "col.ignored", "col.acceptance", "col.edit", "col.ignore"];
  return el("div", { class: "table-scroll" }, el("table", { class: "data", "data-testid": `table-${grouping}` },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("group.key")), heads.map((h) => el("th", { scope: "col", class: "num" }, t(h))))),
    el("tbody", {}, groups.map((g) => el("tr", { "data-key": g.key ?? "" },
      el("th", { scope: "row" }, keyLabel(grouping, g.key)),
      [g.shown, g.accepted, g.edited, g.ignored].map((n) => el("td", { class: "num" }, fmtNumber(n))),
      [g.acceptance_rate, g.edit_rate, g.ignore_rate].map((r) => el("td", { class: "num" }, fmtPct(r))))))));
}

function groupChart(grouping, groups) {
  const rows = groups.map((g) => ({ label: keyLabel(grouping, g.key), total: g.shown || 0, parts: parts(g), totalText: fmtNumber(g.shown) }));
  const title = t("chart.label", { group: t(`group.${grouping}`).toLowerCase() });
  return el("figure", { class: "chart", "data-testid": `chart-${grouping}` },
    stackedBars(rows, title, fmtPct),
    legend(SERIES.map((s) => ({ cls: s.cls, label: t(s.labelKey) }))));
}

function renderGroups() {
  const container = $("groups");
  if (!data) return fill(container);
  fill(container, GROUPINGS.map((grouping) => {
    const groups = (data.by && data.by[grouping]) || [];
    return el("section", { class: "panel", "data-testid": `group-${grouping}` },
      el("h2", {}, t(`group.${grouping}`)),
      groups.length
        ? el("div", { class: "group-body" }, groupTable(grouping, groups), groupChart(grouping, groups))
        : el("figure", { class: "chart", "data-testid": `chart-${grouping}` }, el("p", { class: "muted empty" }, t("group.empty"))));
  }));
}

// ---- latency ------------------------------------------------------------------------------------------------

function ms(value) {
  return value === null || value === undefined ? t("dash") : t("ms", { n: fmtNumber(value) });
}

/** A numeric column header with its meaning as a tooltip. */
function head(text, meaning) {
  return el("th", { scope: "col", class: "num", title: meaning }, text);
}

function renderLatency() {
  const box = $("latency");
  if (!data) return fill(box);
  const l = data.latency_ms || {};
  const pct = (name) => l[name] || { n: 0, p50: null, p95: null };
  const table = el("table", { class: "data", "data-testid": "latency-table" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("latency.metric")),
      head("p50", t("latency.percentile", { p: 50 })), head("p95", t("latency.percentile", { p: 95 })), head("n", t("latency.n")))),
    el("tbody", {}, LATENCIES.map((name) => el("tr", { "data-metric": name },
      el("th", { scope: "row" }, t(`latency.${name}`)),
      el("td", { class: "num" }, ms(pct(name).p50)),
      el("td", { class: "num" }, ms(pct(name).p95)),
      el("td", { class: "num" }, fmtNumber(pct(name).n))))));
  const groups = LATENCIES.map((name) => ({
    label: t(`latency.${name}`),
    bars: ["p50", "p95"].map((p) => ({ cls: `s-${p}`, label: p, value: pct(name)[p], text: ms(pct(name)[p]) })),
  }));
  fill(box, el("div", { class: "group-body" }, table, el("figure", { class: "chart" }, groupedBars(groups, t("latency.chart")),
    legend([{ cls: "s-p50", label: "p50" }, { cls: "s-p95", label: "p95" }]))));
}
