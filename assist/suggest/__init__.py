"""Suggestions: curated (verbatim approved lines) and generative (grounded, guarded)."""
