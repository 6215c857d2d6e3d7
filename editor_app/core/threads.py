"""Which threads may write the store: one writer, never a network thread.

Network work (page fetches, push workers, the GUI's network pool) runs on threads marked here;
`Store.write()` and `Store.driver(write=True)` refuse to run on them, so a write that slipped
onto a network thread fails loudly in every test instead of racing the writer. Such threads hand
their writes to a `WriteHop`: a callable that runs a function on the writer and returns its
result (the GUI's store lane, or the command's own thread through a `CallerWriter`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

_local = threading.local()


class WrongThread(RuntimeError):
    """A programming error: the store was written from a network thread."""


class WriteHop(Protocol):
    def __call__(self, fn: Callable[[], T], /) -> T: ...


def is_network_thread() -> bool:
    return bool(getattr(_local, "network", False))


def mark_network_thread() -> None:
    """Mark the calling thread for good: a `ThreadPoolExecutor` initializer for network pools."""
    _local.network = True


@contextmanager
def network_thread() -> Iterator[None]:
    """Mark the calling thread for the duration of the block (a short-lived network thread)."""
    before = is_network_thread()
    _local.network = True
    try:
        yield
    finally:
        _local.network = before


def refuse_network_thread(what: str = "the store") -> None:
    if is_network_thread():
        raise WrongThread(
            f"{what} was written from the network thread {threading.current_thread().name!r}; "
            "hand the write to the writer (a WriteHop) instead"
        )


def direct(fn: Callable[[], T]) -> T:
    """The hop for code that already runs on the writer."""
    return fn()


def network_pool(workers: int, name: str) -> ThreadPoolExecutor:
    """A pool whose threads are network threads."""
    return ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix=name, initializer=mark_network_thread)


class CallerWriter:
    """The command line's writer: the thread that makes it (the one running the command). Its own
    writes run at once; other threads (a sync's push workers) queue theirs and wait, and the
    writer runs them while it waits for those threads (`serve_until`)."""

    def __init__(self) -> None:
        self._owner = threading.current_thread()
        self._queue: queue.Queue[tuple[Callable[[], Any], Future[Any]]] = queue.Queue()

    def __call__(self, fn: Callable[[], T]) -> T:
        if threading.current_thread() is self._owner:
            return fn()
        box: Future[Any] = Future()
        self._queue.put((fn, box))
        return box.result()

    def serve_until(self, done: Callable[[], bool]) -> None:
        """On the writer: run the writes other threads hand over until `done()` and none is left."""
        if threading.current_thread() is not self._owner:
            raise WrongThread("only the writer serves its queue")
        while True:
            try:
                fn, box = self._queue.get(timeout=0.01)
            except queue.Empty:
                if done() and self._queue.empty():
                    return
                continue
            try:
                box.set_result(fn())
            except BaseException as exc:  # raised again in the thread that asked
                box.set_exception(exc)
