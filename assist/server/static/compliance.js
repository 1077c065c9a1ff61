// Compliance page (read-only): audit-log integrity, entry search with pagination, the explanation of a
// suggestion or the raw entry in a side panel, and exports (signed bundle, filtered JSONL).

import { initPage, api, query, download } from "./common.js";
import { t, tn, label, fmtDateTime } from "./i18n.js";
import { el, fill, localInputToIso } from "./dom.js";
import { renderExplanation } from "./explain.js";

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 100;

const state = {
  integrity: null,
  filters: {}, // the filters of the results shown (also used by the JSONL export)
  entries: [],
  nextBeforeSeq: null,
  selected: null, // entry_id of the open row
  detail: null, // {kind: "explanation"|"entry", data}
};

initPage({ role: "compliance", onLogin, onLogout });
wireControls();

function onLogin() {
  verify();
  search();
}

function onLogout() {
  Object.assign(state, { integrity: null, entries: [], nextBeforeSeq: null, selected: null, detail: null });
  renderResults();
  renderDetail();
}

function wireControls() {
  $("verify").addEventListener("click", verify);
  $("audit-search").addEventListener("submit", (e) => { e.preventDefault(); search(); });
  $("audit-search").addEventListener("reset", () => setTimeout(search)); // after the browser cleared the fields
  $("more").addEventListener("click", more);
  $("export-bundle").addEventListener("click", () => download("/api/audit/export?format=bundle", "audit-bundle.json"));
  $("export-jsonl").addEventListener("click", () => download(`/api/audit/export${query({ format: "jsonl", ...state.filters })}`, "audit-entries.jsonl"));
  window.addEventListener("assist:lang", () => {
    renderIntegrity();
    renderResults();
    renderDetail();
  });
}

// ---- integrity ----------------------------------------------------------------------------------------------

async function verify() {
  const button = $("verify");
  button.disabled = true;
  try {
    state.integrity = await api("/api/audit/integrity");
  } catch {
    state.integrity = null;
  } finally {
    button.disabled = false;
  }
  renderIntegrity();
}

function shortKey(fingerprint) {
  if (!fingerprint) return t("dash");
  return fingerprint.length > 24 ? `${fingerprint.slice(0, 24)}…` : fingerprint;
}

function renderIntegrity() {
  const box = $("integrity");
  const text = $("integrity-text");
  const r = state.integrity;
  box.classList.toggle("ok", Boolean(r && r.ok));
  box.classList.toggle("bad", Boolean(r && !r.ok));
  box.dataset.status = r ? (r.ok ? "ok" : "bad") : "";
  if (!r) return fill(text, t("dash"));
  if (r.ok) {
    text.title = r.key_fingerprint || "";
    return fill(text,
      `✓ ${t("integrity.ok", { entries: tn("count.entries", r.entries), checkpoints: tn("count.checkpoints", r.checkpoints), key: shortKey(r.key_fingerprint) })}`,
      r.uncovered ? el("span", { class: "small muted", "data-testid": "integrity-uncovered" }, ` ${tn("integrity.uncovered", r.uncovered)}`) : null);
  }
  text.title = "";
  return fill(text,
    `✗ ${t("integrity.bad", { error: r.error || t("dash") })}`,
    r.first_bad_seq !== null && r.first_bad_seq !== undefined
      ? el("span", { "data-testid": "integrity-first-bad" }, ` — ${t("integrity.firstBad", { seq: r.first_bad_seq })}`) : null);
}

// ---- search and results -------------------------------------------------------------------------------------

/** The form's filters; datetime-local values become ISO instants. */
function readFilters() {
  const filters = {};
  for (const field of $("audit-search").elements) {
    if (!field.name || !field.value.trim()) continue;
    filters[field.name] = field.type === "datetime-local" ? localInputToIso(field.value) : field.value.trim();
  }
  return filters;
}

