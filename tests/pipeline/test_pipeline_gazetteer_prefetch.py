"""The packaged gazetteer read in a thread while the default model loads
(``pipeline.read_gazetteer_meanwhile``, speed28): the stages get the very object the thread read,
and a fault in the read is left for the stages to report, not raised in the thread."""

from __future__ import annotations

import threading

from newsevents.geo import gazetteer
from newsevents.pipeline import read_gazetteer_meanwhile


def test_the_stages_get_the_gazetteer_the_thread_read(monkeypatch):
    read = []
    real = gazetteer.load_gazetteer

    def recording(directory=None):
        read.append(real(directory))
        return read[-1]

    monkeypatch.setattr(gazetteer, "load_gazetteer", recording)
    read_gazetteer_meanwhile().join()
    assert read and read[0] is not None and real() is read[0]


def test_a_fault_in_the_read_is_not_raised_in_the_thread(monkeypatch):
    def broken(directory=None):
        raise OSError("no gazetteer here")

    raised = []
    monkeypatch.setattr(gazetteer, "load_gazetteer", broken)
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    read_gazetteer_meanwhile().join()
    assert raised == []
