"""`assist eval`: retrieval, DSTC11, conversations, escalation training and PII, each beside its baselines."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assist.cli.common import Lang, _settings, _steps, err, eval_app, out
from assist.errors import ConfigError, InputError, ModelError


@eval_app.command("retrieval")
def eval_retrieval(
    knowledge: Annotated[Path, typer.Option(help="Knowledge file or folder (any supported format).")],
    cases: Annotated[Path, typer.Option(help="Cases JSONL: query or turns, plus gold_ids ([] = out of scope).")],
    k: Annotated[int, typer.Option(min=1, max=50)] = 5,
    lang: Lang = "fr",
    systems: Annotated[str, typer.Option(help="Comma-separated: assist, hybrid, lexical, dense, langchain (and reranked, with a reranker).")] = "assist,hybrid,lexical,dense,langchain",
    calibrate: Annotated[bool, typer.Option(help="Also print the no-answer thresholds calibrated on these cases.")] = False,
    reranker: Annotated[Path | None, typer.Option(help="Also score 'reranked': ours with this reranker (default: ASSIST_RERANKER, if set).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Index KNOWLEDGE into a fresh temporary index and score CASES for each system side by side."""
    from assist.evaluation import calibrate as calibrate_thresholds
    from assist.evaluation import load_cases, replay, run_systems, score
    from assist.knowledge import Embedder, KnowledgeIndex, Reranker, Retriever, load_path
    from assist.knowledge.entities import entity_names
    from assist.privacy import Scrubber

    parsed = load_cases(cases)
    chosen = [name.strip() for name in systems.split(",") if name.strip()]
    settings = _settings()
    reranker = reranker or settings.reranker
    trained = Reranker.load(reranker, settings.embedding_model) if reranker else None  # a bad file fails before any model loads
    if trained:
        chosen = [name for name in chosen if name != "reranked"] + ["reranked"]
    elif "reranked" in chosen:
        raise InputError("the system 'reranked' needs a reranker: --reranker FILE or ASSIST_RERANKER")
    with tempfile.TemporaryDirectory(prefix="assist-eval-") as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading models", total=None)
        scrubber, index = Scrubber.create(), KnowledgeIndex(Path(tmp), Embedder(settings.embedding_model))
        entries = load_path(knowledge, scrubber)
        progress.update(task, description="indexing")
        index.ingest(entries, progress=lambda done, total: progress.update(task, completed=done, total=total))
        scrubber.protect(entity_names(entries))  # public names, as production scrubs
        retriever = Retriever(index, no_answer=_no_answer(settings))
        states = [replay(retriever, scrubber, case, lang) for case in parsed]
        progress.update(task, description="evaluating", completed=0, total=len(parsed))
        outcomes = run_systems(retriever, scrubber, parsed, k=k, language=lang, systems=[s for s in chosen if s != "reranked"], states=states,
                               progress=lambda done, total: progress.update(task, completed=done))  # fmt: skip
        if trained:
            reranked = Retriever(index, no_answer=_no_answer(settings), reranker=trained)
            outcomes["reranked"] = run_systems(reranked, scrubber, parsed, k=k, language=lang, systems=["assist"], states=states)["assist"]
    reports = [score(system, parsed, outcomes[system], k).as_dict() for system in chosen]
    result: dict = {"knowledge": index.snapshot, "embedding_model": settings.embedding_model, "systems": reports}
    if calibrate and "assist" in chosen:
        threshold = calibrate_thresholds(parsed, outcomes["assist"])
        result["calibrated"] = {"no_answer_lexical": threshold.lexical, "no_answer_dense": threshold.dense}
    if as_json:
        sys.stdout.write(json.dumps(result) + "\n")
        return
    scored = reports[0]
    table = Table(title=f"{scored['cases']} in-scope + {scored['out_of_scope']} out-of-scope cases · knowledge {index.snapshot} · {settings.embedding_model}")
    columns = {"system": "system", "recall_at_1": "R@1", f"recall_at_{k}": f"R@{k}", f"mrr_at_{k}": f"MRR@{k}",
               "no_answer_on_out_of_scope": "no-answer OOS ↑", "no_answer_on_in_scope": "no-answer in ↓", "latency_p50_ms": "p50 ms", "latency_p95_ms": "p95 ms"}  # fmt: skip
    for key, title in columns.items():
        table.add_column(title, justify="left" if key == "system" else "right")
    for report in reports:
        table.add_row(*("-" if report[key] is None else str(report[key]) for key in columns))
    out.print(table)
    if "calibrated" in result:
        out.print("calibrated: " + " ".join(f"ASSIST_{key.upper()}={value}" for key, value in result["calibrated"].items()))


