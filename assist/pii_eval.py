"""PII evaluation: our scrubber and vanilla Presidio on the same cases, in the same run.

Metrics (span level, PII vs not, as in the published Presidio figures):
- recall: share of gold values *fully removed* (every letter and digit covered by a detection); per gold type too;
- survival: share of gold values of which something remains after scrubbing (1 - recall);
- precision: share of detections that overlap a gold value; per detected type too;
- F2 = 5PR / (4P + R) (recall weighs more: a leak costs more than an over-redaction);
- words kept: share of ordinary words (outside every gold value) left untouched;
- latency per utterance, p50 and p95.

Cases: generic JSONL ``{"text", "spans": [{"type", "start", "end"}]}``, or the Presidio synthetic JSON format.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assist.errors import InputError
from assist.stats import percentile

Span = tuple[int, int, str]
Detector = Callable[[str], list[Span]]
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class PiiCase:
    text: str
    spans: tuple[Span, ...]


def load_cases(path: Path) -> list[PiiCase]:
    """Generic JSONL, or the Presidio synthetic data set (a JSON list with full_text and spans)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({type(exc).__name__})") from None
    try:
        if raw.lstrip().startswith("["):
            return [
                PiiCase(r["full_text"], tuple((s["start_position"], s["end_position"], s["entity_type"]) for s in r["spans"]))
                for r in json.loads(raw)
            ]
        cases = []
        for number, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                data = json.loads(line)
                cases.append(PiiCase(data["text"], tuple((s["start"], s["end"], s["type"]) for s in data["spans"])))
        return cases
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a PII case file ({type(exc).__name__}); expected JSONL with text and spans") from None


def _covered(detections: Sequence[Span], length: int) -> list[bool]:
    mask = [False] * length
    for start, end, _ in detections:
        for i in range(max(0, start), min(length, end)):
            mask[i] = True
    return mask


def evaluate(detector: Detector, cases: Sequence[PiiCase]) -> dict:
    removed, total = defaultdict(int), defaultdict(int)
    hits, predicted = defaultdict(int), defaultdict(int)
    words_kept = words_total = 0
    latencies = []
    for case in cases:
        started = time.perf_counter()
        detections = detector(case.text)
        latencies.append((time.perf_counter() - started) * 1000)
        mask = _covered(detections, len(case.text))
        for start, end, kind in case.spans:
            total[kind] += 1
            removed[kind] += all(mask[i] for i in range(start, end) if case.text[i].isalnum())
        for start, end, kind in detections:
            predicted[kind] += 1
            hits[kind] += any(start < g_end and end > g_start for g_start, g_end, _ in case.spans)
        gold = _covered(case.spans, len(case.text))
        for word in _WORD.finditer(case.text):
            if not any(gold[word.start() : word.end()]):
                words_total += 1
                words_kept += not any(mask[word.start() : word.end()])
    recall = sum(removed.values()) / max(1, sum(total.values()))
    precision = sum(hits.values()) / max(1, sum(predicted.values()))
    f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
    return {
        "cases": len(cases),
        "values": sum(total.values()),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f2": round(f2, 4),
        "survived": round(1 - recall, 4),
        "words_kept": round(words_kept / max(1, words_total), 4),
        "latency_p50_ms": round(percentile(latencies, 50), 2),
        "latency_p95_ms": round(percentile(latencies, 95), 2),
        "recall_by_type": {k: round(removed[k] / total[k], 4) for k in sorted(total)},
        "precision_by_detected_type": {k: round(hits[k] / predicted[k], 4) for k in sorted(predicted)},
    }


def our_detector(scrubber, language: str) -> Detector:
    def detect(text: str) -> list[Span]:
        return [(e.start, e.end, e.type) for e in scrubber.detect(text, language)]

    return detect


def vanilla_presidio(language: str) -> Detector:
    """Presidio as shipped: its predefined recognisers for the language, with the same spaCy pipeline as ours for that
    language (`NER_MODELS`; French for a language without one)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from assist.privacy.scrubber import NER_MODELS, _offline_tldextract, _quiet_presidio

    _offline_tldextract()
    _quiet_presidio()
    model = NER_MODELS.get(language, NER_MODELS["fr"])[0]
    nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": language, "model_name": model}]}).create_engine()
    registry = RecognizerRegistry(supported_languages=[language])
    registry.load_predefined_recognizers(languages=[language], nlp_engine=nlp)
    engine = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=[language])

    def detect(text: str) -> list[Span]:
        return [(r.start, r.end, r.entity_type) for r in engine.analyze(text=text, language=language)]

    return detect


def utterances_of(cases: Sequence[PiiCase], chars: int) -> list[str]:
    """Consecutive cases joined into utterances of about `chars` characters (the length the latency target names)."""
    texts, current = [], ""
    for case in cases:
        current = f"{current} {case.text}".strip()
        if len(current) >= chars:
            cut = current.rfind(" ", 0, chars + 1)  # at a word boundary, close to `chars`
            texts.append(current[: cut if cut >= chars * 0.9 else chars])
            current = ""
    return texts


def bench_latency(detectors: dict[str, Detector], texts: Sequence[str], rounds: int = 3) -> dict:
    """Per-utterance latency of each detector on the same texts, interleaved round by round (warm-up first)."""
    for detect in detectors.values():
        for text in texts[:20]:
            detect(text)
    timings: dict[str, list[float]] = {name: [] for name in detectors}
    for _ in range(rounds):
        for text in texts:
            for name, detect in detectors.items():
                started = time.perf_counter()
                detect(text)
                timings[name].append((time.perf_counter() - started) * 1000)
    lengths = sorted(len(text) for text in texts)
    return {
        "utterances": len(texts), "rounds": rounds, "chars_median": lengths[len(lengths) // 2], "chars_min": lengths[0], "chars_max": lengths[-1],
        **{name: {"p50_ms": round(percentile(values, 50), 2), "p95_ms": round(percentile(values, 95), 2), "max_ms": round(max(values), 2)}
           for name, values in timings.items()},
    }  # fmt: skip
