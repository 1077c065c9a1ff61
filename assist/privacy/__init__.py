"""The PII layer: scrub first, restore only for the agent."""

from assist.privacy.scrubbed import DetectedEntity, ScrubbedText, ScrubResult, require_scrubbed
from assist.privacy.scrubber import Scrubber, build_analyzer
from assist.privacy.vault import StreamRestorer, Vault

__all__ = ["DetectedEntity", "ScrubResult", "ScrubbedText", "Scrubber", "StreamRestorer", "Vault", "build_analyzer", "require_scrubbed"]
