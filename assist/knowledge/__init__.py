"""Knowledge: entries, loaders, the hybrid index."""

from assist.knowledge.embeddings import Embedder
from assist.knowledge.index import Hit, IngestReport, KnowledgeIndex
from assist.knowledge.loaders import load_path
from assist.knowledge.model import Chunk, Kind, KnowledgeEntry, snapshot_id

__all__ = ["Chunk", "Embedder", "Hit", "IngestReport", "Kind", "KnowledgeEntry", "KnowledgeIndex", "load_path", "snapshot_id"]
