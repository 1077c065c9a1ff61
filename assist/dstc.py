"""DSTC11 track 5 (task-oriented dialogue with subjective knowledge) as a retrieval eval.

The knowledge (per hotel or restaurant: FAQs and review sentences) becomes knowledge entries
with the business as their `entity`; each knowledge-seeking turn of the validation logs becomes
a case whose gold ids are its gold snippets. Knowledge selection (which snippets to pass on)
keeps the first N hits, or the hits scoring at least R times the best one. The rule is
calibrated on training turns and scored on others, so the reported precision/recall/F1 are not
fitted to the turns they score: the first half trains and the second is scored, or five folds
are each scored by what the other four trained (every turn scored), or, to measure businesses
never seen, the turns about half of the businesses train and the others are scored. The learned
reranker is trained on the same turns and selects by its own threshold. Turn detection is not part
of this eval: the gold knowledge-seeking turns are used.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assist.conversation import Speaker
from assist.errors import InputError
from assist.evaluation import Case
from assist.knowledge.model import Kind, KnowledgeEntry

SPLITS = ("half", "folds", "entities")
FOLDS = 5

SELECTION_LIMIT = 12


def _read(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read DSTC11 data ({type(exc).__name__})") from None


def snippet_id(domain: str, entity_id, doc_type: str, doc_id, sent_id=None) -> str:
    return f"{domain}-{entity_id}-{doc_type}-{doc_id}" + (f"-{sent_id}" if doc_type == "review" else "")


def load_knowledge(folder: Path, *, faqs_only: bool = False) -> list[KnowledgeEntry]:
    """Every snippet as an entry; `faqs_only`: the FAQs alone (the shape of a help centre's knowledge)."""
    entries = []
    for domain, entities in _read(folder / "knowledge.json").items():
        for entity_id, entity in entities.items():
            name = entity["name"]
            meta = {"entity": name, "domain": domain, "brand": "dstc11"}
            for doc_id, faq in (entity.get("faqs") or {}).items():
                entries.append(
                    KnowledgeEntry(
                        id=snippet_id(domain, entity_id, "faq", doc_id), title=faq["question"], text=faq["answer"], kind=Kind.FAQ,
                        language="en", metadata={**meta, "context": name},
                    )
                )
            for doc_id, review in ({} if faqs_only else entity.get("reviews") or {}).items():
                for sent_id, sentence in review["sentences"].items():
                    if sentence.strip():
                        entries.append(
                            KnowledgeEntry(
                                id=snippet_id(domain, entity_id, "review", doc_id, sent_id), title=f"Review of {name}", text=sentence,
                                kind=Kind.ARTICLE, language="en", metadata={**meta, "traveler_type": review.get("traveler_type", "")},
                            )
                        )
    return entries


def load_cases(folder: Path, split: str = "val", *, faqs_only: bool = False, spoken: bool = False) -> list[Case]:
    """The knowledge-seeking turns as cases. `faqs_only`: the turns whose gold holds an FAQ, with the FAQs as gold;
    `spoken`: every turn as speech-to-text writes it (`as_spoken`)."""
    logs, labels = _read(folder / split / "logs.json"), _read(folder / split / "labels.json")
    if len(logs) != len(labels):
        raise InputError(f"{folder / split}: {len(logs)} logs but {len(labels)} labels")
    cases = []
    for log, label in zip(logs, labels):
        if not label.get("target"):
            continue
        said = as_spoken if spoken else str
        turns = tuple((Speaker.CUSTOMER if turn["speaker"] == "U" else Speaker.AGENT, said(turn["text"])) for turn in log)
        knowledge = [k for k in label["knowledge"] if k["doc_type"] == "faq" or not faqs_only]
        gold = tuple(dict.fromkeys(snippet_id(k["domain"], k["entity_id"], k["doc_type"], k["doc_id"], k.get("sent_id")) for k in knowledge))
        if gold:
            cases.append(Case(turns, gold))
    return cases


_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def as_spoken(text: str) -> str:
    """A written turn as plain speech-to-text writes it: lower case, no punctuation but apostrophes, each digit a word
    ("The Gonville, 01223 366611?" -> "the gonville zero one two two three three six six six one one")."""
    text = re.sub(r"\d", lambda digit: f" {_DIGIT_WORDS[int(digit.group())]} ", text.lower())
    return " ".join(re.sub(r"[^\w\s']|_", " ", text).split())


def load_responses(folder: Path, split: str = "val") -> list[str]:
    """The gold responses of the knowledge-seeking turns, in the order of `load_cases`."""
    return [label.get("response", "") for label in _read(folder / split / "labels.json") if label.get("target")]


@dataclass(frozen=True)
class Selection:
    rule: str  # "top:N" (the first N hits), "ratio:R" (hits scoring at least R times the best) or "score:T" (at least T; the best always)
    precision: float
    recall: float
    f1: float


def select(scored: Sequence[tuple[str, float]], rule: str, limit: int = SELECTION_LIMIT) -> list[str]:
    kind, value = rule.split(":")
    if kind == "top":
        return [entry_id for entry_id, _ in scored[: int(value)]]
    if kind == "score":
        return [entry_id for position, (entry_id, score) in enumerate(scored[:limit]) if position == 0 or score >= float(value)]
    best = scored[0][1] if scored else 0.0
    if best <= 0:  # a ratio of a fused score at or under its candidates' mean says nothing: the best alone
        return [entry_id for entry_id, _ in scored[:1]]
    return [entry_id for entry_id, score in scored[:limit] if score >= float(value) * best]


def selection_scores(cases: Sequence[Case], scored: Sequence[Sequence[tuple[str, float]]], rule: str | Sequence[str]) -> Selection:
    """Micro-averaged snippet precision/recall/F1, as in the DSTC11 track 5 scorer; `rule` is one rule, or one per case
    (each fold's own, when folds are scored together)."""
    rules = [rule] * len(cases) if isinstance(rule, str) else list(rule)
    tp = fp = fn = 0
    for case, ranked, each in zip(cases, scored, rules, strict=True):
        chosen, gold = set(select(ranked, each)), set(case.gold_ids)
        tp, fp, fn = tp + len(chosen & gold), fp + len(chosen - gold), fn + len(gold - chosen)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Selection(rule if isinstance(rule, str) else " / ".join(dict.fromkeys(rules)), round(precision, 4), round(recall, 4), round(f1, 4))


def calibrate_selection(cases: Sequence[Case], scored: Sequence[Sequence[tuple[str, float]]]) -> str:
    rules = [f"top:{n}" for n in range(1, SELECTION_LIMIT + 1)] + [f"ratio:{0.5 + step * 0.01:.2f}" for step in range(51)]
    return max(rules, key=lambda rule: selection_scores(cases, scored, rule).f1)


def split(cases: Sequence[Case], how: str = "half") -> list[tuple[list[int], list[int]]]:
    """Which cases train (the selection rule, the reranker) and which are scored, as (train, scored) folds:
    - "half": the first half trains, the second is scored;
    - "folds": FOLDS consecutive blocks, each scored by what the other blocks trained (cross-fitting: every turn is
      scored, never by something fitted to it);
    - "entities": the turns about one half of the businesses train and the turns about the other half are scored, by a
      hash of each business, so the scored turns ask about businesses training never saw (a turn about businesses on
      both sides is left out)."""
    if how == "half":
        half = len(cases) // 2
        return [(list(range(half)), list(range(half, len(cases))))]
    if how == "folds":
        bounds = [len(cases) * fold // FOLDS for fold in range(FOLDS + 1)]
        return [([i for i in range(len(cases)) if not low <= i < high], list(range(low, high))) for low, high in zip(bounds, bounds[1:])]
    if how != "entities":
        raise InputError(f"unknown split '{how}' (expected one of {', '.join(SPLITS)})")
    sides = [{zlib.crc32("-".join(gold.split("-")[:2]).encode()) % 2 for gold in case.gold_ids} for case in cases]
    return [([i for i, side in enumerate(sides) if side == {0}], [i for i, side in enumerate(sides) if side == {1}])]
