"""Exceptions shared by the library and the CLI, importable without loading spaCy."""

from __future__ import annotations


class ModelNotFound(RuntimeError):
    """No usable spaCy model: the message says how to install one."""