async function search() {
  state.filters = readFilters();
  state.entries = [];
  state.nextBeforeSeq = null;
  await loadPage();
}

async function more() {
  if (state.nextBeforeSeq === null) return;
  await loadPage(state.nextBeforeSeq);
}

async function loadPage(beforeSeq) {
  const params = { ...state.filters, limit: PAGE_SIZE, before_seq: beforeSeq ?? "" };
  try {
    const page = await api(`/api/audit/entries${query(params)}`);
    state.entries = state.entries.concat(page.entries || []);
    state.nextBeforeSeq = page.next_before_seq ?? null;
  } catch {
    // the error area says why; keep what is shown
  }
  renderResults();
}

/** Long ids (32 hex digits) cut to their start; the full id is in the cell's tooltip. */
function shortId(id) {
  return id.length > 12 ? `${id.slice(0, 10)}…` : id;
}

function typeOrAction(entry) {
  const parts = [];
  if (entry.suggestion_type) parts.push(label("type", entry.suggestion_type));
  if (entry.action) parts.push(label("action", entry.action));
  return parts.join(" / ") || t("dash");
}

function rowNode(entry) {
  const open = () => openEntry(entry);
  return el("tr", {
    class: `audit-row${state.selected === entry.entry_id ? " selected" : ""}`,
    "data-testid": "audit-row", "data-entry-id": entry.entry_id, "data-suggestion-id": entry.suggestion_id || null,
    tabindex: "0", "aria-label": t("results.open", { seq: entry.seq }),
    on: {
      click: open,
      keydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } },
    },
  },
  el("td", { class: "num" }, String(entry.seq)),
  el("td", { class: "nowrap" }, fmtDateTime(entry.created_at)),
  el("td", {}, label("kind", entry.kind)),
  el("td", {}, typeOrAction(entry)),
  el("td", {}, entry.conversation_id ? el("code", { title: entry.conversation_id }, shortId(entry.conversation_id)) : t("dash")),
  el("td", { class: "nowrap" }, entry.agent_ref || t("dash")),
  el("td", {}, entry.campaign || t("dash")),
  el("td", {}, (entry.guards_fired || []).join(", ") || t("dash")),
  el("td", { class: "summary-cell" }, entry.summary || ""));
}

function renderResults() {
  fill($("audit-body"), state.entries.map(rowNode));
  $("audit-empty").hidden = state.entries.length > 0;
  $("more").hidden = state.nextBeforeSeq === null;
}

// ---- detail panel -------------------------------------------------------------------------------------------

async function openEntry(entry) {
  state.selected = entry.entry_id;
  for (const row of $("audit-body").children) row.classList.toggle("selected", row.dataset.entryId === entry.entry_id);
  fill($("detail-body"), el("p", { class: "muted" }, t("loading")));
  try {
    state.detail = entry.suggestion_id
      ? { kind: "explanation", data: await api(`/api/audit/suggestions/${encodeURIComponent(entry.suggestion_id)}`) }
      : { kind: "entry", data: await api(`/api/audit/entries/${encodeURIComponent(entry.entry_id)}`) };
  } catch {
    state.detail = null;
  }
  if (state.selected === entry.entry_id) renderDetail();
}

function renderDetail() {
  const body = $("detail-body");
  const d = state.detail;
  if (!d) return fill(body, el("p", { class: "muted" }, t("detail.empty")));
  if (d.kind === "explanation") {
    return fill(body, el("div", { "data-testid": "audit-explanation", class: "explanation-body" }, renderExplanation(d.data)));
  }
  const erased = d.data && d.data.payload === null;
  return fill(body,
    el("h3", {}, t("detail.entry", { id: state.selected })),
    erased ? el("p", { class: "notice", "data-testid": "entry-erased" }, t("detail.erased")) : null,
    el("pre", { "data-testid": "audit-entry" }, JSON.stringify(d.data, null, 2)));
}
