// Agent console panels other than the suggestion cards: transcript, escalation banner, script progress, summary.
// All take plain data and write into the element they are given; user text only ever goes in as text.

import { t, label, fmtTime } from "./i18n.js";
import { el, fill, reconcile } from "./dom.js";

/** Turns keyed by id, kept in index order; re-rendering never duplicates a turn. */
export class Transcript {
  constructor(list) {
    this.list = list;
    this.nodes = new Map(); // turn id -> <li>
  }

  /** Forget the rendered nodes (language change, other conversation). */
  reset() {
    this.nodes.clear();
    this.list.replaceChildren();
  }

  /** Show turns (already sorted by index); scroll down if the reader was at the bottom or force is set. */
  render(turns, { force = false } = {}) {
    const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 80;
    const before = this.list.childElementCount;
    if (!turns.length) {
      fill(this.list, el("li", { class: "empty muted" }, t("transcript.empty")));
      this.nodes.clear();
      return;
    }
    reconcile(this.list, turns.map((turn) => {
      if (!this.nodes.has(turn.id)) this.nodes.set(turn.id, turnNode(turn));
      return this.nodes.get(turn.id);
    }));
    if (force || (atBottom && this.list.childElementCount !== before)) this.list.scrollTop = this.list.scrollHeight;
  }
}

function turnNode(turn) {
  return el("li", { class: `turn ${turn.speaker}`, "data-testid": "turn", "data-turn-id": turn.id, "data-speaker": turn.speaker, "data-index": turn.index },
    el("div", { class: "turn-meta" },
      el("span", { class: "speaker" }, label("speaker", turn.speaker)),
      el("time", { dateTime: turn.at || "" }, fmtTime(turn.at))),
    el("p", { class: "turn-text", lang: turn.language || null }, turn.text));
}

/** The escalation banner: reasons (translated) and the alert's text, with a dismiss button. */
export function renderEscalation(banner, state, onDismiss) {
  if (!state) {
    banner.hidden = true;
    banner.replaceChildren();
    return;
  }
  const reasons = [...new Map((state.escalations || []).map((e) => [e.reason, e])).values()];
  fill(banner,
    el("div", { class: "escalation-body" },
      el("strong", { class: "escalation-title" }, `⚠ ${t("escalation.title")}`),
      reasons.length ? el("ul", { class: "reasons" }, reasons.map((e) => el("li", { "data-reason": e.reason, title: e.detail || "" }, label("reason", e.reason)))) : null,
      state.alert && state.alert.text ? el("p", { class: "escalation-text" }, state.alert.text) : null),
    el("button", { type: "button", class: "ghost", "data-testid": "dismiss-escalation", on: { click: onDismiss } }, t("escalation.dismiss")));
  banner.hidden = false;
}

/** The campaign script: version, current and next step, progress, mandatory mentions still due. */
export function renderScript(panel, script, campaignTitle) {
  if (!script && !campaignTitle) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  const s = script || { steps_done: 0, total_steps: 0, mentions_due: [] };
  const done = s.steps_done || 0;
  const total = s.total_steps || 0;
  const mentions = s.mentions_due || [];
  fill(panel,
    el("div", { class: "script-head" },
      el("strong", {}, t("script.title")), " ",
      el("span", { "data-testid": "script-campaign" }, campaignTitle || s.campaign || ""),
      s.version ? el("span", { class: "muted" }, ` · ${t("script.version", { v: s.version })}`) : null),
    el("dl", { class: "script-steps" },
      el("dt", {}, t("script.current")), el("dd", { "data-testid": "script-current" }, s.current_step ? s.current_step.title : t("dash")),
      el("dt", {}, t("script.next")), el("dd", { "data-testid": "script-next" }, s.next_step ? s.next_step.title : t("dash"))),
    el("div", { class: "script-bar" },
      el("progress", { max: Math.max(total, 1), value: Math.min(done, Math.max(total, 1)), "aria-label": t("script.progress", { done, total }) }),
      el("span", { "data-testid": "script-count" }, t("script.progress", { done, total }))),
    el("div", { class: "mentions" },
      mentions.length ? el("span", { class: "mentions-title" }, t("script.mentions")) : null,
      el("ul", { "data-testid": "mentions-due", class: "mentions-list" }, mentions.map((m) => el("li", { "data-mention-id": m.id }, m.title))),
      mentions.length ? null : el("span", { class: "muted" }, t("script.mentions.none"))));
  panel.hidden = false;
}

/** The post-call summary (a Suggestion or null). */
export function renderSummary(panel, textNode, summary) {
  panel.hidden = false;
  textNode.textContent = summary && summary.text ? summary.text : t("summary.none");
}
