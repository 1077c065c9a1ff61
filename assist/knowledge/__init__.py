"""Knowledge: entries, loaders, the hybrid index and the conversation-aware retriever."""

from assist.knowledge.embeddings import Embedder
from assist.knowledge.entities import EntityTracker
from assist.knowledge.index import Hit, IngestReport, KnowledgeIndex
from assist.knowledge.language import LanguageDetector
from assist.knowledge.loaders import LoadReport, Problem, load_knowledge, load_path
from assist.knowledge.model import Chunk, Kind, KnowledgeEntry, snapshot_id
from assist.knowledge.retriever import AssistRetriever, NoAnswerThreshold, Retrieval, Retriever

__all__ = [
    "AssistRetriever", "Chunk", "Embedder", "EntityTracker", "Hit", "IngestReport", "Kind", "KnowledgeEntry", "KnowledgeIndex",
    "LanguageDetector", "LoadReport", "NoAnswerThreshold", "Problem", "Retrieval", "Retriever", "load_knowledge", "load_path", "snapshot_id",
]  # fmt: skip
