"""Run every benchmark: `python -m benchmarks [--only NAME ...] [--report]` from the repository root.

Each `benchmarks/bench_*.py` present runs in its own Python process, one after the other, so
one benchmark's caches and memory do not colour the next. The exit status is 0 when every
benchmark met its targets (exited 0), 1 otherwise.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Run every benchmarks/bench_*.py.")
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="run only these (e.g. store render; the bench_ prefix is optional)"
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--report", action="store_true", help="run them and write docs/benchmarks.md")
    parser.add_argument("--out", type=Path, help="with --report: write here instead of docs/benchmarks.md")
    parser.add_argument("--note", default="", help="with --report: a note on the run (e.g. a loaded machine)")
    args = parser.parse_args(argv)

    scripts = discover()
    if args.only:
        wanted = {n.removeprefix("bench_").removesuffix(".py") for n in args.only}
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in wanted]
        missing = wanted - {s.stem.removeprefix("bench_") for s in scripts}
        if missing:
            parser.error(f"no benchmark named {', '.join(sorted(missing))}")
    if args.list:
        for script in scripts:
            print(script.stem)
        return 0

    if args.report:
        from benchmarks.report import DEFAULT_OUT, run_all

        return run_all(scripts, args.out or DEFAULT_OUT, args.note)

    outcomes: list[tuple[str, int, float]] = []
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        began = time.perf_counter()
        code = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        outcomes.append((script.stem, code, time.perf_counter() - began))

    print("\n=== summary ===")
    for name, code, seconds in outcomes:
        verdict = "ok" if code == 0 else f"exit {code}: a target missed, or an error"
        print(f"{name:24} {verdict:40} {seconds:6.1f} s")
    return 0 if all(code == 0 for _, code, _ in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
