"""Machine-readable results: each benchmark records its cases here as well as printing them.

When ``COPYDESK_BENCH_RESULTS`` names a file (``python -m benchmarks --report`` sets it), every
`record` call appends one JSON line to it; otherwise `record` does nothing, so a benchmark run
on its own prints exactly what it always printed.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_ENV = "COPYDESK_BENCH_RESULTS"


@dataclass(frozen=True)
class Case:
    bench: str  # the benchmark module's short name, e.g. "store"
    name: str  # the case as the report shows it
    unit: str  # "ms", "s" or "MB"
    ours: float  # our median (or the single figure)
    baseline: float | None = None  # the same-run baseline's median, None when there is none
    ours_p95: float | None = None  # p95 (or p99, see `tail`) where the target needs it
    tail: str = "p95"
    ratio: float | None = None  # ours / baseline (memory: ours − baseline, see `unit`)
    target: str = ""  # the target, in words; empty: shown for context only
    met: bool | None = None  # None: no target
    note: str = ""


def record(case: Case) -> None:
    path = os.environ.get(RESULTS_ENV)
    if not path:
        return
    with Path(path).open("a", encoding="utf-8") as out:
        out.write(json.dumps(asdict(case), ensure_ascii=False) + "\n")


def load(path: Path) -> list[Case]:
    if not path.exists():
        return []
    return [Case(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
