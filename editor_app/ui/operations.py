"""One way to run a service call from the window: on the store lane or the network pool, with
its errors reported one way and the changes it made emitted on one signal.

Every view that shows something from the store listens to `Operations.changed` and refreshes
what it shows, instead of each caller reloading the views it happens to know about. A call's
result carries its changes when it is a `Change`, a tuple or list holding some (``(Article,
Change)``), or an object with a ``changes`` or ``change`` attribute (a sync report, a publish
request).

There is one `Operations` per store lane (`operations_for`): the window and every dialog given
the window's lane run their calls through the same object, so all of their changes arrive on
the same signal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from editor_app.core.domain import Change
from editor_app.core.errors import CopydeskError
from editor_app.ui.workers import Callback, ErrorCallback, Lane, network_pool, receiver_gone

log = logging.getLogger(__name__)

_OPERATIONS_ATTR = "_copydesk_operations"


def changes_in(result: object) -> list[Change]:
    """The `Change`s a service call's result carries (none for a plain read)."""
    if isinstance(result, Change):
        return [result]
    if isinstance(result, tuple | list):
        found: list[Change] = []
        for item in result:
            if isinstance(item, Change | tuple | list):
                found.extend(changes_in(item))
        return found
    for name in ("changes", "change"):
        carried = getattr(result, name, None)
        if isinstance(carried, Change):
            return [carried]
        if isinstance(carried, Iterable) and not isinstance(carried, str | bytes):
            return [c for c in carried if isinstance(c, Change)]
    return []


def is_empty(change: Change) -> bool:
    """True when the change names nothing a view shows (notes alone change nothing on screen)."""
    return not any(getattr(change, f.name) for f in fields(change) if f.name != "notes")


def merged(changes: list[Change]) -> Change | None:
    """One change for a call's results: the same object when there is one (a view can tell its
    own save by identity), their union when there are several, None when nothing changed."""
    real = [c for c in changes if not is_empty(c)]
    if not real:
        return None
    if len(real) == 1:
        return real[0]
    out = real[0]
    for change in real[1:]:
        out = out | change
    return out


def reason_of(exc: BaseException) -> str:
    """The part of a failure a journalist can act on; the rest goes to Details and the log."""
    if isinstance(exc, CopydeskError) and str(exc):
        return str(exc)
    return QCoreApplication.translate("Operations", "an unexpected error ({kind}); see Details or the log").format(
        kind=type(exc).__name__
    )


class Operations(QObject):
    """Runs service calls on the store lane (one writer) or the network pool."""

    changed = Signal(object)  # Change: what a finished call changed in the store
    failed = Signal(str, str)  # message for the journalist, technical details

    def __init__(self, store_lane: Lane, network_lane: Lane | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else store_lane)
        self.store_lane = store_lane
        self._network_lane = network_lane

    @property
    def network_lane(self) -> Lane:
        """The network pool, started with the first network call (typing never needs it)."""
        if self._network_lane is None or self._network_lane.closed:
            self._network_lane = network_pool(self)
        return self._network_lane

    def use_network_lane(self, lane: Lane) -> None:
        """Run network calls on ``lane`` (the window's pool, shut down with it; or a test's)."""
        self._network_lane = lane

    def store(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        what: str | None = None,
        **kwargs: Any,
    ) -> Future:
        """Run ``fn`` on the store lane. ``what`` is the translated message shown when it fails,
        with ``{error}`` for the reason; ``on_error`` instead shows the failure where the caller
        wants it (a dialog's own message line)."""
        return self._run(self.store_lane, fn, args, kwargs, on_done, on_error, what)

    def network(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        what: str | None = None,
        **kwargs: Any,
    ) -> Future:
        """Run ``fn`` on the network pool; as `store` otherwise."""
        return self._run(self.network_lane, fn, args, kwargs, on_done, on_error, what)

    def _run(
        self,
        lane: Lane,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        on_done: Callback | None,
        on_error: ErrorCallback | None,
        what: str | None,
    ) -> Future:
        # A widget that asked and was deleted before the answer came gets no callback, but the
        # change still goes out: the store changed whether or not the asker is still there.
        def done(result: Any) -> None:
            try:
                if on_done is not None and not receiver_gone(on_done):
                    on_done(result)
            finally:  # the views follow the store even when the caller's own callback failed
                change = merged(changes_in(result))
                if change is not None:
                    self.changed.emit(change)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                log.debug("operation %s failed", getattr(fn, "__qualname__", fn), exc_info=exc)
                if not receiver_gone(on_error):
                    on_error(exc)
                return
            self.report(exc, what)

        return lane.submit(fn, *args, on_done=done, on_error=failed, **kwargs)

    def announce(self, change: Change) -> None:
        """Emit a change a service call made without returning it (adding a term returns the term)."""
        if not is_empty(change):
            self.changed.emit(change)

    def report(self, exc: BaseException, what: str | None = None) -> None:
        """Say what failed, in the journalist's words; the technical detail goes to Details and the log."""
        template = what or QCoreApplication.translate("Operations", "That did not work: {error}")
        message = template.format(error=reason_of(exc)) if "{error}" in template else f"{template} {reason_of(exc)}"
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip()
        if isinstance(exc, CopydeskError):
            log.warning("%s", message)
        else:
            log.error("%s", message, exc_info=exc)
        self.failed.emit(message, details)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        ok = self.store_lane.wait_idle(timeout_ms)
        if self._network_lane is not None:
            ok = self._network_lane.wait_idle(timeout_ms) and ok
        return ok


def operations_for(store_lane: Lane, network_lane: Lane | None = None) -> Operations:
    """The operations of this store lane (made with the first call), so every view given the
    window's lane reports through the same `changed` signal."""
    ops = getattr(store_lane, _OPERATIONS_ATTR, None)
    if not isinstance(ops, Operations):
        ops = Operations(store_lane, network_lane)
        setattr(store_lane, _OPERATIONS_ATTR, ops)
    elif network_lane is not None and network_lane is not ops._network_lane:
        ops.use_network_lane(network_lane)
    return ops


class ProblemDetails(QToolButton):
    """A "Details…" button in the status bar after a failure: the message and the technical
    detail in a box the user can copy from (the status bar message alone fades)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Details…"))
        self.setAccessibleName(self.tr("Details of the last problem"))
        self.setAutoRaise(True)
        self.message = ""
        self.details = ""
        self.box: QMessageBox | None = None
        self.hide()
        self.clicked.connect(self.show_box)

    def show_problem(self, message: str, details: str) -> None:
        self.message, self.details = message, details
        self.setToolTip(message)
        self.show()

    def show_box(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Problem"), self.message, QMessageBox.StandardButton.Close)
        box.setDetailedText(self.details)
        box.finished.connect(lambda _r: box.deleteLater())
        self.box = box
        self.hide()
        box.open()
