// One open conversation in the agent console: its state (turns by id, the latest suggestions, the generative
// reply, script, alert), the live event stream, and what the agent does (insert, copy, ignore, explain, send, close).

import { api, endSession, showError } from "./common.js";
import { t, label } from "./i18n.js";
import { copyText, fill } from "./dom.js";
import { renderExplanation } from "./explain.js";
import { CardList } from "./cards.js";
import { EventSocket } from "./socket.js";
import { Transcript, renderEscalation, renderScript, renderSummary } from "./panels.js";

export class ConversationView {
  /** dom: the console's elements (see console.js); campaigns: [{id, title, language}] */
  constructor(dom, conversation, campaigns) {
    this.dom = dom;
    this.id = conversation.id;
    this.path = `/api/conversations/${encodeURIComponent(conversation.id)}`;
    this.campaigns = campaigns;
    this.meta = conversation; // the Conversation's own fields (language, campaign, created_at)
    this.turns = new Map(); // id -> Turn
    this.latest = null; // SuggestionsEvent of the latest customer turn
    this.generative = null; // {turnId, text, final: Suggestion|null, error: str|null}
    this.ignored = new Set(); // suggestion ids
    this.acted = new Map(); // suggestion id -> accepted|edited
    this.recorded = new Set(); // "id:action" already sent to the server
    this.script = null;
    this.alert = null; // {alert, escalations}
    this.dismissedAlerts = new Set();
    this.inserted = null; // {id, text} of the suggestion put in the composer
    this.closed = false;
    this.summary = undefined; // Suggestion|null once the call is closed here
    this.sending = false;
    this.transcript = new Transcript(dom.transcript);
    this.cards = new CardList(dom.suggestions, {
      insert: (s) => this.insert(s),
      copy: (s, button) => this.copy(s, button),
      ignore: (s) => this.ignore(s),
      explain: (s) => this.explain(s),
    });
    this.socket = new EventSocket(`${this.path}/events`, {
      onEvent: (event) => this.handle(event),
      onStatus: (status) => this.setStatus(status),
      onFatal: (code, reason) => this.fatal(code, reason),
      shouldReconnect: () => !this.closed,
    });
    this.applyConversation(conversation);
  }

  start() {
    this.dom.transcript.scrollTop = this.dom.transcript.scrollHeight;
    this.socket.open();
  }

  destroy() {
    this.socket.close();
    this.transcript.reset();
    this.cards.reset();
    this.dom.escalation.hidden = true;
    this.dom.summary.hidden = true;
    this.dom.composerText.value = "";
  }

  // ---- incoming state -------------------------------------------------------------------------------------

  handle(event) {
    switch (event.type) {
      case "snapshot": return this.applyConversation(event.conversation);
      case "turn": return this.addTurns([event.turn]);
      case "suggestions": return this.applySuggestions(event);
      case "alert": return this.showAlert(event.alert, event.escalations);
      case "token": return this.applyToken(event);
      case "generative": return this.applyGenerative(event);
      case "progress": return this.setScript(event.script);
      case "action": return this.applyAction(event.suggestion_id, event.action);
      case "closed": return this.applyClosed(event.summary);
      default: return console.warn("events: unknown type", event.type);
    }
  }

  /** A full Conversation (first GET, WebSocket snapshot after every (re)connection, 409 recovery). */
  applyConversation(conversation) {
    this.meta = conversation;
    this.addTurns(conversation.turns || []);
    this.script = conversation.script || this.script;
    if (conversation.latest) this.applySuggestions(conversation.latest);
    else this.renderCards();
    if (conversation.closed) this.applyClosed();
    this.renderAll();
  }

  addTurns(turns) {
    for (const turn of turns) if (turn && !this.turns.has(turn.id)) this.turns.set(turn.id, turn);
    this.transcript.render(this.sortedTurns());
  }

  sortedTurns() {
    return [...this.turns.values()].sort((a, b) => a.index - b.index);
  }

  /** True when turnId is a turn before the one the current suggestions are for (a late, stale event). */
  isStale(turnId) {
    if (!this.latest || turnId === this.latest.turn_id) return false;
    const turn = this.turns.get(turnId);
    const current = this.turns.get(this.latest.turn_id);
    return Boolean(turn && current && turn.index < current.index);
  }

