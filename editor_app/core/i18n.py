"""Marking the core's user-visible text for translation without importing Qt.

`QT_TRANSLATE_NOOP("Context", "text")` returns the text unchanged; Qt's lupdate finds the call
by its name and collects the text under that context, and the UI translates it when it shows
it (`QCoreApplication.translate(context, text)`). `Message` carries such a text with its values,
so a message made in the core (a worker thread, the CLI) is translated where it is displayed and
reads as plain English everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Message:
    """A translatable text (`{name}` placeholders) and the values that fill it."""

    context: str
    text: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:  # noqa: ANN401 - a (context, text) -> str callable
        template = translate(self.context, self.text) if translate is not None else self.text
        return template.format(**self.values)

    def __str__(self) -> str:
        return self.render()
