"""The operation wrapper: what a call's result carries reaches the one `changed` signal, a failure
is reported once (message and details), and after a sync the window refreshes once from the
report's changes."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from editor_app.core.domain import Change
from editor_app.core.errors import InvalidInput
from editor_app.core.sync.engine import SyncReport
from editor_app.ui.operations import Operations, changes_in, merged, operations_for

A = Change(articles=frozenset({"a"}))
B = Change(articles=frozenset({"b"}), terms=True)


@dataclass
class Carrier:
    changes: list[Change]


@dataclass
class Request:
    change: Change


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (A, [A]),
        (("article", A), [A]),
        ([A, B], [A, B]),
        (Carrier([A, B]), [A, B]),
        (Request(B), [B]),
        (("x", ("nested", B)), [B]),
        (["plain", "rows"], []),
        (None, []),
        ("a string", []),
    ],
)
def test_the_changes_a_result_carries(result: object, expected: list[Change]) -> None:
    assert changes_in(result) == expected


def test_one_change_is_passed_on_as_it_is_and_several_are_joined() -> None:
    assert merged([A]) is A  # an editor tells its own save apart by identity
    assert merged([Change(), Change(notes=("only a note",))]) is None
    joined = merged([A, B])
    assert joined is not None and joined.articles == {"a", "b"} and joined.terms


def test_a_call_emits_its_change_after_the_callers_callback(qtbot, qt_desk) -> None:
    ops = operations_for(qt_desk.lane)
    assert operations_for(qt_desk.lane) is ops  # one per lane: every view hears the same signal
    seen: list[str] = []
    ops.changed.connect(lambda change: seen.append(f"changed {sorted(change.articles)}"))
    with qtbot.waitSignal(ops.changed, timeout=5000):
        ops.store(lambda: ("article", A), on_done=lambda _r: seen.append("done"))
    assert seen == ["done", "changed ['a']"]


class Asker(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[object] = []

    def answer(self, result: object) -> None:
        self.answers.append(result)


def test_a_change_goes_out_even_when_the_widget_that_asked_is_gone(qtbot, qt_desk) -> None:
    ops = operations_for(qt_desk.lane)
    asker, release = Asker(), threading.Event()
    answers = asker.answers

    def slow() -> Change:
        release.wait(5)
        return A

    ops.store(slow, on_done=asker.answer)
    shiboken6.delete(asker)  # the dialog closed while its call ran
    with qtbot.waitSignal(ops.changed, timeout=5000) as caught:
        release.set()
    assert caught.args == [A] and answers == []


def test_a_failure_is_reported_once_with_its_details(qtbot, qt_desk) -> None:
    ops = Operations(qt_desk.lane)

    def refuse() -> None:
        raise InvalidInput("a title is required")

    with qtbot.waitSignal(ops.failed, timeout=5000) as caught:
        ops.store(refuse, what="Could not save the article: {error}")
    message, details = caught.args
    assert message == "Could not save the article: a title is required"
    assert "InvalidInput" in details and "refuse" in details  # the traceback, for Details

    shown: list[BaseException] = []
    with qtbot.assertNotEmitted(ops.failed, wait=200):
        ops.store(refuse, on_error=shown.append)
        qt_desk.lane.wait_idle()
    assert [str(e) for e in shown] == ["a title is required"]


def test_an_unexpected_failure_says_where_to_look(qtbot, qt_desk, make_window) -> None:
    window = make_window()

    def crash() -> None:
        raise KeyError("row")

    with qtbot.waitSignal(window.ops.failed, timeout=5000):
        window.ops.store(crash, what=window.tr("Could not open the article: {error}"))
    assert "unexpected error (KeyError)" in window.statusBar().currentMessage()
    assert window.problem.isVisible()
    window.problem.click()
    box = window.problem.box
    assert isinstance(box, QMessageBox) and "KeyError" in box.detailedText()
    box.close()


@dataclass
class ReportWithChanges(SyncReport):
    changes: list[Change] = field(default_factory=list)


def test_a_sync_report_that_names_its_changes_refreshes_each_view_once(qtbot, make_window, qt_desk, monkeypatch):
    desk = qt_desk.desk
    first = desk.articles.create("Tide tables", body="High water at six.")
    second = desk.articles.create("Ferry times", body="Every hour.")
    window = make_window()
    window.open_article(first.id)
    qtbot.waitUntil(lambda: window.editor_for(first.id) is not None, timeout=10_000)
    editor = window.editor_for(first.id)
    qtbot.waitUntil(lambda: window.sync is not None, timeout=10_000)
    qt_desk.lane.wait_idle()
    # What a pull wrote (here written before the sync runs; the report says what changed).
    desk.articles.update(first.id, title="Tide tables (corrected)", tags=["harbour"])
    desk.articles.update(second.id, title="Ferry times (winter)")
    report = ReportWithChanges(
        site="Gazette",
        changes=[Change(articles=frozenset({first.id}), terms=True), Change(articles=frozenset({second.id}))],
    )
    window.sync.runner = lambda _desk, _site, **_kw: report
    calls = {"list": 0, "terms": 0}
    reload_list, reload_terms = window.list_panel.model.reload, window.reload_terms
    monkeypatch.setattr(
        window.list_panel.model, "reload", lambda: (calls.__setitem__("list", calls["list"] + 1), reload_list())
    )
    monkeypatch.setattr(
        window, "reload_terms", lambda: (calls.__setitem__("terms", calls["terms"] + 1), reload_terms())
    )
    window.sync._start("Gazette", False)
    qtbot.waitUntil(lambda: editor.metadata.headline.text() == "Tide tables (corrected)", timeout=10_000)
    assert editor.metadata.tags.text() == "harbour"
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.index(model.row_of(second.id), 0).data() == "Ferry times (winter)", timeout=10_000)
    assert calls == {"list": 1, "terms": 1}


# Lanes that carry no service call: the spelling dictionaries, the rescue of a store that would
# not open (no desk yet), and the preview's rendering on the compute lane.
OWN_LANES = {"editor/spelling.py", "dialogs/store_error.py", "preview/pane.py"}


def test_widgets_reach_the_store_and_the_network_only_through_the_operations() -> None:
    ui = Path(__file__).resolve().parents[2] / "editor_app" / "ui"
    direct = sorted(
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if ".submit(" in path.read_text(encoding="utf-8")
        and str(path.relative_to(ui)) not in OWN_LANES | {"workers.py", "operations.py"}
    )
    assert direct == []
