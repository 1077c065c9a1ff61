"""`assist audit`: verify, read, export, erase and sign the explainability log."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from assist.cli.common import audit_app, out, _settings, _short
from assist.errors import InputError


def _audit_log():
    from assist.audit import AuditLog

    path = _settings().data_dir / "audit.sqlite3"
    if not path.exists():
        raise InputError(f"no audit log at {path} (set ASSIST_DATA_DIR)")
    return AuditLog.open_sqlite(path)


def _pinned_key(path: Path | None):
    from assist.audit.crypto import load_public_key

    path = path or _settings().data_dir / "audit-signing.pub.pem"
    if not path.exists():
        raise InputError(f"no public key at {path}: pass --public-key with the key you trust")
    return load_public_key(path.read_bytes())


def _filters(since, until, agent, conversation, campaign, suggestion_type, action, guard, kind, limit):
    from assist.audit import Filters

    return Filters(conversation_id=conversation, agent_ref=agent, kind=kind, since=since, until=until, campaign=campaign,
                   suggestion_type=suggestion_type, action=action, guard=guard, limit=limit)


Since = Annotated[str | None, typer.Option(help="From this ISO time (UTC), e.g. 2026-11-01.")]
Until = Annotated[str | None, typer.Option(help="Up to this ISO time (UTC).")]
Agent = Annotated[str | None, typer.Option("--agent", help="Pseudonymous agent reference.")]
Conv = Annotated[str | None, typer.Option("--conversation", help="Conversation id.")]
Campaign = Annotated[str | None, typer.Option(help="Campaign.")]
SType = Annotated[str | None, typer.Option("--type", help="Suggestion type: curated or generative.")]
Act = Annotated[str | None, typer.Option("--action", help="Agent action: shown, accepted, edited, ignored.")]
Guard = Annotated[str | None, typer.Option("--guard", help="Only entries where this guard fired.")]
Kind = Annotated[str | None, typer.Option("--kind", help="suggestion, oversight, config or erasure.")]


@audit_app.command("verify")
def audit_verify(
    bundle: Annotated[Path | None, typer.Option(help="Verify an exported bundle instead of the database.")] = None,
    public_key: Annotated[Path | None, typer.Option(help="The public key you trust (default: the pinned audit-signing.pub.pem).")] = None,
    proof: Annotated[Path | None, typer.Option(help="Verify one entry's inclusion proof (from 'assist audit proof').")] = None,
    allow_unsigned_tail: Annotated[bool, typer.Option(help="Accept newest entries not yet under a signed checkpoint (a live log between checkpoints).")] = False,
):
    """Recompute every hash, Merkle root and signature; names the first bad entry and exits 1 on any failure."""
    from assist.audit import verify_bundle, verify_inclusion
    from assist.errors import AuditIntegrityError

    if proof:
        try:
            document = json.loads(proof.read_text(encoding="utf-8"))
            valid = verify_inclusion(document, _pinned_key(public_key))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{proof}: not an inclusion proof ({type(exc).__name__})") from None
        if not valid:
            raise AuditIntegrityError(f"FAILED: the inclusion proof in {proof} does not verify")
        out.print(f"ok: entry {document['entry']['seq']} is included under a signed checkpoint")
        return
    try:
        if bundle:
            report = verify_bundle(bundle, _pinned_key(public_key) if public_key else None)
        else:
            log = _audit_log()
            report = log.verify(_pinned_key(public_key), require_signed=not allow_unsigned_tail)
    except AuditIntegrityError as exc:
        raise AuditIntegrityError(f"FAILED: {exc}") from None
    note = "" if public_key or not bundle else " — verified with the bundle's own key: compare this fingerprint with the one you pinned"
    out.print(f"ok: {report.summary()}{note}")


@audit_app.command("list")
def audit_list(
    since: Since = None, until: Until = None, agent: Agent = None, conversation: Conv = None, campaign: Campaign = None,
    suggestion_type: SType = None, action: Act = None, guard: Guard = None, kind: Kind = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
):
    """One line per entry, newest filters applied."""
    log = _audit_log()
    for stored in log.entries(_filters(since, until, agent, conversation, campaign, suggestion_type, action, guard, kind, limit)):
        h, f = stored.header, stored.header.get("facets", {})
        what = f.get("suggestion_type") or f.get("action") or f.get("change") or f.get("reason") or ""
        fired = ",".join(f.get("guards_fired", [])) or "-"
        sys.stdout.write(f"{stored.seq:>6}  {h['created_at'][:19]}  {h['kind']:<10} {what:<11} guards:{fired:<20} conv:{h.get('conversation_id') or '-'}  {h['entry_id']}"
                         + ("  [erased]" if stored.erased else "") + "\n")


@audit_app.command("show")
def audit_show(entry: Annotated[str, typer.Argument(help="Entry id or sequence number.")]):
    """One suggestion's whole explanation: sources with their text, scores, prompt, model, guards, redactions, the agent's action."""
    from assist.audit import Filters

    log = _audit_log()
    stored = next((e for e in log.entries() if e.header["entry_id"] == entry or str(e.seq) == entry), None)
    if stored is None:
        raise InputError(f"no audit entry '{entry}'")
    h, p = stored.header, stored.payload
    out.rule(f"entry {stored.seq} · {h['kind']} · {h['created_at']}")
    out.print(f"conversation {h.get('conversation_id') or '-'} · turn {h.get('turn_id') or '-'} · agent {h.get('agent_ref') or '-'} · hash {stored.hash[:16]}…", markup=False)
    if p is None:
        out.print("payload erased (its keys were destroyed); the header above still verifies")
        return
    if h["kind"] != "suggestion":
        out.print_json(json.dumps(p, ensure_ascii=False))
        return
    knowledge = _knowledge_texts()
    out.print(f"\n[bold]{p['suggestion_type']} suggestion[/] ({'shown' if p.get('shown', True) else 'not shown: ' + p.get('reason', '')})")
    if p.get("text"):
        out.print(f"  text (scrubbed): {p['text']}", markup=False)
    out.print(f"  citations: {', '.join(p.get('citations', [])) or '-'} ({p.get('citation_method', '')})", markup=False)
    out.print(f"  query (scrubbed): {p.get('query', '-')}", markup=False)
    out.print(f"  knowledge snapshot: {p.get('knowledge_snapshot', '-')} · confidence {p.get('confidence', '-')} ({p.get('confidence_method', '')})", markup=False)
    out.print("\n[bold]sources[/]")
    for src in p.get("sources", []):
        used = "USED" if src["used"] else f"not used: {src.get('why_not', '')}"
        out.print(f"  #{src['rank']} {src['entry_id']} — {src['title']} [{used}]", markup=False)
        reranked = f" · reranker {src['rerank_score']}" if src.get("rerank_score") is not None else ""
        out.print(f"     score {src['score']:.4f} · bm25 rank {src['lexical_rank']} ({src['lexical_score']}) · dense rank {src['dense_rank']} ({src['dense_score']}){reranked}", markup=False)
        if src["entry_id"] in knowledge:
            out.print(f"     {_short(knowledge[src['entry_id']], 300)}", markup=False)
    if p.get("prompt"):
        out.print(f"\n[bold]prompt[/] {escape(p['prompt']['id'])} v{p['prompt']['version']} {p['prompt']['hash']}")
    if p.get("model"):
        m = p["model"]
        out.print(f"[bold]model[/] {escape(m['name'])} via {escape(m['provider'])} {escape(m.get('endpoint', ''))} {escape(str(m.get('parameters', {})))}")
    for guard in p.get("guards", []):
        out.print(f"  guard {guard['name']}: {'pass' if guard['passed'] else 'FIRED'} — {guard['detail']}", markup=False)
    out.print(f"[bold]redactions[/] {escape(str(p.get('redactions') or 'none'))} · [bold]timings (ms)[/] {escape(str(p.get('timings_ms')))}")
    actions = [e for e in log.entries(Filters(kind="oversight", conversation_id=h.get("conversation_id"))) if e.payload and e.payload.get("suggestion_id") == p.get("suggestion_id")]
    out.print("[bold]agent actions[/] " + (", ".join(f"{a.payload['action']} at {a.payload['at'][:19]}" + (f" (edit distance {a.payload['edit_distance']})" if a.payload["action"] == "edited" else "") for a in actions) or "none recorded"))


def _knowledge_texts() -> dict[str, str]:
    manifest = _settings().data_dir / "index" / "entries.jsonl"
    if not manifest.exists():
        return {}
    return {e["id"]: e["text"] for e in (json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip())}


@audit_app.command("export")
def audit_export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="json, jsonl, csv, or bundle (verifiable offline).")] = "jsonl",
    since: Since = None, until: Until = None, agent: Agent = None, conversation: Conv = None, campaign: Campaign = None,
    suggestion_type: SType = None, action: Act = None, guard: Guard = None, kind: Kind = None,
):
    """Export entries (decrypted payloads, scrubbed text only) or a signed bundle."""
    import csv

    if fmt not in {"json", "jsonl", "csv", "bundle"}:
        raise InputError(f"unknown export format '{fmt}' (json, jsonl, csv or bundle)")
    log = _audit_log()
    if fmt == "bundle":
        report = log.export_bundle(output)
        out.print(f"bundle written to {output}: {report.summary()}")
        return
    rows = [{"seq": e.seq, "hash": e.hash, **e.header, "erased": e.erased, "payload": e.payload}
            for e in log.entries(_filters(since, until, agent, conversation, campaign, suggestion_type, action, guard, kind, None))]
    tmp = output.with_suffix(output.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "json":
            json.dump(rows, handle, ensure_ascii=False)
        elif fmt == "jsonl":
            handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        else:
            columns = ["seq", "created_at", "kind", "entry_id", "conversation_id", "turn_id", "agent_ref", "data_class", "erased", "facets", "payload", "hash"]
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows({**r, "facets": json.dumps(r["facets"], ensure_ascii=False), "payload": json.dumps(r["payload"], ensure_ascii=False)} for r in rows)
    tmp.replace(output)
    out.print(f"{len(rows)} entries written to {output}")


@audit_app.command("erase")
def audit_erase(
    conversation: Annotated[str, typer.Argument(help="Conversation id.")],
    reason: Annotated[str, typer.Option(help="Why (recorded in the erasure entry).")] = "data subject request",
):
    """Erase one conversation's payloads (destroy its keys); the chain still verifies."""
    log = _audit_log()
    destroyed = log.erase_conversation(conversation, reason)
    log.checkpoint()  # a short-lived writer signs what it wrote
    if not destroyed:
        raise InputError(f"conversation {conversation} has no payload keys (unknown or already erased)")
    out.print(f"erased: {destroyed} key(s) of conversation {conversation} destroyed; erasure recorded")


