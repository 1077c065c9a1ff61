"""What reviewers read from the audit log: entry lists, a suggestion's full explanation, integrity, team analytics.

Everything here reads the log as written (scrubbed text, pseudonymous agents); nothing is rebuilt from live state.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from assist.audit.log import AuditLog, Filters, StoredEntry
from assist.errors import AuditIntegrityError
from assist.stats import percentile

FINAL_ACTIONS = ("accepted", "edited", "ignored")
GROUPINGS = ("campaign", "script_version", "suggestion_type", "agent")


def brief(entry: StoredEntry) -> dict[str, Any]:
    header, payload = entry.header, entry.payload or {}
    facets = header.get("facets", {})
    summary = payload.get("text") or payload.get("reason") or payload.get("change") or ""
    if entry.erased:
        summary = "(erased)"
    return {
        "seq": entry.seq,
        "entry_id": header.get("entry_id"),
        "kind": header.get("kind"),
        "created_at": header.get("created_at"),
        "conversation_id": header.get("conversation_id"),
        "turn_id": header.get("turn_id"),
        "agent_ref": header.get("agent_ref"),
        "suggestion_id": facets.get("suggestion_id"),
        "suggestion_type": facets.get("suggestion_type"),
        "action": facets.get("action"),
        "campaign": facets.get("campaign"),
        "shown": facets.get("shown", header.get("kind") == "suggestion"),
        "guards_fired": facets.get("guards_fired", []),
        "summary": summary[:200],
    }


def search(audit: AuditLog, filters: Filters, *, limit: int = 100, before_seq: int | None = None) -> dict[str, Any]:
    """Newest first, `limit` at a time; `next_before_seq` fetches the next page."""
    query = replace(filters, limit=None, seq_to=(before_seq - 1) if before_seq else filters.seq_to)
    page: list[StoredEntry] = []
    for entry in audit.entries(query):
        page.append(entry)
        if len(page) > limit:
            page.pop(0)
    more = bool(page) and any(True for _ in audit.entries(replace(query, seq_to=page[0].seq - 1, limit=1)))
    return {"entries": [brief(e) for e in reversed(page)], "next_before_seq": page[0].seq if more else None}


def explanation(audit: AuditLog, suggestion_id: str, *, conversation_id: str | None = None) -> dict[str, Any] | None:
    """The suggestion's audit entry as a reviewer reads it, with what the agent did with it."""
    found, actions = None, []
    for entry in audit.entries(Filters(conversation_id=conversation_id, suggestion_id=suggestion_id)):
        if entry.header.get("kind") == "suggestion" and found is None:
            found = entry
        elif entry.header.get("kind") == "oversight" and entry.payload:
            actions.append({k: entry.payload.get(k) for k in ("action", "at", "edit_distance") if entry.payload.get(k) is not None})
    if found is None:
        return None
    header, payload = found.header, found.payload
    if payload is None:
        return {"suggestion_id": suggestion_id, "erased": True, "conversation_id": header.get("conversation_id"), "actions": actions,
                "entry": {"seq": found.seq, "entry_id": header.get("entry_id"), "hash": found.hash}}
    return {
        **payload,
        "erased": False,
        "conversation_id": header.get("conversation_id"),
        "turn_id": header.get("turn_id"),
        "created_at": header.get("created_at"),
        "agent_ref": header.get("agent_ref"),
        "campaign": header.get("facets", {}).get("campaign"),
        "actions": actions,
        "entry": {"seq": found.seq, "entry_id": header.get("entry_id"), "hash": found.hash},
    }


def integrity(audit: AuditLog) -> dict[str, Any]:
    try:
        report = audit.verify()
    except AuditIntegrityError as exc:
        return {"ok": False, "entries": len(audit), "checkpoints": None, "uncovered": None, "key_fingerprint": audit.signer.fingerprint,
                "error": str(exc), "first_bad_seq": exc.seq}
    return {"ok": True, "entries": report.entries, "checkpoints": report.checkpoints, "uncovered": report.uncovered,
            "key_fingerprint": report.key_fingerprint, "error": None, "first_bad_seq": None}


def _rates(counts: dict[str, int]) -> dict[str, Any]:
    shown = counts.get("shown", 0)
    out: dict[str, Any] = {"shown": shown, **{a: counts.get(a, 0) for a in FINAL_ACTIONS}}
    for action, rate in (("accepted", "acceptance_rate"), ("edited", "edit_rate"), ("ignored", "ignore_rate")):
        out[rate] = round(out[action] / shown, 4) if shown else None
    return out


def _pct(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0, "p50": None, "p95": None}
    return {"n": len(values), "p50": round(percentile(values, 50), 1), "p95": round(percentile(values, 95), 1)}


def analytics(audit: AuditLog, *, since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """Acceptance, edit and ignore rates of the suggestions shown to agents, by campaign, script version, suggestion
    type and pseudonymous agent; latency percentiles from the timings each suggestion recorded."""
    shown: dict[str, dict[str, str]] = {}  # suggestion id -> its groups
    final: dict[str, str] = {}  # suggestion id -> the agent's last action
    conversations: set[str] = set()
    curated_turns: dict[str, float] = {}
    first_token: list[float] = []
    total: list[float] = []
    for entry in audit.entries(Filters(since=since, until=until)):
        header, payload = entry.header, entry.payload or {}
        facets = header.get("facets", {})
        if header.get("kind") == "suggestion" and facets.get("shown", True) and facets.get("suggestion_id"):
            kind = facets.get("suggestion_type") or "unknown"
            shown[facets["suggestion_id"]] = {
                "campaign": facets.get("campaign") or "(inbound)",
                "script_version": f"{facets.get('campaign')} {facets.get('script_version')}" if facets.get("script_version") else "(no script)",
                "suggestion_type": kind,
                "agent": header.get("agent_ref") or "(unknown)",
            }
            conversations.add(header.get("conversation_id") or "")
            timings = payload.get("timings_ms", {})
            if kind == "curated" and header.get("turn_id") and "retrieve" in timings:
                curated_turns[header["turn_id"]] = timings.get("scrub", 0.0) + timings["retrieve"]
            if kind == "generative" and "generate_ttft" in timings:
                first_token.append(timings["generate_ttft"])
                total.append(timings.get("generate_total", timings["generate_ttft"]))
        elif header.get("kind") == "oversight" and facets.get("action") in FINAL_ACTIONS:
            final[facets.get("suggestion_id")] = facets["action"]
    totals: dict[str, int] = defaultdict(int)
    groups: dict[str, dict[str, dict[str, int]]] = {g: defaultdict(lambda: defaultdict(int)) for g in GROUPINGS}
    for suggestion_id, keys in shown.items():
        action = final.get(suggestion_id)
        for counts in [totals, *(groups[g][keys[g]] for g in GROUPINGS)]:
            counts["shown"] += 1
            if action:
                counts[action] += 1
    return {
        "totals": _rates(totals),
        "by": {g: [{"key": key, **_rates(counts)} for key, counts in sorted(groups[g].items(), key=lambda kv: -kv[1]["shown"])] for g in GROUPINGS},
        "latency_ms": {"curated": _pct(list(curated_turns.values())), "generation_first_token": _pct(first_token), "generation_total": _pct(total)},
        "conversations": len(conversations - {""}),
    }
