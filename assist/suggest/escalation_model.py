"""A second opinion on escalation from sentence embeddings: a logistic regression over the retrieval embedder's vectors,
trained on labelled customer turns, for wordings the rules have never seen.

Keyword rules catch what they were written for; on conversation sets written later by other authors they found 0.45 to
0.59 of the escalations (evals/README.md). This classifier reads the scrubbed turn and each of its sentences, and keeps
the most probable reason over them, so a trigger in the middle of a long spoken turn counts. Like the LLM's check, it
runs after the curated suggestions are out, only when the rules found nothing, and its alert says it is a model's guess.

The weights are data (`escalation-e5.npz`, trained by `assist eval train-escalation` on the project's labelled
conversations); they belong to one embedding model and are not used with another. Inference is numpy only.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assist.errors import ConfigError
from assist.knowledge.embeddings import Embedder
from assist.privacy.scrubbed import ScrubbedText
from assist.privacy.vault import PLACEHOLDER
from assist.suggest.escalation import Escalation, EscalationReason

NONE = "none"
THRESHOLD = 0.5  # probability of the best reason over the turn and its sentences
# The sentences of a longer turn are embedded only when the whole turn already leans towards a reason. On the fourth
# and fifth conversation sets (classifier trained on the first three), this gate keeps the same escalations and false
# alarms while embedding 80 of the 169 multi-sentence turns' sentences: the check's cost under load (evals/README.md).
# Low on purpose: one angry sentence among five ordinary ones scores about 0.03 as a whole turn.
SENTENCE_GATE = 0.02
MIN_SENTENCE_WORDS = 3
MAX_SENTENCES = 8
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
SHIPPED = Path(__file__).with_name("escalation-e5.npz")
# Regularisation, chosen leaving one conversation set out at a time over the eight (evals/README.md): 0.3 and 1.0 found
# the same escalations, 0.3 with one false alarm fewer and a firmer hold on a bereavement said without the word.
C = 0.3


def sentences(text: str) -> list[str]:
    """The sentences of three words or more of a turn with several (at most MAX_SENTENCES); none for a one-sentence turn."""
    parts = [part for part in _SENTENCE.split(text) if len(part.split()) >= MIN_SENTENCE_WORDS]
    return parts[:MAX_SENTENCES] if len(parts) > 1 else []


def _plain(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)  # "<PERSON_1>" says nothing about distress: embedded as retrieval embeds a turn


@dataclass(frozen=True)
class EscalationClassifier:
    """Standardised multinomial logistic regression: classes are the escalation reasons and "none"."""

    classes: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # (classes, dimension)
    intercept: np.ndarray
    embedding_model: str
    trained_on: str  # what it was trained on, for the record (file names, counts and regularisation)
    threshold: float = THRESHOLD

    def __post_init__(self) -> None:
        known = {NONE} | {r.value for r in EscalationReason if r is not EscalationReason.LEVEL_2_TOPIC}
        if NONE not in self.classes or not set(self.classes) <= known:
            raise ConfigError(f"escalation classifier classes {list(self.classes)}: expected {NONE!r} and escalation reasons only")
        rows, dimension = np.shape(self.coef) if np.ndim(self.coef) == 2 else (0, 0)
        if rows != len(self.classes) or np.shape(self.intercept) != (rows,) or np.shape(self.mean) != (dimension,) or np.shape(self.scale) != (dimension,):
            raise ConfigError("escalation classifier arrays do not fit together")

    @property
    def identity(self) -> dict:
        """What the audit log records about the classifier in use."""
        digest = hashlib.sha256(np.ascontiguousarray(self.coef, dtype=np.float64).tobytes()).hexdigest()[:16]
        return {"kind": "embedding classifier", "embedding_model": self.embedding_model, "trained_on": self.trained_on, "weights": digest}

    @classmethod
    def train(cls, texts: Sequence[str], labels: Sequence[str], embedder: Embedder, *, trained_on: str = "", c: float = C) -> EscalationClassifier:
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        unknown = set(labels) - {NONE} - {r.value for r in EscalationReason}
        if unknown:
            raise ConfigError(f"unknown escalation label(s): {', '.join(sorted(unknown))}")
        if len(set(labels)) < 2:
            raise ConfigError("training needs turns with at least two different labels")
        vectors = embedder.queries([_plain(text) for text in texts])
        scaler = StandardScaler().fit(vectors)
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(scaler.transform(vectors), list(labels))
        coef, intercept = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # one row for two classes: the same probabilities as a softmax over (-z/2, z/2)
            coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
        return cls(tuple(model.classes_), scaler.mean_, scaler.scale_, coef, intercept, embedder.name, f"{trained_on} (C={c:g})".lstrip())

    @classmethod
    def load(cls, path: Path) -> EscalationClassifier:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(
                    tuple(str(c) for c in data["classes"]), data["mean"], data["scale"], data["coef"], data["intercept"],
                    str(data["embedding_model"]), str(data["trained_on"]), float(data["threshold"]),
                )
        except (OSError, KeyError, ValueError, EOFError) as exc:
            raise ConfigError(f"{path}: not an escalation classifier ({type(exc).__name__})") from None

    def save(self, path: Path) -> None:
        np.savez(
            path, classes=np.array(self.classes), mean=self.mean, scale=self.scale, coef=self.coef, intercept=self.intercept,
            embedding_model=np.array(self.embedding_model), trained_on=np.array(self.trained_on), threshold=np.array(self.threshold),
        )

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = ((vectors - self.mean) / self.scale) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


class SemanticEscalationCheck:
    """``check(turn)``: the reason the classifier finds most probable over the turn and its sentences, if it reaches the
    threshold; same interface as the LLM's check.

    `turn_vector` gives the turn's embedding (the index's cache, which retrieval has filled: pass
    `index.query_vector`), so a one-sentence turn costs a matrix product. The sentences of a longer turn are embedded
    here only when the whole turn leans towards a reason (`SENTENCE_GATE`), and by one check at a time: when another
    check is already embedding (the service under load), this turn is judged on its whole-turn vector only, rather than
    taking the cores from the live turns."""

    def __init__(self, classifier: EscalationClassifier, embedder: Embedder, turn_vector: Callable[[str], np.ndarray] | None = None):
        if classifier.embedding_model != embedder.name:
            raise ConfigError(f"the escalation classifier was trained on {classifier.embedding_model} vectors, not {embedder.name}")
        if getattr(embedder, "dimension", classifier.mean.shape[0]) != classifier.mean.shape[0]:
            raise ConfigError("the escalation classifier does not fit the embedder's dimension")
        self._classifier = classifier
        self.identity = classifier.identity
        self._embedder = embedder
        self._turn_vector = turn_vector or (lambda text: embedder.query(_plain(text)))
        self._one_at_a_time = threading.Lock()
        self._none = classifier.classes.index(NONE)

    def check(self, text: ScrubbedText) -> Escalation | None:
        if not isinstance(text, ScrubbedText):
            raise TypeError("the escalation classifier reads scrubbed text only")
        parts = [text.text, *sentences(text.text)]
        vectors = self._turn_vector(text.text)[None, :]
        if len(parts) > 1 and self._leaning(vectors) and self._one_at_a_time.acquire(blocking=False):
            try:
                vectors = np.vstack([vectors, self._embedder.queries([_plain(part) for part in parts[1:]])])
            finally:
                self._one_at_a_time.release()
        else:
            parts = parts[:1]
        probabilities = self._reasons(vectors)
        row, column = np.unravel_index(int(np.argmax(probabilities)), probabilities.shape)
        best = float(probabilities[row, column])
        if best < self._classifier.threshold:
            return None
        reason = EscalationReason(self._classifier.classes[column])
        return Escalation(reason, f"similar to labelled {reason.value} turns (model, p={best:.2f})", trigger=parts[row][:120], source="embedding classifier")

    def _reasons(self, vectors: np.ndarray) -> np.ndarray:
        probabilities = self._classifier.probabilities(vectors)
        probabilities[:, self._none] = 0.0
        return probabilities

    def _leaning(self, turn_vector: np.ndarray) -> bool:
        return float(self._reasons(turn_vector).max()) >= SENTENCE_GATE
