"""Knowledge: entries, loaders, the hybrid index, the learned reranker and the conversation-aware retriever."""

from assist.knowledge.embeddings import Embedder
from assist.knowledge.entities import EntityTracker
from assist.knowledge.index import Hit, IngestReport, KnowledgeIndex
from assist.knowledge.language import LanguageDetector
from assist.knowledge.loaders import LoadReport, Problem, load_knowledge, load_path
from assist.knowledge.model import Chunk, Kind, KnowledgeEntry, snapshot_id
from assist.knowledge.reranker import Pool, Reranker, train_reranker
from assist.knowledge.retriever import AssistRetriever, NoAnswerThreshold, Retrieval, Retriever

__all__ = [
    "AssistRetriever", "Chunk", "Embedder", "EntityTracker", "Hit", "IngestReport", "Kind", "KnowledgeEntry", "KnowledgeIndex",
    "LanguageDetector", "LoadReport", "NoAnswerThreshold", "Pool", "Problem", "Reranker", "Retrieval", "Retriever", "load_knowledge", "load_path",
    "snapshot_id", "train_reranker",
]  # fmt: skip
