"""The model's components in a process of their own, the newsevents stages in the calling one.

spaCy's statistical components (tok2vec, tagger, parser, NER) and the newsevents stages after them
(pure Python) cost about two to one in CPU over a run. In one process they take turns; a thread
for the model did not pay (speed36: the two threads fight over the GIL). Here a forked child runs
the components up to the NER and sends each Doc as bytes (``Doc.to_bytes``, without the tensor,
which no stage reads); the calling process reads it back into its own vocabulary and runs the
stages and builds the record, while the child already parses the next articles. On a machine with
two free cores the run's wall time falls towards the model's share; its CPU time rises by the
copying (about 3 ms an article).

The records are the same as in one process: the child is a fork of the built pipeline (same
model, same tokenizer changes, same lexeme features), and a Doc's bytes carry every token
annotation the stages read (words, spaces, norms, tags, morphology, lemmas, heads, labels,
sentence starts, entity spans). The Doc's user data goes along beside them (the layout stage
keeps a web page's link titles there), but for the article, which the calling process sets again
on the Doc from its own copy.

Frames on the pipes: 4 bytes of length (big-endian), then a pickle (articles in, ended by closing
the pipe; a tag and its payload out). The child ends with ``os._exit``: it never runs the parent's exit handlers nor
flushes the parent's buffered output.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import pickle
import queue
import signal
import struct
import sys
import threading
import traceback
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

_LENGTH = struct.Struct(">I")
# At most this many Docs waiting in the child for the pipe: a bound on its memory when the stages
# fall behind (an article's Doc is about 50 KB), well above one batch of the model.
_AHEAD = 256
_END, _DOC, _FAILED, _ERROR = "end", "doc", "failed", "error"  # the tags of the frames out
_NO_MORE = object()  # the caller's articles have ended


def cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


# Set to 1 to keep everything in one process (to compare the two, or where forking is unwelcome).
ONE_PROCESS_ENV = "NEWSEVENTS_ONE_PROCESS"


def available() -> bool:
    """A second process pays only with a second core, and needs ``fork`` (the child is the built
    pipeline): on Linux only (macOS forks, but libraries it loads may not survive a fork)."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and cores() >= 2
            and os.environ.get(ONE_PROCESS_ENV) != "1")


