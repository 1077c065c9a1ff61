// Agent console: the conversation list, the "new conversation" form, routing by #c=<id>, keyboard shortcuts.
// The open conversation itself is a ConversationView (conversation.js).

import { initPage, api, session } from "./common.js";
import { t, tn, label, fmtDateTime } from "./i18n.js";
import { el, fill } from "./dom.js";
import { ConversationView } from "./conversation.js";

const $ = (id) => document.getElementById(id);
const dom = {
  home: $("home"), list: $("conversation-list"), listEmpty: $("conversations-empty"),
  newForm: $("new-conversation"), newLanguage: $("new-language"), newCampaign: $("new-campaign"),
  conversation: $("conversation"), back: $("back"), heading: $("conv-heading"), meta: $("conv-meta"),
  connection: $("connection"), helpToggle: $("help-toggle"), closeCall: $("close-call"),
  escalation: $("escalation"), closedNotice: $("closed-notice"), script: $("script"),
  transcript: $("transcript"), suggestions: $("suggestions"),
  composer: $("composer"), composerText: $("composer-text"), send: $("send"),
  customerForm: $("customer-form"), customerInput: $("customer-input"), customerSend: $("customer-send"),
  summary: $("summary"), summaryText: $("summary-text"), summaryCopy: $("summary-copy"),
  help: $("help"), dialog: $("explanation"), dialogBody: $("explanation-body"), dialogClose: $("explanation-close"),
};

let view = null; // the open ConversationView
let campaigns = [];
let conversations = []; // last list, re-rendered on language change
let routeCounter = 0; // ignores a slow open superseded by a newer route

initPage({ role: "agent", onLogin, onLogout });
wireControls();

async function onLogin() {
  await loadCampaigns();
  route();
}

function onLogout() {
  closeView();
  dom.home.hidden = true;
  dom.conversation.hidden = true;
}

// ---- routing ------------------------------------------------------------------------------------------------

function hashId() {
  const match = /^#c=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function route() {
  if (!session.role) return;
  const id = hashId();
  if (id) openConversation(id);
  else showHome();
}

function closeView() {
  if (dom.dialog.open) dom.dialog.close();
  if (view) view.destroy();
  view = null;
  setHelp(false);
}

async function showHome() {
  routeCounter += 1;
  closeView();
  dom.conversation.hidden = true;
  dom.home.hidden = false;
  await loadConversations();
}

async function openConversation(id) {
  if (view && view.id === id) return;
  const mine = ++routeCounter;
  let conversation;
  try {
    conversation = await api(`/api/conversations/${encodeURIComponent(id)}`);
  } catch {
    if (mine !== routeCounter || !session.role) return;
    history.replaceState(null, "", location.pathname + location.search);
    showHome();
    return;
  }
  if (mine !== routeCounter) return;
  closeView();
  dom.home.hidden = true;
  dom.conversation.hidden = false;
  view = new ConversationView(dom, conversation, campaigns);
  view.start();
}

// ---- home: campaigns, list, new conversation ----------------------------------------------------------------

async function loadCampaigns() {
  try {
    campaigns = (await api("/api/campaigns")).campaigns || [];
  } catch {
    campaigns = [];
  }
  const none = el("option", { value: "", "data-i18n": "console.campaign.none" }, t("console.campaign.none"));
  fill(dom.newCampaign, none, campaigns.map((c) => el("option", { value: c.id }, c.title || c.id)));
}

async function loadConversations() {
  try {
    conversations = (await api("/api/conversations")).conversations || [];
  } catch {
    conversations = [];
  }
  renderConversations();
}

function renderConversations() {
  dom.listEmpty.hidden = conversations.length > 0;
  fill(dom.list, conversations.map((c) => el("li", {},
    el("a", { class: `conv-item${c.closed ? " closed" : ""}`, href: `#c=${encodeURIComponent(c.id)}`, "data-testid": "conversation-item", "data-conversation-id": c.id },
      el("span", { class: "conv-date" }, fmtDateTime(c.created_at)),
      el("span", {}, label("lang", c.language)),
      el("span", {}, campaignTitle(c.campaign)),
      el("span", { class: "muted" }, tn("count.turns", c.turns)),
      el("span", { class: `status ${c.closed ? "closed" : "open"}` }, t(c.closed ? "console.item.closed" : "console.item.open"))))));
}

function campaignTitle(id) {
  if (!id) return t("console.campaign.none");
  const campaign = campaigns.find((c) => c.id === id);
  return campaign ? campaign.title : id;
}

async function createConversation(event) {
  event.preventDefault();
  const button = event.submitter;
  if (button) button.disabled = true;
  try {
    const body = { language: dom.newLanguage.value, campaign: dom.newCampaign.value || null };
    const conversation = await api("/api/conversations", { method: "POST", body });
    location.hash = `c=${encodeURIComponent(conversation.id)}`;
  } catch {
    // shown in the error area
  } finally {
    if (button) button.disabled = false;
  }
}

/** Picking a campaign proposes its language. */
function campaignPicked() {
  const campaign = campaigns.find((c) => c.id === dom.newCampaign.value);
  if (campaign && [...dom.newLanguage.options].some((o) => o.value === campaign.language)) dom.newLanguage.value = campaign.language;
}

// ---- controls and keyboard ----------------------------------------------------------------------------------

function wireControls() {
  window.addEventListener("hashchange", route);
  window.addEventListener("assist:lang", () => {
    renderConversations();
    if (view) view.rerender();
  });
  dom.newForm.addEventListener("submit", createConversation);
  dom.newCampaign.addEventListener("change", campaignPicked);
  dom.back.addEventListener("click", () => { location.hash = ""; });
  dom.closeCall.addEventListener("click", () => view && view.closeCall());
  dom.composer.addEventListener("submit", (e) => { e.preventDefault(); if (view) view.sendAgent(); });
  dom.composerText.addEventListener("input", () => view && view.composerChanged());
  dom.composerText.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (view) view.sendAgent();
    }
  });
  dom.customerForm.addEventListener("submit", (e) => { e.preventDefault(); if (view) view.sendCustomer(); });
  dom.summaryCopy.addEventListener("click", () => view && view.copySummary());
  dom.helpToggle.addEventListener("click", () => setHelp(dom.help.hidden));
  $("help-close").addEventListener("click", () => setHelp(false));
  dom.dialogClose.addEventListener("click", () => dom.dialog.close());
  document.addEventListener("keydown", shortcut);
}

function setHelp(open) {
  dom.help.hidden = !open;
  dom.helpToggle.setAttribute("aria-expanded", String(open));
}

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** 1-9 insert, i ignore, e explain, / composer, ? help; inactive while typing or with a dialog open. */
function shortcut(event) {
  if (!view || dom.conversation.hidden || dom.dialog.open) return;
  if (event.key === "Escape" && !dom.help.hidden) return setHelp(false);
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const key = event.key;
  let handled = true;
  if (key >= "1" && key <= "9" && key.length === 1) {
    const card = view.cardAt(Number(key) - 1);
    if (card) view.insert(card);
  } else if (key === "i") {
    const card = view.cardAt(0);
    if (card) view.ignore(card);
  } else if (key === "e") {
    const card = view.cardAt(0);
    if (card) view.explain(card);
  } else if (key === "/") {
    dom.composerText.focus();
  } else if (key === "?") {
    setHelp(dom.help.hidden);
  } else {
    handled = false;
  }
  if (handled) event.preventDefault();
}
