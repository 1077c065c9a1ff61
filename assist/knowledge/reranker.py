"""A learned reranker: which retrieved passages answer this question, trained from labelled turns.

Cosine similarity says two texts are about the same thing; it does not say a passage answers a
question ("is it quiet?" against "the guests were so noisy"). The reranker is a small neural
network over the embeddings retrieval has already computed (the query's, the passage's and their
element-wise product) and the similarity scores, trained on cases whose gold entries are known
(`assist kb train-reranker`, or the DSTC11 eval's training turns). It reorders a wide candidate pool
and gives each passage a probability of being relevant; passages under the selection threshold
(calibrated on held-out training cases) are not offered. It averages three networks, each fitted
on another 80 % of the cases (bagging: on DSTC11's last fifth, trained on the rest, selection F1
0.864 where one network gave 0.848; evals/README.md). Inference is numpy, a few milliseconds a
turn (about 2 ms for one network over 200 candidates, 5 ms for three, in a micro-benchmark;
`assist bench retrieval --reranker` times it within retrieval); training uses scikit-learn.

A reranker belongs to one embedding model, and one trained for another is refused. It learns the
knowledge it was trained over (its passages' vectors are among its inputs): `trained_on` says
which, and it should be retrained when that knowledge changes much. It needs hundreds of labelled
turns: measure it beside the fused ranking (`assist eval retrieval --reranker`) before using it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assist.errors import ConfigError, InputError
from assist.knowledge.index import Hit
from assist.knowledge.model import Kind

FORMAT = "assist-reranker/3"  # 3: the fused rank among its features comes from score fusion (2: reciprocal ranks)
POOL = 100  # candidates each ranking (BM25, dense) contributes before reranking
THRESHOLDS = tuple(round(0.05 * step, 2) for step in range(1, 20))
MAX_EPOCHS = 200
PATIENCE = 8  # epochs without a better held-out F1 before training stops
MEMBERS = 3  # networks averaged
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
class Network:
    """One trained network: a ReLU network with one logistic output."""

    weights: tuple[np.ndarray, ...]  # W1, W2, ...
    biases: tuple[np.ndarray, ...]

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        activation = rows
        for layer, (weight, bias) in enumerate(zip(self.weights, self.biases)):
            activation = activation @ weight + bias
            if layer < len(self.weights) - 1:
                activation = np.maximum(activation, 0.0)
        return 1.0 / (1.0 + np.exp(-np.clip(activation[:, 0], -30, 30)))


@dataclass(frozen=True, eq=False)
class Reranker:
    networks: tuple[Network, ...]  # their probabilities are averaged (bagging: each was fitted on another 80 %)
    threshold: float  # passages under this probability are not offered (the best one always is)
    embedding_model: str
    trained_on: str = ""  # what it was trained on, for the explanation

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        return np.mean([network.probabilities(rows) for network in self.networks], axis=0)

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
        return int(self.networks[0].weights[0].shape[0])

    def save(self, path: Path) -> None:
        meta = {"format": FORMAT, "threshold": self.threshold, "embedding_model": self.embedding_model, "trained_on": self.trained_on}
        arrays = {}
        for member, network in enumerate(self.networks):
            arrays |= {f"n{member}_weight_{i}": w for i, w in enumerate(network.weights)}
            arrays |= {f"n{member}_bias_{i}": b for i, b in enumerate(network.biases)}
        try:  # written beside, then renamed: an interrupted save never leaves a truncated reranker behind
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, draft = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            try:
                with os.fdopen(handle, "wb") as out:
                    np.savez_compressed(out, meta=np.array(json.dumps(meta)), **arrays)
                os.replace(draft, path)
            except BaseException:
                Path(draft).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise InputError(f"cannot write the reranker to {path} ({exc.strerror or type(exc).__name__})") from None

    @classmethod
    def load(cls, path: Path, embedding_model: str) -> Reranker:
        """The reranker saved at `path`; a ConfigError when it is missing, unreadable, malformed or made for another
        embedding model."""
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                if meta.get("format") != FORMAT:
                    raise ValueError("older" if meta.get("format") in ("assist-reranker/1", "assist-reranker/2") else "format")
                shapes = {}  # member -> number of layers
                for name in data.files:
                    if name != "meta":
                        member, _, layer = name.partition("_weight_")
                        if layer:
                            shapes[member] = shapes.get(member, 0) + 1
                networks = tuple(
                    Network(tuple(data[f"{member}_weight_{i}"].astype(np.float32) for i in range(layers)),
                            tuple(data[f"{member}_bias_{i}"].astype(np.float32) for i in range(layers)))
                    for member, layers in sorted(shapes.items())
                )  # fmt: skip
            threshold, model, trained_on = float(meta["threshold"]), str(meta["embedding_model"]), str(meta.get("trained_on", ""))
            if not 0.0 <= threshold <= 1.0:  # NaN too
                raise ValueError("threshold")
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile, zlib.error) as exc:
            older = " written by an older version: train it again (assist kb train-reranker)" if str(exc) == "older" else ""
            raise ConfigError(f"{path} is not a readable reranker file ({FORMAT}; {type(exc).__name__}){older}") from None
        if not networks or not all(_fits(network) for network in networks) or len({n.weights[0].shape[0] for n in networks}) > 1:
            raise ConfigError(f"{path} is not a readable reranker file ({FORMAT}; its layers do not fit together)")
        if model != embedding_model:
            raise ConfigError(f"the reranker {path} was trained for the embedding model '{model}', not '{embedding_model}'")
        return cls(networks, threshold, model, trained_on)


def _fits(network: Network) -> bool:
    """Whether a network's layers chain from its input to one output."""
    shapes = [w.shape for w in network.weights]
    chained = all(len(a) == 2 and len(b) == 2 and a[1] == b[0] for a, b in zip(shapes, shapes[1:]))
    return bool(shapes) and chained and len(shapes[0]) == 2 and shapes[-1][1:] == (1,) and [b.shape for b in network.biases] == [(w[1],) for w in shapes]


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
    members: int = MEMBERS,
    trained_on: str = "",
    seed: int = 0,
    max_epochs: int = MAX_EPOCHS,
) -> Reranker:
    """Bagging: `members` networks, each fitted on another shuffled 80 % of `pools`, one epoch at a time, keeping the
    epoch with the best F1 on its other 20 % and stopping when PATIENCE epochs in a row have not improved it. Their
    probabilities are averaged. The selection threshold is then chosen on the cases some network was not fitted on,
    each scored by those networks only. The F1 is that of what would be offered: the best `limit` passages by
    probability, those over the threshold (the best always)."""
    if members < 1:
        raise InputError(f"a reranker needs at least one network (members={members})")
    usable = [pool for pool in pools if len(pool.rows)]
    if len(usable) < 10:
        raise InputError(f"training a reranker needs at least 10 labelled cases whose retrieval finds candidates (got {len(usable)})")
    cut = int(len(usable) * 0.8)
    splits = [np.random.default_rng(seed + member).permutation(len(usable)) for member in range(members)]  # no one file's or topic's end
    for order in splits:
        if not any(usable[i].gold.any() for i in order[:cut]) or not any(usable[i].gold.any() for i in order[cut:]):
            raise InputError("training a reranker needs gold among the candidates of both its training and its held-out cases")
    networks = tuple(_fit([usable[i] for i in order[:cut]], [usable[i] for i in order[cut:]], hidden, limit, seed + member, max_epochs)
                     for member, order in enumerate(splits))  # fmt: skip
    out_of_bag: dict[int, list[np.ndarray]] = {}
    for network, order in zip(networks, splits):
        for i in order[cut:]:
            out_of_bag.setdefault(int(i), []).append(network.probabilities(usable[i].rows))
    scored = [(np.mean(probabilities, axis=0), usable[i]) for i, probabilities in out_of_bag.items()]
    _, threshold = max((_f1(scored, t, limit), t) for t in THRESHOLDS)
    return Reranker(networks, threshold, embedding_model, trained_on)


def _fit(fit: Sequence[Pool], held: Sequence[Pool], hidden: int, limit: int, seed: int, max_epochs: int) -> Network:
    from sklearn.neural_network import MLPClassifier

    rows, labels = np.vstack([p.rows for p in fit]), np.concatenate([p.gold for p in fit])
    model = MLPClassifier(hidden_layer_sizes=(hidden,), random_state=seed)
    best, best_f1, stale = None, -1.0, 0
    for _ in range(max_epochs):
        model.partial_fit(rows, labels, classes=[False, True])
        network = Network(tuple(np.array(w, dtype=np.float32) for w in model.coefs_), tuple(np.array(b, dtype=np.float32) for b in model.intercepts_))
        scored = [(network.probabilities(pool.rows), pool) for pool in held]
        f1 = max(_f1(scored, t, limit) for t in THRESHOLDS)
        if f1 > best_f1:
            best, best_f1, stale = network, f1, 0
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
