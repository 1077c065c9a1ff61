"""The pages in a real headless Chromium (Debian's, driven by Playwright), against the service on a real port.

Screenshots are kept in test-artifacts/ (or $ASSIST_ARTIFACTS_DIR)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("ASSIST_ARTIFACTS_DIR", ROOT / "test-artifacts"))
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and not os.environ.get("ASSIST_REQUIRE_BROWSER"),
        reason="Debian's chromium is not installed (apt-get install chromium); CI sets ASSIST_REQUIRE_BROWSER=1",
    ),
]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def site(make_assistant, tmp_path):
    from assist.server import Authenticator, KeyStore, create_app
    from assist.server.background import running

    keys = KeyStore(tmp_path / "keys.json")
    key = {role: keys.add(f"{role}-one", role) for role in ("agent", "supervisor", "compliance")}
    assistant = make_assistant(None)
    app = create_app(assistant, Authenticator(keys, b"k" * 32), housekeeping_s=3600)
    with running(app) as url:
        yield url, key, assistant
    assistant.close()


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


def sign_in(page, url: str, path: str, key: str) -> None:
    page.goto(url + path)
    page.get_by_test_id("api-key").fill(key)
    page.get_by_test_id("login-submit").click()
    page.get_by_test_id("user-role").wait_for()


def test_an_agent_accepts_a_suggestion_and_a_reviewer_finds_its_explanation(site, browser):
    url, key, assistant = site
    errors: list[str] = []
    agent = browser.new_page()
    agent.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(agent, url, "/", key["agent"])
    agent.get_by_test_id("new-submit").click()
    agent.get_by_test_id("conversation").wait_for()
    conversation_id = re.search(r"#c=([0-9a-f]+)", agent.url).group(1)

    # the speech-to-text feed posts the customer's turn; the console shows it and its suggestions
    feed = httpx.post(f"{url}/api/conversations/{conversation_id}/turns", headers={"Authorization": f"Bearer {key['agent']}"},
                      json={"speaker": "customer", "text": "Bonjour, je suis Claire Martin, ma facture est trop élevée ce mois-ci", "seq": 0})
    assert feed.status_code == 201
    expected = feed.json()["suggestions"]["replies"][0]
    card = agent.locator(f"[data-testid=suggestion-card][data-suggestion-id='{expected['id']}']")
    card.wait_for()
    assert "Claire Martin" in agent.get_by_test_id("transcript").inner_text()  # the agent sees the real name
    card.locator("summary").first.click()  # the sources, expanded
    assert expected["sources"][0]["title"] in card.inner_text()
    agent.screenshot(path=ARTIFACTS / "console-suggestion.png", full_page=True)

    card.get_by_test_id("insert").click()
    assert agent.get_by_test_id("composer").input_value() == expected["text"]
    agent.get_by_test_id("send").click()
    agent.locator("[data-testid=turn][data-speaker=agent]").wait_for()
    agent.screenshot(path=ARTIFACTS / "console-accepted.png", full_page=True)
    assert errors == []

    reviewer = browser.new_page()
    sign_in(reviewer, url, "/compliance", key["compliance"])
    reviewer.locator("[data-testid=integrity][data-status]:not([data-status=''])").wait_for()  # the page verifies the log after it loads
    assert reviewer.get_by_test_id("integrity").get_attribute("data-status") == "ok"
    reviewer.get_by_test_id("filter-suggestion").fill(expected["id"])
    reviewer.get_by_test_id("search-submit").click()
    rows = reviewer.locator(f"[data-testid=audit-row][data-suggestion-id='{expected['id']}']")
    rows.first.wait_for()
    assert rows.count() == 2  # the suggestion and the agent's action on it
    rows.first.click()
    explanation = reviewer.get_by_test_id("audit-explanation")
    explanation.wait_for()
    text = explanation.inner_text()
    assert expected["sources"][0]["entry_id"] in text and "acceptée" in text  # its sources, and what the agent did with it
    assert "Claire" not in reviewer.content()  # reviewers read the scrubbed log only
    reviewer.screenshot(path=ARTIFACTS / "compliance-explanation.png", full_page=True)

    actions = [e.payload for e in assistant.audit.entries() if e.header["kind"] == "oversight"]
    assert [(a["suggestion_id"], a["action"]) for a in actions] == [(expected["id"], "accepted")]


def test_the_supervisor_page_draws_rates_and_the_console_speaks_english(site, browser):
    url, key, _ = site
    agent_headers = {"Authorization": f"Bearer {key['agent']}"}
    conversation = httpx.post(f"{url}/api/conversations", headers=agent_headers, json={"campaign": "fidelisation-offre-verte"}).json()["id"]
    replies = httpx.post(f"{url}/api/conversations/{conversation}/turns", headers=agent_headers,
                         json={"speaker": "customer", "text": "Ma facture a beaucoup augmenté"}).json()["suggestions"]["replies"]
    httpx.post(f"{url}/api/conversations/{conversation}/actions", headers=agent_headers, json={"suggestion_id": replies[0]["id"], "action": "ignored"})

    page = browser.new_page()
    sign_in(page, url, "/supervisor", key["supervisor"])
    page.get_by_test_id("totals").wait_for()
    page.locator("[data-testid=chart-campaign] svg").wait_for()
    assert "fidelisation-offre-verte" in page.get_by_test_id("table-campaign").inner_text()
    page.screenshot(path=ARTIFACTS / "supervisor.png", full_page=True)

    console = browser.new_page()
    sign_in(console, url, "/", key["agent"])
    assert console.locator("html").get_attribute("lang") == "fr"
    french = console.get_by_test_id("new-submit").inner_text()
    console.get_by_test_id("lang-en").click()
    assert console.locator("html").get_attribute("lang") == "en" and console.get_by_test_id("new-submit").inner_text() != french
    console.goto(f"{url}/#c={conversation}")
    console.get_by_test_id("script-progress").wait_for()
    assert "0 / 6" in console.get_by_test_id("script-progress").inner_text().replace("0/6", "0 / 6")
    console.screenshot(path=ARTIFACTS / "console-english-campaign.png", full_page=True)
