"""Merkle trees over entry hashes (RFC 6962 shape: leaves and nodes are domain-separated)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def leaf(entry_hash: str) -> bytes:
    return hashlib.sha256(b"\x00" + bytes.fromhex(entry_hash)).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(size: int) -> int:
    """Largest power of two smaller than `size`."""
    k = 1
    while k * 2 < size:
        k *= 2
    return k


def root(leaves: Sequence[bytes]) -> bytes:
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = _split(len(leaves))
    return _node(root(leaves[:k]), root(leaves[k:]))


def audit_path(leaves: Sequence[bytes], index: int) -> list[str]:
    """Sibling hashes from the leaf up to the root."""
    if len(leaves) <= 1:
        return []
    k = _split(len(leaves))
    if index < k:
        return audit_path(leaves[:k], index) + [root(leaves[k:]).hex()]
    return audit_path(leaves[k:], index - k) + [root(leaves[:k]).hex()]


def root_from_path(leaf_hash: bytes, index: int, size: int, path: Sequence[str]) -> bytes:
    """Recompute the root from one leaf and its audit path (inverse of `audit_path`)."""
    if size <= 1:
        return leaf_hash
    k = _split(size)
    *inner, sibling = path
    if index < k:
        return _node(root_from_path(leaf_hash, index, k, inner), bytes.fromhex(sibling))
    return _node(bytes.fromhex(sibling), root_from_path(leaf_hash, index - k, size - k, inner))