def native_threads() -> int | None:
    """The threads this process runs, as the kernel counts them (``/proc/self/task``: those native
    code started too, which ``threading`` does not see); None where there is no such count."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


# The threads this process ran when this module was first imported, with the calling thread the only
# Python one: spaCy (imported above) has imported numpy by then, whose BLAS library starts its worker
# threads at import and stops and restarts them around a ``fork`` itself. None (never fork unasked)
# when other Python threads ran then: their native helpers could not be told from a library's pool.
_THREADS_AT_IMPORT = native_threads() if threading.active_count() == 1 else None


def lone_thread() -> bool:
    """Whether this process runs no thread but the calling one (beyond the numerical library's pool
    counted at import). ``fork`` copies only the calling thread: a lock another thread held at that
    moment (a web server's, a database engine's pool, a notebook kernel's, a caller's worker) would
    stay held forever in the child. Python threads are counted by ``threading``, those native code
    started by the kernel, against the count when this module was imported."""
    if threading.active_count() != 1 or threading.current_thread() is not threading.main_thread():
        return False
    now = native_threads()
    return now is not None and _THREADS_AT_IMPORT is not None and now <= _THREADS_AT_IMPORT


def _write_frame(fd: int, payload: bytes) -> None:
    data = memoryview(_LENGTH.pack(len(payload)) + payload)
    while data:
        data = data[os.write(fd, data):]


def _read_exact(fd: int, n: int) -> bytes | None:
    parts = []
    while n:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _read_frame(fd: int) -> Any:
    head = _read_exact(fd, _LENGTH.size)
    if head is None:
        return None
    body = _read_exact(fd, _LENGTH.unpack(head)[0])
    if body is None:
        return None
    return pickle.loads(body)


def split_index(nlp: Language, first_stage: str) -> int:
    """Where the calling process takes over: the position of ``first_stage`` in the pipeline."""
    return nlp.pipe_names.index(first_stage)


def _child(nlp: Language, front: list[str], batch_size: int, make_doc: Any, failures: collections.Counter[str],
           articles_fd: int, docs_fd: int) -> None:
    """The forked child: articles in, the front components' Docs out (never returns)."""
    code = 0
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=_AHEAD)

    def writer() -> None:
        # Blocking writes in a thread of their own: the model goes on while the calling process is
        # busy with the stages and the pipe is full.
        try:
            while (payload := outbox.get()) is not None:
                _write_frame(docs_fd, payload)
        except BrokenPipeError:  # the calling process stopped reading (it closed the pipe): nothing to do
            os._exit(1)
        except OSError as exc:  # any other failure to write: said here, the calling process then raises
            log.error("the model's process could not send its results: %s", exc)
            os._exit(1)

    sender = threading.Thread(target=writer, name="newsevents-docs-out", daemon=True)
    sender.start()

    def articles() -> Iterator[Any]:
        while (article := _read_frame(articles_fd)) is not None:  # None: the pipe closed, no more articles
            yield make_doc(article)

    try:
        before = collections.Counter(failures)
        with nlp.select_pipes(enable=front):
            for doc in nlp.pipe(articles(), batch_size=batch_size):
                # what the front stages keep in the user data (a page's link titles, found by the
                # layout stage) goes along; the article does not: the calling process has it
                article = doc._.article
                kept = {key: value for key, value in doc.user_data.items() if value is not article}
                outbox.put(pickle.dumps((_DOC, doc.to_bytes(exclude=["tensor", "user_data"]), kept), protocol=5))
        outbox.put(pickle.dumps((_FAILED, dict(failures - before)), protocol=5))
        outbox.put(pickle.dumps((_END, None), protocol=5))
    except BaseException:  # noqa: BLE001 - reported to the calling process, which raises
        code = 1
        outbox.put(pickle.dumps((_ERROR, traceback.format_exc()), protocol=5))
    finally:
        outbox.put(None)
        sender.join()
        os._exit(code)


# The token features a recogniser may embed that no component before it but the tokenizer (and
# the typography stage, which the child runs) sets.
_LEXICAL_FEATURES = frozenset({"ORTH", "LOWER", "NORM", "PREFIX", "SUFFIX", "SHAPE"})


def after_the_recogniser(nlp: Language, names: Iterable[str], recogniser: str = "ner") -> list[str]:
    """Those of ``names`` (components between the parser and the recogniser) that may as well run
    after the recogniser: all of them when the recogniser embeds its own features from the words
    alone (its ``tok2vec.embed.attrs`` lexical: en_core_web_sm's NORM, PREFIX, SUFFIX and SHAPE),
    so nothing they set reaches it, and each reads no entity (an attribute ruler's patterns name no
    ENT_ key). Else none: a recogniser listening to a shared tok2vec, or reading tags, stays
    after them."""
    names = [n for n in names if n in nlp.pipe_names]
    if recogniser not in nlp.pipe_names or not names:
        return []
    try:
        attrs = nlp.config["components"][recogniser]["model"]["tok2vec"]["embed"]["attrs"]
    except (KeyError, TypeError):
        return []
    if not set(attrs) <= _LEXICAL_FEATURES:
        return []
    for name in names:
        if nlp.pipe_names.index(name) > nlp.pipe_names.index(recogniser):
            return []
        patterns = getattr(nlp.get_pipe(name), "patterns", None)
        if patterns is not None and any(key.startswith("ENT_") for p in patterns for pattern in p["patterns"]
                                        for token in pattern for key in token):
            return []
    return names


class ModelProcessError(RuntimeError):
    """The model's process failed (its traceback is the message)."""


