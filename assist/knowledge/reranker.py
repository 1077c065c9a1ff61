"""A learned reranker: which retrieved passages answer this question, trained from labelled turns.

Cosine similarity says two texts are about the same thing; it does not say a passage answers a
question ("is it quiet?" against "the guests were so noisy"). The reranker is a small neural
network over the embeddings retrieval has already computed (the query's, the passage's and their
element-wise product) and the similarity scores, trained on cases whose gold entries are known
(`assist kb train-reranker`, or the DSTC11 eval's first half). It reorders a wide candidate pool
and gives each passage a probability of being relevant; passages under the selection threshold
(calibrated on held-out training cases) are not offered. Inference is numpy, about a millisecond
a turn (`assist bench retrieval --reranker`); training uses scikit-learn.

A reranker belongs to one embedding model, and one trained for another is refused. It learns the
knowledge it was trained over (its passages' vectors are among its inputs): `trained_on` says
which, and it should be retrained when that knowledge changes much. It needs hundreds of labelled
turns: measure it beside the fused ranking (`assist eval retrieval --reranker`) before using it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assist.errors import ConfigError, InputError
from assist.knowledge.index import Hit
from assist.knowledge.model import Kind

FORMAT = "assist-reranker/1"
POOL = 100  # candidates each ranking (BM25, dense) contributes before reranking
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(1, 20))
MAX_EPOCHS = 200
PATIENCE = 8  # epochs without a better held-out F1 before training stops
SCALARS = 10  # features after the three vectors (see `features`)


def features(hits: Sequence[Hit], passages: np.ndarray, query: np.ndarray, blended: np.ndarray) -> np.ndarray:
    """One row per candidate: query ⊙ passage, passage, query, then the cosine of the passage with the utterance and with
    the utterance blended with its context, those two as z-scores within the pool, the gap to the best, "is a FAQ", and
    what the fused ranking said: 1/rank, 1/BM25 rank and BM25 score over the pool's best (0 when BM25 did not find
    it), 1/dense rank."""
    if not len(hits):
        return np.zeros((0, 3 * len(query) + SCALARS), dtype=np.float32)
    own, with_context = passages @ query, passages @ blended
    standard = lambda s: (s - s.mean()) / (s.std() + 1e-6)  # noqa: E731
    faq = np.array([hit.entry.kind is Kind.FAQ for hit in hits], dtype=np.float32)
    lexical = np.array([hit.lexical_score or 0.0 for hit in hits], dtype=np.float32)
    inverse = lambda ranks: np.array([1.0 / r if r else 0.0 for r in ranks], dtype=np.float32)  # noqa: E731
    scalars = np.stack([
        own, with_context, standard(own), standard(with_context), with_context - with_context.max(), faq,
        inverse(h.rank for h in hits), inverse(h.lexical_rank for h in hits), lexical / max(float(lexical.max()), 1e-6),
        inverse(h.dense_rank for h in hits),
    ], axis=1)  # fmt: skip
    return np.hstack([passages * query, passages, np.broadcast_to(query, passages.shape), scalars]).astype(np.float32)


@dataclass(frozen=True, eq=False)
class Reranker:
    weights: tuple[np.ndarray, ...]  # W1, W2, ... of a ReLU network with one logistic output
    biases: tuple[np.ndarray, ...]
    threshold: float  # passages under this probability are not offered (the best one always is)
    embedding_model: str
    trained_on: str = ""  # what it was trained on, for the explanation

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        activation = rows
        for layer, (weight, bias) in enumerate(zip(self.weights, self.biases)):
            activation = activation @ weight + bias
            if layer < len(self.weights) - 1:
                activation = np.maximum(activation, 0.0)
        return 1.0 / (1.0 + np.exp(-np.clip(activation[:, 0], -30, 30)))

    def rerank(self, hits: Sequence[Hit], rows: np.ndarray) -> list[Hit]:
        """`hits` (with their `features` rows) reordered by probability of relevance, each with `rerank_score` set and
        its rank renumbered."""
        if not hits:
            return []
        probability = self.probabilities(rows)
        order = np.argsort(-probability, kind="stable")
        return [dataclasses.replace(hits[i], rank=rank, rerank_score=float(probability[i])) for rank, i in enumerate(order, start=1)]

    def selected(self, ranked: Sequence[Hit]) -> list[Hit]:
        """The reranked hits worth offering: the best one, and every other at or over the threshold."""
        return [hit for position, hit in enumerate(ranked) if position == 0 or (hit.rerank_score or 0.0) >= self.threshold]

    @property
    def width(self) -> int:
        """How many features a row must have."""
        return int(self.weights[0].shape[0])

    def save(self, path: Path) -> None:
        meta = {"format": FORMAT, "threshold": self.threshold, "embedding_model": self.embedding_model, "trained_on": self.trained_on}
        arrays = {f"weight_{i}": w for i, w in enumerate(self.weights)} | {f"bias_{i}": b for i, b in enumerate(self.biases)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as out:
                np.savez_compressed(out, meta=np.array(json.dumps(meta)), **arrays)
        except OSError as exc:
            raise InputError(f"cannot write the reranker to {path} ({exc.strerror or type(exc).__name__})") from None

    @classmethod
    def load(cls, path: Path, embedding_model: str) -> Reranker:
        """The reranker saved at `path`; a ConfigError when it is missing, unreadable, malformed or made for another
        embedding model."""
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                layers = sum(1 for name in data.files if name.startswith("weight_"))
                weights = tuple(data[f"weight_{i}"].astype(np.float32) for i in range(layers))
                biases = tuple(data[f"bias_{i}"].astype(np.float32) for i in range(layers))
            if meta.get("format") != FORMAT:
                raise ValueError("format")
            threshold, model, trained_on = float(meta["threshold"]), str(meta["embedding_model"]), str(meta.get("trained_on", ""))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{path} is not a readable reranker file ({FORMAT}; {type(exc).__name__})") from None
        shapes = [w.shape for w in weights]
        chained = all(len(a) == 2 and len(b) == 2 and a[1] == b[0] for a, b in zip(shapes, shapes[1:]))
        if not layers or not chained or shapes[-1][1:] != (1,) or [b.shape for b in biases] != [(w[1],) for w in shapes]:
            raise ConfigError(f"{path} is not a readable reranker file ({FORMAT}; its layers do not fit together)")
        if model != embedding_model:
            raise ConfigError(f"the reranker {path} was trained for the embedding model '{model}', not '{embedding_model}'")
        return cls(weights, biases, threshold, model, trained_on)


@dataclass(frozen=True)
class Pool:
    """One labelled case as training data: its candidates' feature rows and which of them are gold."""

    rows: np.ndarray
    gold: np.ndarray  # bool per row
    missing: int  # gold entries retrieval did not bring into the pool (they count against recall when calibrating)

    @classmethod
    def labelled(cls, hits: Sequence[Hit], rows: np.ndarray, gold_ids: Sequence[str]) -> Pool:
        """A retrieval pool (`Retriever.pool`) labelled by the case's gold entry ids."""
        found = {hit.entry.id for hit in hits}
        return cls(rows, np.array([hit.entry.id in gold_ids for hit in hits], dtype=bool), len(set(gold_ids) - found))