@eval_app.command("dstc11")
def eval_dstc11(
    data: Annotated[Path, typer.Option(help="The DSTC11 track 5 folder (knowledge.json, val/logs.json, val/labels.json).")],
    split: Annotated[str, typer.Option(help="Split folder to score.")] = "val",
    limit: Annotated[int | None, typer.Option(min=2, help="Only the first N knowledge-seeking turns.")] = None,
    systems: Annotated[str, typer.Option(help="Comma-separated: assist, reranked, lexical, dense, langchain.")] = "assist,reranked,lexical,dense,langchain",
    train_on: Annotated[str, typer.Option(help="'half': calibrate and train on the first half, score the second; 'folds': five folds, each scored by what the other four trained; 'entities': train on the turns about half of the businesses, score the others.")] = "half",
    save_reranker: Annotated[Path | None, typer.Option(help="Write the reranker trained here to this file (.npz; not with --train-on folds).")] = None,
    faqs_only: Annotated[bool, typer.Option("--faqs-only", help="Only the FAQs as knowledge, and the turns whose gold holds one (a help centre's shape).")] = False,
    spoken: Annotated[bool, typer.Option("--spoken", help="Every turn as plain speech-to-text writes it: lower case, no punctuation, digits as words.")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Recall@5 over gold snippets and knowledge-selection precision/recall/F1, scored on turns nothing was fitted to.

    The selection rule of each system is calibrated on the training turns; `reranked` is our retriever with a reranker
    trained on the training turns, selecting by its own threshold."""
    from assist import dstc
    from assist.evaluation import replay, run_systems, score
    from assist.knowledge import Embedder, KnowledgeIndex, Retriever
    from assist.knowledge.reranker import Pool, train_reranker
    from assist.privacy import Scrubber

    entries, cases = dstc.load_knowledge(data, faqs_only=faqs_only), dstc.load_cases(data, split, faqs_only=faqs_only, spoken=spoken)[:limit]
    chosen = [name.strip() for name in systems.split(",") if name.strip()]
    plain = [name for name in chosen if name != "reranked"]
    folds = dstc.split(cases, train_on)
    scored_at = sorted(i for _, scored in folds for i in scored)
    if "reranked" in chosen and min(len(train) for train, _ in folds) < 20:
        raise InputError(f"the reranked system trains on {min(len(train) for train, _ in folds)} turns here: raise --limit, or leave 'reranked' out of --systems")
    if save_reranker and ("reranked" not in chosen or len(folds) > 1):
        raise InputError("--save-reranker needs the 'reranked' system and one training set (--train-on half or entities)")
    settings = _settings()
    rules: dict[str, list[str]] = {system: [""] * len(cases) for system in chosen}  # each scored turn's selection rule, its fold's
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("loading models", total=None)
        where = settings.data_dir / "evals" / ("dstc11-faqs" if faqs_only else "dstc11")
        scrubber, index = Scrubber.create(), KnowledgeIndex(where, Embedder(settings.embedding_model))
        progress.update(task, description=f"indexing {len(entries)} snippets (incremental)")
        index.ingest(entries, replace=True, progress=lambda done, total: progress.update(task, completed=done, total=total))
        scrubber.protect(e.metadata["entity"] for e in entries)  # business names are public, not personal data
        retriever = Retriever(index, no_answer=None)
        progress.update(task, description="scrubbing the conversations", completed=0, total=len(cases))
        states = []
        for case in cases:
            states.append(replay(retriever, scrubber, case, "en"))
            progress.update(task, advance=1)
        progress.update(task, description="evaluating", completed=0, total=len(cases))
        outcomes = run_systems(retriever, scrubber, cases, k=dstc.SELECTION_LIMIT, language="en", systems=plain, states=states,
                               progress=lambda done, total: progress.update(task, completed=done))  # fmt: skip
        if "reranked" in chosen:
            outcomes["reranked"], pools = [None] * len(cases), {}
        for number, (train, scored) in enumerate(folds, start=1):
            for system in plain:
                rule = dstc.calibrate_selection([cases[i] for i in train], [list(zip(outcomes[system][i].ranked, outcomes[system][i].scores)) for i in train])
                for i in scored:
                    rules[system][i] = rule
            if "reranked" not in chosen:
                continue
            fold = f", fold {number} of {len(folds)}" if len(folds) > 1 else ""
            progress.update(task, description=f"training the reranker on {len(train)} turns ({train_on}{fold})", completed=0, total=None)
            for i in train:
                if i not in pools:
                    pools[i] = Pool.labelled(*retriever.pool(states[i]), cases[i].gold_ids)
            reranker = train_reranker([pools[i] for i in train], index.embedder.name, limit=dstc.SELECTION_LIMIT,
                                      trained_on=f"DSTC11 {split}, {len(train)} turns ({train_on}{fold}), snapshot {index.snapshot}")  # fmt: skip
            if save_reranker:
                reranker.save(save_reranker)
            progress.update(task, description=f"evaluating the reranked retriever ({train_on}{fold})", completed=0, total=len(scored))
            reranked = run_systems(Retriever(index, no_answer=None, reranker=reranker), scrubber, [cases[i] for i in scored], k=dstc.SELECTION_LIMIT,
                                   systems=["assist"], states=[states[i] for i in scored], progress=lambda done, total: progress.update(task, completed=done))  # fmt: skip
            for i, outcome in zip(scored, reranked["assist"]):
                outcomes["reranked"][i], rules["reranked"][i] = outcome, f"score:{reranker.threshold}"
    on = lambda items, at: [items[i] for i in at]  # noqa: E731
    rows = []
    for system in chosen:
        scored = [list(zip(o.ranked, o.scores)) if o else [] for o in outcomes[system]]
        selection = dstc.selection_scores(on(cases, scored_at), on(scored, scored_at), on(rules[system], scored_at))
        report = score(system, on(cases, scored_at), on(outcomes[system], scored_at), 5)
        rows.append({"system": system, "scored_turns": len(scored_at), "recall_at_5": report.recall_at_k, "recall_at_1": report.recall_at_1,
                     "selection_rule": selection.rule, "selection_precision": selection.precision, "selection_recall": selection.recall,
                     "selection_f1": selection.f1, "latency_p50_ms": report.latency_p50_ms, "latency_p95_ms": report.latency_p95_ms})  # fmt: skip
    training = round(sum(len(train) for train, _ in folds) / len(folds))
    if as_json:
        sys.stdout.write(json.dumps({"knowledge": index.snapshot, "entries": len(entries), "turns": len(cases), "faqs_only": faqs_only, "spoken": spoken, "train_on": train_on,
                                     "folds": len(folds), "training_turns": training, "systems": rows}) + "\n")  # fmt: skip
        return
    scheme = f"{len(folds)} folds, each scored by what about {training} other turns trained" if len(folds) > 1 else f"trained on {training} ({train_on}), scored on {len(scored_at)} others"
    shape = (" (FAQs only)" if faqs_only else "") + (", spoken" if spoken else "")
    title = f"DSTC11 {split}{shape}: {len(cases)} knowledge-seeking turns, {len(entries)} snippets; {scheme}"
    table = Table(title=title)
    for key in rows[0]:
        table.add_column(key.replace("selection_", "sel. ").replace("_", " "), justify="left" if key == "system" else "right")
    for row in rows:
        table.add_row(*(str(value) for value in row.values()))
    out.print(table)


@eval_app.command("dstc11-responses")
def eval_dstc11_responses(
    data: Annotated[Path, typer.Option(help="The DSTC11 track 5 folder (knowledge.json, val/logs.json, val/labels.json).")],
    split: Annotated[str, typer.Option(help="Split folder to score.")] = "val",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N knowledge-seeking turns.")] = 200,
    baseline: Annotated[bool, typer.Option(help="Also run the naive LangChain retrieve-then-prompt chain.")] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """ROUGE-L of generated replies against the gold responses, ours and the naive LangChain chain side by side."""
    from assist import dstc
    from assist.assistant import Assistant
    from assist.baselines import NaiveRagChain
    from assist.response_eval import evaluate_responses

    entries = dstc.load_knowledge(data)
    cases, responses = dstc.load_cases(data, split)[:limit], dstc.load_responses(data, split)[:limit]
    settings = _settings()
    with Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading", total=None)
        # The DSTC11 index (and its audit log) are kept between runs under DATA_DIR/evals (re-ingestion is incremental).
        # No no-answer threshold: every turn of this set asks for knowledge. The LLM's escalation check stays off.
        run = settings.model_copy(update={"data_dir": settings.data_dir / "evals" / "dstc11-responses", "no_answer_lexical": 0.0,
                                          "no_answer_dense": -1.0, "escalation_llm": False})  # fmt: skip
        with Assistant.from_settings(run, progress=lambda step: progress.update(task, description=step)) as assistant:
            if assistant.generator is None:
                raise ModelError("no LLM available: this eval scores generated replies")
            progress.update(task, description=f"indexing {len(entries)} snippets (incremental)")
            assistant.index.ingest(entries, replace=True, progress=lambda done, total: progress.update(task, completed=done, total=total))
            assistant.scrubber.protect(e.metadata["entity"] for e in entries)
            chain = None
            if baseline:
                progress.update(task, description="the LangChain baseline (on the same Chroma collection)", completed=0, total=None)
                chain = NaiveRagChain(assistant.index, assistant.generator)
            progress.update(task, description="generating", completed=0, total=len(cases))
            report = evaluate_responses(assistant, cases, responses, baseline=chain, progress=lambda done, total: progress.update(task, completed=done))
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
        return
    for key, value in report.items():
        out.print(f"{key}: {json.dumps(value)}", markup=False)


@eval_app.command("conversations")
def eval_conversations(
    cases: Annotated[Path, typer.Option(help="Labelled conversations JSONL (evals/conversations/README.md).")] = Path("evals/conversations/fr_conversations.jsonl"),
    generate: Annotated[bool, typer.Option(help="Also generate replies with the LLM (citations, language).")] = True,
    baseline: Annotated[bool, typer.Option(help="With --generate, also run the naive LangChain retrieve-then-prompt chain.")] = True,
    escalation_llm: Annotated[bool, typer.Option(help="With --generate, score the LLM's escalation check as the second opinion, not the classifier.")] = False,
    escalation_model: Annotated[Path | None, typer.Option(help="The escalation classifier to score as the second opinion (default: the shipped one).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N conversations.")] = None,
    details: Annotated[Path | None, typer.Option(help="Write one JSON line per customer turn (ids and labels, no text) here.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Replay labelled calls: escalation recall and false alarms (the rules, then the second opinion where they find
    nothing), mandatory mentions, script steps, objections, citations, language."""
    from assist.assistant import Assistant
    from assist.conversation_eval import evaluate, langchain_baseline, load_conversations

    if escalation_llm and not generate:
        raise InputError("--escalation-llm needs the LLM: drop --no-generate")
    conversations = load_conversations(cases)[:limit]
    with tempfile.TemporaryDirectory(prefix="assist-eval-") as tmp, Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(), console=err, transient=True
    ) as progress:
        task = progress.add_task("loading", total=None)
        settings = _settings().model_copy(update={"data_dir": Path(tmp) / "data", "escalation_llm": False, "escalation_model": False})  # the rules alone
        with Assistant.from_settings(settings, generate=generate, progress=lambda step: progress.update(task, description=step)) as assistant:
            chain = langchain_baseline(assistant) if baseline and assistant.generator is not None else None
            progress.update(task, description="replaying", completed=0, total=len(conversations))
            records: list[dict] = []
            if escalation_llm and assistant.generator is not None:
                from assist.prompts import PromptLibrary
                from assist.resources import prompts_dir
                from assist.suggest.escalation_check import LLMEscalationCheck

                check = LLMEscalationCheck(assistant.generator.model, PromptLibrary.from_dir(prompts_dir()))
            else:
                from assist.suggest.escalation_model import SHIPPED, EscalationClassifier, SemanticEscalationCheck

                classifier = EscalationClassifier.load(escalation_model or SHIPPED)
                try:
                    check = SemanticEscalationCheck(classifier, assistant.index.embedder, turn_vector=assistant.index.query_vector)
                except ConfigError as exc:  # another embedding model: the rules are scored alone
                    check = None
                    err.print(f"no second opinion scored: {exc}")
            report = evaluate(assistant, conversations, baseline=chain, details=records, second_opinion=check, progress=lambda done, total: progress.update(task, completed=done))
    if details is not None:
        details.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    report["knowledge"] = assistant.index.snapshot
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
        return
    for section, values in report.items():
        out.print(f"[bold]{section}[/]: {json.dumps(values, ensure_ascii=False)}")


def _no_answer(settings):
    from assist.knowledge import NoAnswerThreshold

    return NoAnswerThreshold(settings.no_answer_lexical, settings.no_answer_dense)


@eval_app.command("train-escalation")
def eval_train_escalation(
    cases: Annotated[list[Path], typer.Option(help="Labelled conversations JSONL files to learn from (repeat the option).")],
    out: Annotated[Path, typer.Option(help="Where to write the classifier (.npz).")],
    utterances: Annotated[list[Path] | None, typer.Option(help="Also learn from standalone labelled utterances (JSONL {text, label, language}; repeatable).")] = None,
):
    """Train the escalation classifier on labelled conversations' customer turns, scrubbed as production scrubs them."""
    from assist.conversation_eval import labelled_turns, load_conversations, load_utterances
    from assist.knowledge import Embedder
    from assist.privacy.scrubber import Scrubber
    from assist.privacy.vault import Vault
    from assist.suggest.escalation_model import NONE, EscalationClassifier

    settings = _settings()
    scrubber = Scrubber.create()

    def scrub(text: str, language: str) -> str:
        return scrubber.scrub(text, Vault(), language).scrubbed.text

    conversations = [item for path in cases for item in load_conversations(path)]
    extra = [item for path in utterances or [] for item in load_utterances(path)]
    texts, labels = labelled_turns(conversations, scrub)
    texts += [scrub(item["text"], item.get("language", "fr")) for item in extra]
    labels += [item["label"] for item in extra]
    positives = sum(label != NONE for label in labels)
    sources = [p.name for p in cases] + [p.name for p in utterances or []]
    trained_on = f"{', '.join(sources)}: {len(texts)} customer turns, {positives} escalations"
    classifier = EscalationClassifier.train(texts, labels, Embedder(settings.embedding_model), trained_on=trained_on)
    classifier.save(out)
    err.print(f"{out}: {classifier.trained_on} ({classifier.embedding_model})")


@eval_app.command("pii")
def eval_pii(
    cases: Annotated[Path, typer.Option(help="PII cases: JSONL {text, spans: [{type, start, end}]} or the Presidio synthetic JSON.")],
    lang: Lang = "fr",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N cases.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
):
    """Our scrubber beside vanilla Presidio on the same cases: precision, recall (values fully removed), F2, survival, words kept, latency."""
    from assist.pii_eval import evaluate, load_cases, our_detector, vanilla_presidio
    from assist.privacy import Scrubber

    parsed = load_cases(cases)[:limit]
    with _steps() as progress:
        progress.add_task("loading both PII engines", total=None)
        ours, vanilla = our_detector(Scrubber.create(), lang), vanilla_presidio(lang)
    report = {"assist": evaluate(ours, parsed), "vanilla_presidio": evaluate(vanilla, parsed)}
    if as_json:
        sys.stdout.write(json.dumps(report) + "\n")
        return
    for key in ("cases", "values", "precision", "recall", "f2", "survived", "words_kept", "latency_p50_ms", "latency_p95_ms"):
        out.print(f"{key:>16}: {report['assist'][key]!s:>10}   vanilla {report['vanilla_presidio'][key]!s:>10}", markup=False)
    for kind, value in report["assist"]["recall_by_type"].items():
        out.print(f"{'recall ' + kind:>28}: {value:>7}   vanilla {report['vanilla_presidio']['recall_by_type'].get(kind, 0):>7}", markup=False)

