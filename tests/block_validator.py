"""WordPress's own judgement of block markup, from Python tests.

``tests/blockcheck/check.js`` runs ``@wordpress/blocks`` ``parse()`` over the core blocks of
``@wordpress/block-library`` in a jsdom DOM, at the package versions a WordPress release ships
(``tests/blockcheck/wp-6.8``, ``tests/blockcheck/wp-6.1``; ``scripts/setup.sh test`` installs them).
A :class:`BlockEditor` keeps one Node process per release for the whole test session.

Use the ``block_editors`` fixture (``tests/conftest.py``)::

    for editor in block_editors:
        verdict = editor.check(markup)
        assert verdict.acceptable, verdict.explain()
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BLOCKCHECK = Path(__file__).resolve().parent / "blockcheck"
RELEASES = ("6.8", "6.1")


class BlockCheckUnavailable(RuntimeError):
    """Node or the pinned packages are missing."""


@dataclass(frozen=True)
class BlockVerdict:
    """How the block editor of one release sees one parsed block."""

    path: str  # "2.0": the first inner block of the third top-level block
    name: str
    is_valid: bool
    issues: tuple[str, ...]
    freeform: bool  # a Classic block: HTML outside any block delimiter
    rewritten: bool  # the editor would save different markup
    rewrite: str
    implied_defaults: Mapping[str, Any]


@dataclass(frozen=True)
class DocumentVerdict:
    release: str
    markup: str
    blocks: tuple[BlockVerdict, ...]
    rewritten: bool
    rewrite: str
    saved: str  # what the editor would save
    packages: Mapping[str, str] = field(default_factory=dict)

    @property
    def invalid(self) -> list[BlockVerdict]:
        return [b for b in self.blocks if not b.is_valid]

    @property
    def classic(self) -> list[BlockVerdict]:
        return [b for b in self.blocks if b.freeform]

    @property
    def acceptable(self) -> bool:
        """Loads with no invalid block, no Classic block, and is saved back unchanged."""
        return not self.invalid and not self.classic and not self.rewritten

    def names(self) -> list[str]:
        return [b.name for b in self.blocks]

    def explain(self) -> str:
        lines = [f"WordPress {self.release} block editor:"]
        for b in self.blocks:
            flags = [
                *(["INVALID"] if not b.is_valid else []),
                *(["CLASSIC"] if b.freeform else []),
                *(["REWRITTEN: " + b.rewrite] if b.rewritten else []),
            ]
            lines.append(f"  {b.path} {b.name} {'; '.join(flags) or 'ok'}")
            lines.extend(f"      {issue[:400]}" for issue in b.issues)
        if self.rewrite:
            lines.append(f"  document: {self.rewrite}")
        lines.append("--- sent:\n" + self.markup)
        if self.rewritten:
            lines.append("--- the editor would save:\n" + self.saved)
        return "\n".join(lines)


class BlockEditor:
    """One release's block parser and validator, in a Node process kept for many checks."""

    def __init__(self, release: str) -> None:
        if release not in RELEASES:
            raise ValueError(f"no block check for WordPress {release}; have {RELEASES}")
        self.release = release
        self._dir = BLOCKCHECK / f"wp-{release}"
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen[str]:
        node = shutil.which("node")
        if node is None:
            raise BlockCheckUnavailable("node is not installed: run scripts/setup.sh test")
        if not (self._dir / "node_modules" / "@wordpress" / "blocks").is_dir():
            raise BlockCheckUnavailable(f"{self._dir} has no node_modules: run scripts/setup.sh test")
        return subprocess.Popen(
            [node, str(BLOCKCHECK / "check.js"), f"wp-{self.release}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def check_many(self, documents: Mapping[str, str]) -> dict[str, DocumentVerdict]:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._process = self._start()
            process = self._process
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(json.dumps({"documents": dict(documents)}) + "\n")
            process.stdin.flush()
            line = process.stdout.readline()
        if not line:
            error = process.stderr.read() if process.stderr else ""
            raise BlockCheckUnavailable(f"the WordPress {self.release} block check stopped:\n{error[-3000:]}")
        answer = json.loads(line)
        if "error" in answer:
            raise BlockCheckUnavailable(f"the WordPress {self.release} block check failed:\n{answer['error']}")
        return {
            name: _document(self.release, documents[name], report, answer["packages"])
            for name, report in answer["documents"].items()
        }

    def check(self, markup: str) -> DocumentVerdict:
        return self.check_many({"document": markup})["document"]

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            assert process.stdin is not None
            process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()

    def __repr__(self) -> str:
        return f"BlockEditor(WordPress {self.release})"


def _document(release: str, markup: str, report: Mapping[str, Any], packages: Mapping[str, str]) -> DocumentVerdict:
    blocks = tuple(
        BlockVerdict(
            path=b["path"],
            name=b["name"],
            is_valid=b["isValid"],
            issues=tuple(b["issues"]),
            freeform=b["freeform"],
            rewritten=b["rewritten"],
            rewrite=b["rewrite"],
            implied_defaults=b["impliedDefaults"],
        )
        for b in report["blocks"]
    )
    return DocumentVerdict(release, markup, blocks, report["rewritten"], report["rewrite"], report["saved"], packages)
