"""Guards against known defects of the Qt binding that would crash the app."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp):
    """PySide6 6.12.0 released a reference to True on every emit(): on Python 3.11 the
    process aborts once True's count reaches zero (the app emits thousands of signals)."""
    emitter = _Emitter()
    emitter.fired.connect(lambda value: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
