"""What every command handler gets: the data folder, a lazily opened desk, and output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths


class UsageError(Exception):
    """Bad command-line usage: exit code 2."""


@dataclass
class CliContext:
    paths: AppPaths
    json_output: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _desk: Desk | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        return cls(paths=AppPaths.resolve(args.data_dir), json_output=bool(getattr(args, "json", False)))

    def desk(self, *, create: bool = False) -> Desk:
        """The desk of this data folder; commands other than `init` need an existing store."""
        if self._desk is None:
            self._desk = Desk.open(self.paths, create=create)
        return self._desk

    def close(self) -> None:
        if self._desk is not None:
            self._desk.close()
            self._desk = None

    def emit(self, data: Any, human: str | None = None) -> None:
        """Print JSON with --json, else the human text (or a plain rendering of the data)."""
        if self.json_output:
            self.out.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
        elif human is not None:
            self.out.write(human if human.endswith("\n") or not human else human + "\n")

    def say(self, text: str) -> None:
        """A line for people; suppressed under --json so scripts get clean JSON."""
        if not self.json_output:
            self.out.write(text + "\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print UTF-8 JSON")


def read_text_arg(value: str) -> str:
    """--body-file F, or - for standard input; UTF-8 only, with a clear error."""
    from pathlib import Path

    from editor_app.core.errors import InvalidInput

    if value == "-":
        data = sys.stdin.buffer.read()
        where = "standard input"
    else:
        try:
            data = Path(value).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"{value}: cannot read ({exc.strerror})") from None
        where = value
    try:
        return data.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(f"{where}:{line}: not UTF-8 text") from None
