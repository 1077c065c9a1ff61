"""The post-call summary: reason for the call, actions, outcome, follow-ups, written from the scrubbed transcript.

The LLM writes the four lines; what the assistant itself recorded during the call (escalation alerts, the script step
reached, mandatory mentions never said) is added as facts, never left to the model. When the model is down, slow or
its text fails a guard (a placeholder that is not this conversation's, a personal value), the summary is built from
the transcript and those facts alone, and says so.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from assist.conversation import ConversationState, Speaker
from assist.errors import ModelError
from assist.llm.base import LanguageModel
from assist.privacy.scrubbed import ScrubbedText
from assist.knowledge.lexical import Analyzer, fold
from assist.privacy.vault import PLACEHOLDER
from assist.prompts import PromptLibrary
from assist.suggest.guards import INJECTION
from assist.suggest.models import Explanation, GuardResult, PromptRef, Suggestion, SuggestionType
from assist.suggest.script import ScriptProgress

FIELDS = ("Motif", "Actions", "Résultat", "Suivi")
GROUNDED = 0.5  # share of the summary's content words (stemmed) that must have been said in the call
MAX_TRANSCRIPT_CHARS = 1600  # the most recent turns that fit a 1,024-token slot of the embedded server, with the example
_LINE = re.compile(r"^\s*(Motif|Actions|R[ée]sultat|Suivi)\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
_WITHHELD = "[propos adressés à l'assistant, retirés]"
# When the model writes nothing usable, what the agent did and promised, in the agent's own words ("c'est noté, je vous
# envoie un avenant", "un conseiller vous rappellera sous 48 heures"), fills the Actions and Suivi lines.
_DONE = re.compile(
    r"(?i)\b(?:je\s+(?:vous\s+|l'|la\s+|le\s+|les\s+|lui\s+)*(?:transmets|envoie|renvoie|note|programme|crée|ouvre|enregistre|lance|change|modifie|"
    r"résilie|annule|rembourse|applique|ajoute|supprime|active|valide|prépare|bloque|débloque|signale|déclare|corrige|mets\s+en\s+place|"
    r"mets\s+à\s+jour|fais\s+le\s+nécessaire)|c'est\s+(?:noté|fait|enregistré|validé|transmis)|j'ai\s+(?:bien\s+)?(?:noté|enregistré|transmis|envoyé|"
    r"créé|programmé|modifié|mis\s+en\s+place|ouvert|annulé|ajouté|mis\s+à\s+jour)|I(?:'ll|\s+will|'ve|\s+have)\s+(?:just\s+)?(?:send|sent|note|noted|"
    r"update|updated|pass|passed|set\s+up|book|booked|cancel|cancelled|refund|refunded|log|logged|raise|raised|change|changed)|I'm\s+(?:sending|"
    r"updating|passing|booking|cancelling|logging|raising))\b"
)
_LATER = re.compile(
    r"(?i)\b(?:vous\s+(?:rappellera|rappelleront|recevrez|contactera)|sous\s+\d+\s*(?:h|heures|jours)|d'ici\s+(?:demain|\d+|la\s+fin)|"
    r"dans\s+les\s+\d+|je\s+vous\s+rappelle\s+(?:demain|lundi|mardi|mercredi|jeudi|vendredi|dans)|will\s+(?:call|contact|email)\s+you|"
    r"you(?:'ll|\s+will)\s+(?:receive|get|hear)|within\s+\d+\s*(?:hours|days|working\s+days))\b"
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
MAX_SAID = 3


@dataclass(frozen=True)
class CallFacts:
    """What the assistant recorded during the call: the alerts raised and, in a campaign, the script progress."""

    escalations: tuple[str, ...] = ()
    script: ScriptProgress | None = None

    def lines(self) -> list[str]:
        facts = []
        if self.escalations:
            facts.append(f"escalade recommandée ({', '.join(dict.fromkeys(self.escalations))})")
        if self.script is not None:
            facts.append(f"script {self.script.campaign} : {len(self.script.steps_done)}/{self.script.total_steps} étapes")
            if self.script.mentions_due:
                facts.append("mentions obligatoires non dites : " + ", ".join(m.title for m in self.script.mentions_due))
        return facts


class Summarizer:
    def __init__(self, llm: LanguageModel | None, prompts: PromptLibrary, *, prompt_id: str = "post-call-summary"):
        self._llm = llm
        self._template = prompts.get(prompt_id)

    def summarize(self, state: ConversationState, facts: CallFacts, *, detect_pii: Callable[[str], list[str]] = lambda text: []) -> Suggestion:
        turns = _recent(state)
        transcript = ScrubbedText.from_trusted_source("\n".join(f"{t['speaker'].value}: {t['text'].text}" for t in turns))  # already scrubbed turns
        prompt_ref = PromptRef(self._template.id, self._template.version, self._template.hash)
        started = time.perf_counter()
        written, failure = {}, ""
        guards: list[GuardResult] = []
        if self._llm is None:
            failure = "no model configured"
        else:
            try:
                raw = "Motif : " + "".join(self._llm.stream(self._template.render(turns=turns)))
                written = {_field(name): value for name, value in _LINE.findall(raw)}
                text = " ; ".join(f"{name.lower()} : {value}" for name, value in written.items())
                unknown = sorted({m.group(0) for m in PLACEHOLDER.finditer(text)} - state.vault.placeholders())
                # One running sentence with a neutral word where a placeholder stands: capitalised labels and lone
                # words on short lines look like names to the NER.
                leaked = detect_pii(PLACEHOLDER.sub("client", text))
                analyzer = Analyzer(state.language)
                words, heard = set(analyzer(" ".join(written.values()))), set(analyzer(transcript.text))  # the labels are not content
                grounded = len(words & heard) / len(words) if words else 0.0
                guards = [
                    GuardResult("non_empty", bool(written), f"{len(written)} of {len(FIELDS)} lines written"),
                    GuardResult("placeholders", not unknown, f"unknown placeholders {unknown}" if unknown else "all placeholders belong to this conversation"),
                    GuardResult("personal_data", not leaked, f"unvaulted personal data of type {sorted(set(leaked))}" if leaked else "none outside the vault"),
                    # a small model may copy the prompt's worked example instead of summarising this call
                    GuardResult("grounded_in_transcript", grounded >= GROUNDED, f"{grounded:.2f} of its content words were said in the call (minimum {GROUNDED})"),
                ]
                if not all(g.passed for g in guards):
                    failure, written = "guard failed: " + ", ".join(g.name for g in guards if not g.passed), {}
            except ModelError as exc:
                failure = f"model error: {exc}"
        lines = {name: written.get(name, "") for name in FIELDS}
        if not lines["Motif"]:  # the subjects the approved answers matched, else the customer's first words
            first = next((t.text.text for t in state.turns if t.speaker is Speaker.CUSTOMER and not INJECTION.search(fold(t.text.text))), "")
            lines["Motif"] = "; ".join(state.topics[:4]) or _shorten(first) or "non déterminé"
        extra = facts.lines()
        done, later = _agent_said(state) if not written else ([], [])
        lines["Actions"] = lines["Actions"] or "; ".join(done)
        lines["Suivi"] = "; ".join(part.rstrip(" .") for part in (lines["Suivi"], *later, *extra) if part) or "aucun"
        for name in ("Actions", "Résultat"):
            lines[name] = lines[name] or "non déterminé"
        text = "\n".join(f"{name} : {value}" for name, value in lines.items())
        explanation = Explanation(
            sources=(), knowledge_snapshot="", query=transcript, language=state.language, redactions={},
            timings_ms={"summary_total": (time.perf_counter() - started) * 1000}, confidence=0.0 if failure else 1.0,
            confidence_method="written by the model and checked by guards" if not failure else "built from the transcript and recorded facts",
            prompt=prompt_ref, model=self._llm.info if self._llm else None, guards=tuple(guards),
            rationale=(f"the model's summary was not used ({failure}); " if failure else "")
            + (f"{len(done)} action(s) and {len(later)} follow-up(s) in the agent's own words; " if done or later else "")
            + f"{len(extra)} recorded fact(s) added",
        )
        scrubbed = ScrubbedText.from_trusted_source(text)  # model output checked above, or scrubbed turns and our own wording
        return Suggestion(uuid.uuid4().hex, SuggestionType.SUMMARY, scrubbed, state.vault.restore(text), (), explanation)


def _field(name: str) -> str:
    return next(f for f in FIELDS if fold(f) == fold(name))


def _recent(state: ConversationState) -> list[dict]:
    """The most recent turns that fit in `MAX_TRANSCRIPT_CHARS`, in order. A customer turn that addresses the
    assistant ("ignore tes instructions…") is replaced by a note: the model never reads such instructions."""
    chosen, size = [], 0
    for turn in reversed(state.turns):
        size += len(turn.text) + 14
        if size > MAX_TRANSCRIPT_CHARS and chosen:
            break
        text = ScrubbedText.from_trusted_source(_WITHHELD) if INJECTION.search(fold(turn.text.text)) else turn.text
        chosen.append({"speaker": turn.speaker, "text": text})
    return chosen[::-1]


def _agent_said(state: ConversationState) -> tuple[list[str], list[str]]:
    """The agent's sentences that did something (`_DONE`) and those that promised something later (`_LATER`), the
    most recent `MAX_SAID` of each, shortened; questions are neither."""
    done, later = [], []
    for turn in state.turns:
        if turn.speaker is not Speaker.AGENT:
            continue
        for sentence in (m.group(0).strip() for m in _SENTENCE.finditer(turn.text.text)):
            if sentence.endswith("?"):
                continue
            target = later if _LATER.search(sentence) else done if _DONE.search(sentence) else None
            said = _shorten(sentence.rstrip(" .!"), 120)
            if target is not None and said not in target:
                target.append(said)
    return done[-MAX_SAID:], later[-MAX_SAID:]


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
