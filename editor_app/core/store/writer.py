"""A store transaction run on the writer, for code that may itself be on a network thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from editor_app.core.store.engine import Store
from editor_app.core.threads import WriteHop, direct

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


class Writer:
    """`writer(fn)` runs `fn(session)` in one write transaction on the writer thread the hop
    leads to, and returns what it returned. The sync engine gets one and writes only through it."""

    def __init__(self, store: Store, hop: WriteHop = direct) -> None:
        self.store = store
        self.hop = hop

    def __call__(self, fn: Callable[[Session], T]) -> T:
        def run() -> T:
            with self.store.write() as s:
                return fn(s)

        return self.hop(run)
