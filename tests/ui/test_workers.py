"""The worker lanes: results on the GUI thread, errors reported, nothing freed on a worker."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

from editor_app.ui.workers import Lane


def test_results_and_errors_come_back_on_the_gui_thread(qtbot) -> None:
    lane = Lane("t", workers=2)
    seen: list[tuple[str, object, bool]] = []
    gui = QThread.currentThread()

    def done(value: object) -> None:
        seen.append(("done", value, QThread.currentThread() is gui))

    def failed(exc: BaseException) -> None:
        seen.append(("error", str(exc), QThread.currentThread() is gui))

    def boom() -> None:
        raise ValueError("no such article")

    lane.submit(lambda: threading.current_thread().name, on_done=done)
    lane.submit(boom, on_error=failed)
    assert lane.wait_idle(5000)
    results = {kind: (value, on_gui) for kind, value, on_gui in seen}
    assert results["error"] == ("no such article", True)
    worker_name, on_gui = results["done"]
    assert on_gui and str(worker_name).startswith("t")  # the function ran on a worker named after the lane
    lane.shutdown()


def test_busy_signal_brackets_the_work(qtbot) -> None:
    lane = Lane("t")
    states: list[bool] = []
    lane.busy_changed.connect(states.append)
    lane.submit(time.sleep, 0.05)
    lane.submit(time.sleep, 0.05)
    assert lane.wait_idle(5000)
    assert states == [True, False]
    lane.shutdown()


def test_widgets_held_by_a_task_are_released_on_the_gui_thread(qtbot) -> None:
    lane = Lane("t")
    freed_on: list[bool] = []
    gui = threading.current_thread()

    class Probe(QLabel):
        def __del__(self) -> None:
            freed_on.append(threading.current_thread() is gui)

    probe = Probe("pending")
    lane.submit(lambda w=probe: time.sleep(0.05), on_done=lambda _, w=probe: None)
    del probe
    assert lane.wait_idle(5000)
    import gc

    gc.collect()
    assert freed_on == [True]
    lane.shutdown()


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, caplog) -> None:
    """A window closed while its start-up work runs must not be called back (no 'already deleted')."""
    import shiboken6

    lane = Lane("t")
    gate = threading.Event()
    calls: list[object] = []

    class Receiver(QLabel):
        def loaded(self, value: object) -> None:
            calls.append(value)
            self.setText(str(value))  # would raise on a deleted C++ object

    receiver = Receiver()
    lane.submit(lambda: gate.wait(5) and "terms", on_done=receiver.loaded)
    shiboken6.delete(receiver)
    gate.set()
    with caplog.at_level("ERROR"):
        assert lane.wait_idle(5000)
    assert calls == []
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    live = Receiver()
    lane.submit(lambda: "tags", on_done=live.loaded)
    assert lane.wait_idle(5000)
    assert calls == ["tags"] and live.text() == "tags"  # a live receiver still gets its answer
    lane.shutdown()