  applySuggestions(event) {
    if (!event || this.isStale(event.turn_id)) return;
    this.latest = event;
    const done = (event.replies || []).find((s) => s.type === "generative");
    if (done) this.generative = { turnId: event.turn_id, text: done.text, final: done, error: null };
    else if (this.generative && this.generative.turnId !== event.turn_id) this.generative = null;
    else if (this.generative && !this.generative.final && !event.generating) this.generative = null; // ended while away
    if (event.script) this.script = event.script;
    if (event.alert) this.showAlert(event.alert, event.escalations);
    this.renderCards();
    this.renderScript();
  }

  applyToken(event) {
    if (this.isStale(event.turn_id)) return;
    const g = this.generative;
    if (g && g.turnId === event.turn_id && (g.final || g.error)) return;
    if (!g || g.turnId !== event.turn_id) {
      this.generative = { turnId: event.turn_id, text: event.text, final: null, error: null };
      return this.renderCards();
    }
    g.text += event.text;
    if (!this.cards.updateStreaming(g.text)) this.renderCards();
  }

  applyGenerative(event) {
    if (this.isStale(event.turn_id)) return;
    this.generative = event.suggestion
      ? { turnId: event.turn_id, text: event.suggestion.text, final: event.suggestion, error: null }
      : { turnId: event.turn_id, text: "", final: null, error: event.error || "unavailable" };
    this.renderCards();
  }

  applyAction(id, action) {
    if (action === "ignored") this.ignored.add(id);
    else if (action === "accepted" || action === "edited") this.acted.set(id, action);
    this.renderCards();
  }

  setScript(script) {
    if (!script) return;
    this.script = script;
    this.renderScript();
  }

  showAlert(alert, escalations) {
    if (!alert || this.dismissedAlerts.has(alert.id)) return;
    this.alert = { alert, escalations: escalations || [] };
    this.renderEscalation();
  }

  applyClosed(summary) {
    this.closed = true;
    if (summary !== undefined) this.summary = summary;
    this.renderReadOnly();
    this.renderCards();
  }

  fatal(code, reason) {
    this.setStatus(null);
    if (code === 4401) endSession(t("login.expired"));
    else showError(reason || t("error.status", { status: code }));
  }

  // ---- rendering ------------------------------------------------------------------------------------------

  renderAll() {
    const m = this.meta;
    fill(this.dom.heading, t("conv.heading", { id: this.id }));
    this.dom.heading.title = this.id;
    fill(this.dom.meta, [label("lang", m.language), this.campaignTitle() || t("console.campaign.none")].join(" · "));
    this.renderCards();
    this.renderScript();
    this.renderEscalation();
    this.renderReadOnly();
  }

  /** After a language change: rebuild everything that holds translated text. */
  rerender() {
    this.transcript.reset();
    this.transcript.render(this.sortedTurns(), { force: true });
    this.cards.reset();
    this.renderAll();
  }

  campaignTitle() {
    const id = this.meta.campaign || (this.script && this.script.campaign);
    if (!id) return "";
    const campaign = this.campaigns.find((c) => c.id === id);
    return campaign ? campaign.title : id;
  }

  /** The cards in order: the generative reply first, then replies, next step, reminders (minus ignored ones). */
  visibleCards() {
    const e = this.latest || {};
    const g = this.generative && this.generative.final;
    const list = [g, ...(e.replies || []), e.next_step, ...(e.reminders || [])].filter(Boolean);
    const seen = new Set();
    return list.filter((s) => !this.ignored.has(s.id) && !seen.has(s.id) && seen.add(s.id));
  }

  renderCards() {
    const g = this.generative;
    this.cards.render({
      cards: this.visibleCards(),
      streaming: g && !g.final && !g.error ? { turnId: g.turnId, text: g.text } : null,
      generativeError: g && g.error ? g.error : null,
      noAnswer: Boolean(this.latest && this.latest.no_answer),
      closed: this.closed,
      acted: this.acted,
    });
  }

  renderScript() {
    const hasCampaign = Boolean(this.meta.campaign) || Boolean(this.script);
    renderScript(this.dom.script, this.script, hasCampaign ? this.campaignTitle() : "");
  }

  renderEscalation() {
    renderEscalation(this.dom.escalation, this.alert, () => this.dismissAlert());
  }

  renderReadOnly() {
    const d = this.dom;
    for (const node of [d.composerText, d.send, d.customerInput, d.customerSend, d.closeCall]) node.disabled = this.closed;
    d.closedNotice.hidden = !this.closed;
    if (this.summary !== undefined) renderSummary(d.summary, d.summaryText, this.summary);
  }

  setStatus(status) {
    const node = this.dom.connection;
    node.dataset.status = status || "";
    fill(node, status ? t({ connecting: "conn.connecting", online: "conn.online", retry: "conn.retry" }[status]) : "");
  }