@audit_app.command("purge")
def audit_purge(
    retention: Annotated[list[str], typer.Option(help="CLASS=DAYS, e.g. suggestion=365 (repeatable). Classes: suggestion, oversight, config, erasure.")],
):
    """Erase payloads older than their class's retention period (keys destroyed, erasure entries written)."""
    from datetime import timedelta

    periods = {}
    for item in retention:
        name, _, days = item.partition("=")
        if not name or not days.isdigit():
            raise InputError(f"--retention takes CLASS=DAYS, got '{item}'")
        periods[name] = timedelta(days=int(days))
    log = _audit_log()
    touched = log.purge_expired(periods)
    log.checkpoint()
    out.print(f"retention applied: {len(touched)} conversation(s) erased")


@audit_app.command("proof")
def audit_proof(entry_id: Annotated[str, typer.Argument(help="Entry id.")]):
    """Print an inclusion proof (JSON) for one entry: verify it with 'assist audit verify --proof FILE'."""
    log = _audit_log()
    log.checkpoint()
    sys.stdout.write(json.dumps(log.inclusion_proof(entry_id)) + "\n")


@audit_app.command("checkpoint")
def audit_checkpoint():
    """Sign a checkpoint over every entry not yet covered."""
    row = _audit_log().checkpoint()
    out.print(f"checkpoint {row.seq} signs entries {row.first_seq}-{row.last_seq}" if row else "nothing to sign")
