"""Guards against a Qt binding that corrupts the interpreter over a long working day."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count never moves")
def test_qt_calls_do_not_leak_references_to_none() -> None:
    # PySide6 6.12.0 on Python 3.11 released None once per void Qt call; a desk open all day
    # makes millions of such calls and the process aborts in none_dealloc.
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("copydesk")
    assert sys.getrefcount(None) >= before - 50
