"""`assist bench console`: how long a curated suggestion takes to appear in the agent's console, measured in the browser.

A real Chromium opens the console and follows a conversation on the WebSocket. For each customer turn, the page
itself posts the turn (as a speech-to-text feed would) and times, with its own clock, until a new suggestion card is
in the page and painted. The answer time of the same POST is the baseline, measured in the same run: the difference
is what the WebSocket and the console add.
"""

from __future__ import annotations

import random
from typing import Any

from assist.stats import percentile

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

# Runs in the page: post each turn with fetch, watch the suggestion cards with a MutationObserver, stop the clock just
# after the animation frame that follows a new card (the frame that paints it).
_MEASURE = """
async ({conversationId, texts, pauseMs}) => {
  const token = sessionStorage.getItem("assist.token");
  const cardIds = () => new Set([...document.querySelectorAll("[data-testid=suggestion-card]")].map((c) => c.dataset.suggestionId));
  const results = [];
  for (const [index, text] of texts.entries()) {
    const before = cardIds();
    let observer;
    const shown = new Promise((resolve) => {
      observer = new MutationObserver(() => {
        if ([...cardIds()].some((id) => !before.has(id))) {
          observer.disconnect();
          // the frame that paints the card: the callback after the next animation frame runs once it is on screen
          requestAnimationFrame(() => setTimeout(() => resolve({kind: "card", at: performance.now()}), 0));
        }
      });
      observer.observe(document.body, {childList: true, subtree: true});
    });
    const started = performance.now();
    const answered = fetch(`/api/conversations/${conversationId}/turns`, {
      method: "POST",
      headers: {"Authorization": `Bearer ${token}`, "Content-Type": "application/json"},
      body: JSON.stringify({speaker: "customer", text, seq: index}),
    }).then(async (response) => ({status: response.status, at: performance.now(), body: await response.json()}));
    // a turn with nothing approved to suggest shows no card: it is counted apart, not timed
    const nothing = answered.then((r) => {
      const s = r.body.suggestions;
      const empty = !s || (s.replies.length === 0 && !s.next_step && s.reminders.length === 0);
      return empty ? {kind: "no_suggestion", at: r.at} : new Promise(() => {});
    });
    const late = new Promise((resolve) => setTimeout(() => resolve({kind: "timeout", at: performance.now()}), 10000));
    const outcome = await Promise.race([shown, nothing, late]);
    observer.disconnect();
    const response = await answered;
    results.push({kind: outcome.kind, console_ms: outcome.at - started, api_ms: response.at - started, status: response.status});
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return results;
}
"""


def measure(url: str, agent_key: str, texts: list[str], *, chromium: str = "/usr/bin/chromium", pause_ms: int = 400, screenshot: str | None = None) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(url + "/")
            page.get_by_test_id("api-key").fill(agent_key)
            page.get_by_test_id("login-submit").click()
            page.get_by_test_id("new-submit").click()
            page.get_by_test_id("conversation").wait_for()
            conversation_id = page.url.split("#c=", 1)[1]
            page.wait_for_function("() => document.querySelector('[data-testid=connection-status]')?.dataset.status === 'online'", timeout=10_000)
            rows = page.evaluate(_MEASURE, {"conversationId": conversation_id, "texts": texts, "pauseMs": pause_ms})
            if screenshot:
                page.screenshot(path=screenshot, full_page=True)
        finally:
            browser.close()
    warm = [r for r in rows[1:] if r["kind"] == "card"]  # the first turn warms the page up
    failed = [r for r in rows if r["status"] != 201 or r["kind"] == "timeout"]

    def summary(values: list[float]) -> dict[str, Any]:
        return {"n": len(values), "p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1), "max": round(max(values), 1)}

    return {
        "turns": len(warm),
        "turns_without_suggestion": sum(r["kind"] == "no_suggestion" for r in rows[1:]),
        "console_ms": summary([r["console_ms"] for r in warm]),
        "api_baseline_ms": summary([r["api_ms"] for r in warm]),
        "errors": len(failed),
    }


def customer_texts(calls: list[dict[str, Any]], count: int, seed: int = 0) -> list[str]:
    """`count` customer turns from the labelled calls, each said a little differently (no cache helps)."""
    from assist.server.simulate import vary

    rng = random.Random(seed)
    pool = [t["text"] for call in calls for t in call["turns"] if t["speaker"] == "customer"]
    return [vary(pool[i % len(pool)], rng) for i in range(count)]
