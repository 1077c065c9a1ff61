"""A second opinion on escalation from the LLM (`prompts/escalation-check.yaml`), for wordings the rules miss.

It reads the scrubbed customer turn only and answers with one label. It is slower than the rules (one short
completion) and, with a small model, less precise, so it is off by default and measured against the rules in
the same run (`assist eval conversations --escalation-llm`).
"""

from __future__ import annotations

from assist.errors import ModelError
from assist.knowledge.lexical import fold
from assist.llm.base import LanguageModel
from assist.privacy.scrubbed import ScrubbedText
from assist.prompts import PromptLibrary
from assist.suggest.escalation import Escalation, EscalationReason

_LABELS = {
    "reclamation": EscalationReason.COMPLAINT, "difficultes": EscalationReason.HARDSHIP, "juridique": EscalationReason.LEGAL_THREAT,
    "emotion": EscalationReason.NEGATIVE_EMOTION, "responsable": EscalationReason.MANAGER_REQUEST,
}  # fmt: skip


class LLMEscalationCheck:
    def __init__(self, llm: LanguageModel, prompts: PromptLibrary, *, prompt_id: str = "escalation-check", timeout_s: float = 2.0):
        self._llm = llm
        self._template = prompts.get(prompt_id)
        self._timeout_s = timeout_s  # the generated reply waits for this check: it must stay short

    def check(self, text: ScrubbedText) -> Escalation | None:
        """The reason the model gives, or None (also when the model fails: the rules still stand)."""
        try:
            answer = fold("".join(self._llm.stream(self._template.render(text=text), timeout_s=self._timeout_s))).strip()
        except ModelError:
            return None
        label = answer.split()[0].strip(" .:;,") if answer.split() else ""
        reason = _LABELS.get(label)
        return Escalation(reason, f"the model's second opinion: {reason.value}", trigger=label, source="llm") if reason else None