def docs_in_two_processes(nlp: Language, articles: Iterable[Any], batch_size: int, make_doc: Any,
                          failures: collections.Counter[str], first_stage: str,
                          vocab_changers: Iterable[str] = (), here: Iterable[str] = ()) -> Iterator[Doc]:
    """The Docs of ``nlp.pipe`` over ``articles`` made with ``make_doc``, in input order: the
    components before ``first_stage`` run in a forked child, the rest here. A failure the child's
    error handler counted is added to ``failures``. ``vocab_changers``: front components that
    change the shared vocabulary (a lexeme's features), not only the Doc: each runs again here on
    each Doc read back, so this process's lexemes of the Doc's words are the child's. ``here``:
    components before ``first_stage`` that run in this process instead, after the child's and in
    pipeline order (see :func:`after_the_recogniser`): the child, the longer part, is spared them."""
    split = split_index(nlp, first_stage)
    moved = set(here)
    front = [name for name in nlp.pipe_names[:split] if name not in moved]
    again = [nlp.get_pipe(name) for name in vocab_changers if name in front]
    articles_read, articles_write = os.pipe()
    docs_read, docs_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(articles_write)
            os.close(docs_read)
        finally:
            _child(nlp, front, batch_size, make_doc, failures, articles_read, docs_write)
    os.close(articles_read)
    os.close(docs_write)
    sent: collections.deque[Any] = collections.deque()  # articles sent whose Docs are not back yet
    problem: list[BaseException] = []
    # The caller's articles are read in the calling thread (an iterator over a database cursor or a
    # file may refuse another thread), at most ``ahead`` of the Docs read back: never fewer than a
    # batch, which the child needs whole before it sends a Doc. A thread of its own writes them to
    # the pipe, so a full pipe (the child busy with a batch) never holds up the stages here.
    ahead = max(_AHEAD, 2 * batch_size)
    outgoing: queue.Queue[bytes | None] = queue.Queue()
    source = iter(articles)
    read_all: list[bool] = []

    def top_up() -> None:
        while not read_all and len(sent) < ahead:
            article = next(source, _NO_MORE)
            if article is _NO_MORE:
                read_all.append(True)
                outgoing.put(None)
                return
            sent.append(article)
            outgoing.put(pickle.dumps(article, protocol=5))

    def feed() -> None:
        try:
            while (payload := outgoing.get()) is not None:
                _write_frame(articles_write, payload)
        except BrokenPipeError:
            pass  # the child has gone: the reader below says why
        except OSError as exc:  # raised in the calling thread
            problem.append(exc)
        finally:
            os.close(articles_write)  # the end of the articles

    feeder = threading.Thread(target=feed, name="newsevents-articles-in", daemon=True)
    feeder.start()

    finished: list[bool] = []  # the child sent its last frame

    def received() -> Iterator[Doc]:
        while True:
            top_up()
            frame = _read_frame(docs_read)
            if frame is None:
                raise ModelProcessError("the model's process ended without its results")
            tag, payload, *rest = frame
            if tag == _DOC:
                doc = Doc(nlp.vocab).from_bytes(payload)
                doc.user_data.update(rest[0])
                doc._.article = sent.popleft()
                for component in again:
                    doc = component(doc)
                yield doc
            elif tag == _FAILED:
                failures.update(payload)
            elif tag == _ERROR:
                raise ModelProcessError(payload)
            else:
                finished.append(True)
                return

    try:
        # ``disable`` leaves the pipeline as it is between records (select_pipes would change it while
        # the caller holds this generator)
        yield from nlp.pipe(received(), batch_size=batch_size, disable=front)
        feeder.join()
        if problem:
            raise problem[0]
    finally:
        os.close(docs_read)  # a child still writing gets a broken pipe and ends
        reaped = False
        if not finished:  # the Docs were not all read: a child still at work is stopped
            reaped = os.waitpid(pid, os.WNOHANG) != (0, 0)
            if not reaped:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
        if not reaped:
            os.waitpid(pid, 0)
        if not read_all:  # the feeder waits for articles that will not come (its pipe's reader is gone)
            outgoing.put(None)
        feeder.join()
