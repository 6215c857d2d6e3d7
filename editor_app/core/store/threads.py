"""Which threads may write the store: one writer, never a network thread.

Network work (page fetches, push workers, the GUI's network pool) runs on threads marked here;
`Store.write()` and `Store.driver(write=True)` refuse to run on them, so a write that slipped
onto a network thread fails loudly in every test instead of racing the writer. Such threads hand
their writes to a `WriteHop`: a callable that runs a function on the writer and returns its
result (the GUI's store lane, or a `WriterLane` in the command line).
"""

from __future__ import annotations

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


class WriterLane:
    """One writer thread for a command-line run: every write of a sync lands here, in order,
    whichever thread asked. A call made on the writer itself runs at once (no self-deadlock)."""

    def __init__(self, name: str = "store-writer") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._thread: threading.Thread | None = None
        self._pool.submit(self._remember).result()

    def _remember(self) -> None:
        self._thread = threading.current_thread()

    def __call__(self, fn: Callable[[], T]) -> T:
        if threading.current_thread() is self._thread:
            return fn()
        future: Future[Any] = self._pool.submit(fn)
        return future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def __enter__(self) -> WriterLane:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
