"""What every newsevents stage shares: one Doc extension filled, and failures handed to spaCy.

A stage raises when it fails. ``nlp(doc)`` then calls the pipeline's error handler
(``nlp.set_error_handler``; spaCy's default re-raises). ``nlp.pipe`` calls the stage's
:meth:`Stage.pipe`, which hands each failing Doc to the same handler and, if the handler lets
the run go on, leaves that stage's result empty and passes the Doc on: one stage failing on one
article costs that article that stage's result only. :class:`newsevents.pipeline.Pipeline`
installs the handler that logs and counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from spacy.util import raise_error

from newsevents.docquery import share_sentences
from newsevents.tables import copy_tables, table_dir

ErrorHandler = Callable[[str, Any, list[Doc], Exception], Any]


class Stage:
    """Base of the newsevents components. Subclasses set ``extension`` (the ``Doc._`` attribute
    they fill) and implement ``__call__``."""

    name: str
    extension: str = ""
    _error_handler: ErrorHandler = staticmethod(raise_error)

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every stage defines it
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Each Doc through ``__call__``; a failure goes to the error handler (see module doc)."""
        handler = self._error_handler
        for doc in docs:
            share_sentences(doc)  # token.sent read from the sentence list (a parsed Doc only)
            try:
                doc = self(doc)
            except Exception as exc:  # noqa: BLE001 - handed to the pipeline's error handler, which decides
                handler(self.name, self, [doc], exc)
                setattr(doc._, self.extension, [])
            yield doc

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        self._error_handler = error_handler

    def get_error_handler(self) -> ErrorHandler:
        return self._error_handler


class TableStage(Stage):
    """A stage that owns data tables: it reads them from ``data_dir`` (its config; None: the
    packaged tables) when it is built, and a saved pipeline carries them (``nlp.to_disk`` writes
    them into the stage's folder, ``spacy.load`` reads them back from there). Subclasses name
    their files in ``tables`` and build what their rules need in :meth:`load_tables`."""

    tables: tuple[str, ...] = ()

    def __init__(self, name: str, data_dir: str | Path | None = None) -> None:
        self.name = name
        self.data_dir = table_dir(data_dir)
        self.load_tables(self.data_dir)

    def load_tables(self, directory: Path) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        copy_tables(self.data_dir, path, self.tables)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> TableStage:
        self.data_dir = Path(path)
        self.load_tables(self.data_dir)
        return self