  dismissAlert() {
    if (this.alert && this.alert.alert) this.dismissedAlerts.add(this.alert.alert.id);
    this.alert = null;
    this.renderEscalation();
  }

  // ---- agent actions on cards -----------------------------------------------------------------------------

  insert(s) {
    if (this.closed) return;
    const area = this.dom.composerText;
    area.value = s.text;
    this.inserted = { id: s.id, text: s.text };
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }

  async copy(s, button) {
    const ok = await copyText(s.text);
    if (ok && button) {
      button.textContent = t("card.copied");
      setTimeout(() => { button.textContent = t("card.copy"); }, 1500);
    }
    // Copying is the agent taking the line (even if the browser refused the clipboard and they copy by hand).
    if (!this.closed) await this.recordAction(s.id, "accepted").catch(() => {});
  }

  async ignore(s) {
    if (this.closed) return;
    try {
      await this.recordAction(s.id, "ignored");
    } catch {
      return; // the error area says why; the card stays
    }
    this.renderCards();
  }

  async explain(s) {
    const { dialog, dialogBody } = this.dom;
    fill(dialogBody, t("loading"));
    if (!dialog.open) dialog.showModal();
    try {
      const explanation = await api(`/api/suggestions/${encodeURIComponent(s.id)}/explanation`);
      fill(dialogBody, renderExplanation(explanation));
    } catch {
      dialog.close();
    }
  }

  /** POST the action once (an edit every time: the final text differs). */
  async recordAction(id, action, finalText) {
    const key = `${id}:${action}`;
    if (action !== "edited" && this.recorded.has(key)) return;
    const body = { suggestion_id: id, action };
    if (action === "edited") body.final_text = finalText;
    await api(`${this.path}/actions`, { method: "POST", body });
    this.recorded.add(key);
    this.applyAction(id, action);
  }

  /** Keyboard: the n-th card (0-based). */
  cardAt(n) {
    return this.cards.cardAt(n);
  }

  // ---- turns, close ---------------------------------------------------------------------------------------

  /** POST a turn with seq = turns known; on 409 refetch the conversation and retry once. */
  async postTurn(speaker, text) {
    const body = () => ({ speaker, text, seq: this.turns.size });
    let result;
    try {
      result = await api(`${this.path}/turns`, { method: "POST", body: body(), quiet: [409] });
    } catch (error) {
      if (error.status !== 409) throw error;
      const conversation = await api(this.path);
      this.applyConversation(conversation);
      if (conversation.closed) {
        showError(error.detail);
        throw error;
      }
      result = await api(`${this.path}/turns`, { method: "POST", body: body() });
    }
    this.addTurns([result.turn]);
    this.setScript(result.script);
    if (result.suggestions) this.applySuggestions(result.suggestions);
    return result;
  }

  /** Send the composer's text as the agent's turn, then record what became of an inserted suggestion. */
  async sendAgent() {
    const area = this.dom.composerText;
    const text = area.value.trim();
    if (!text || this.sending || this.closed) return;
    this.sending = true;
    this.dom.send.disabled = true;
    try {
      await this.postTurn("agent", text);
      area.value = "";
      const inserted = this.inserted;
      this.inserted = null;
      if (inserted) {
        const unchanged = text === inserted.text.trim();
        await this.recordAction(inserted.id, unchanged ? "accepted" : "edited", unchanged ? undefined : text);
      }
    } catch {
      // shown in the error area; the text stays in the composer
    } finally {
      this.sending = false;
      this.dom.send.disabled = this.closed;
    }
  }

  /** The composer was edited by hand: once emptied, it no longer holds a suggestion. */
  composerChanged() {
    if (!this.dom.composerText.value.trim()) this.inserted = null;
  }

  async sendCustomer() {
    const input = this.dom.customerInput;
    const text = input.value.trim();
    if (!text || this.closed) return;
    this.dom.customerSend.disabled = true;
    try {
      await this.postTurn("customer", text);
      input.value = "";
    } catch {
      // shown in the error area
    } finally {
      this.dom.customerSend.disabled = this.closed;
    }
  }

  async closeCall() {
    if (this.closed) return;
    this.dom.closeCall.disabled = true;
    try {
      const result = await api(`${this.path}/close`, { method: "POST", body: { summary: true } });
      this.applyClosed(result.summary ?? null);
    } catch {
      this.dom.closeCall.disabled = this.closed;
    }
  }

  async copySummary() {
    if (this.summary && this.summary.text) await copyText(this.summary.text);
  }
}
