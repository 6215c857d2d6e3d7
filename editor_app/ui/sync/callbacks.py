"""Lane callbacks that do not keep their widget alive.

A lane's future holds its callbacks until the worker thread lets go of it, so a callback that
holds a widget strongly can make that worker drop the last reference, and a parentless widget
would then be destroyed on the wrong thread (its timers firing later on freed memory). These
callbacks hold the owner weakly and do nothing once it is gone or deleted.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

Owner = TypeVar("Owner", bound=QObject)


def weak_callback(owner: Owner, fn: Callable[[Owner, Any], None]) -> Callable[[Any], None]:
    """`fn(owner, value)` on the GUI thread, if `owner` still exists then. `fn` must not capture `owner`."""
    ref = weakref.ref(owner)

    def call(value: Any) -> None:
        obj = ref()
        if obj is not None and isValid(obj):
            fn(obj, value)

    return call