def train_reranker(
    pools: Sequence[Pool],
    embedding_model: str,
    *,
    hidden: int = 128,
    limit: int = 5,
    trained_on: str = "",
    seed: int = 0,
    max_epochs: int = MAX_EPOCHS,
) -> Reranker:
    """Fit the network on 80 % of `pools` (shuffled), one epoch at a time; keep the epoch and the selection threshold with
    the best F1 on the other 20 %, which it is not fitted on, and stop when PATIENCE epochs in a row have not improved
    it. The F1 is that of what would be offered: the best `limit` passages by probability, those over the threshold
    (the best always)."""
    from sklearn.neural_network import MLPClassifier

    usable = [pool for pool in pools if len(pool.rows)]
    np.random.default_rng(seed).shuffle(usable)  # the held-out part is no one file's or topic's end
    cut = int(len(usable) * 0.8)
    fit, held = usable[:cut], usable[cut:]
    if len(usable) < 10:
        raise InputError(f"training a reranker needs at least 10 labelled cases whose retrieval finds candidates (got {len(usable)})")
    if not any(pool.gold.any() for pool in fit) or not any(pool.gold.any() for pool in held):
        raise InputError("training a reranker needs gold among the candidates of both its training and its held-out cases")
    rows, labels = np.vstack([p.rows for p in fit]), np.concatenate([p.gold for p in fit])
    network = MLPClassifier(hidden_layer_sizes=(hidden,), random_state=seed)
    best, best_f1, stale = None, -1.0, 0
    for _ in range(max_epochs):
        network.partial_fit(rows, labels, classes=[False, True])
        draft = Reranker(
            tuple(np.array(w, dtype=np.float32) for w in network.coefs_), tuple(np.array(b, dtype=np.float32) for b in network.intercepts_),
            0.5, embedding_model, trained_on,
        )  # fmt: skip
        scored = [(draft.probabilities(pool.rows), pool) for pool in held]
        f1, threshold = max((_f1(scored, t, limit), t) for t in THRESHOLDS)
        if f1 > best_f1:
            best, best_f1, stale = dataclasses.replace(draft, threshold=threshold), f1, 0
        elif (stale := stale + 1) >= PATIENCE:
            break
    return best


def _f1(scored: Sequence[tuple[np.ndarray, Pool]], threshold: float, limit: int) -> float:
    tp = fp = fn = 0
    for probability, pool in scored:
        top = np.argsort(-probability, kind="stable")[:limit]
        chosen = np.zeros(len(probability), dtype=bool)
        chosen[top[probability[top] >= threshold]] = True
        chosen[top[0]] = True
        tp += int((chosen & pool.gold).sum())
        fp += int((chosen & ~pool.gold).sum())
        fn += int((~chosen & pool.gold).sum()) + pool.missing
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
