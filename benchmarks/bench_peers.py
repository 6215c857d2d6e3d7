"""The desk beside two other Markdown editors with a live preview, on the same 5,000-word article.

Run from the repository root:  python -m benchmarks.bench_peers  [--words N] [--runs N]

Each program starts under its own Xvfb display with a fresh home folder, opening the same
article with its preview showing: Copydesk (`copydesk open ID`), ReText (`retext --preview FILE`)
and ghostwriter (its HTML preview switched on in its settings). For each run it reports:
- time to window: from the spawn to the first visible top-level window of the process (xdotool);
- time to settled: from the spawn until the whole process tree, its window shown, has used at
  most 30 ms of CPU over a second (a blinking caret and idle timers): the page and its preview
  are laid out by then (the exact keystroke-to-preview figures are in bench_preview);
- peak memory: peak PSS of the whole process tree (web-engine helpers included) until then.
Medians over the runs; programs interleaved. The peers are Debian packages (`retext`,
`ghostwriter`); a missing one is reported as not installed. No target: this is for context.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_ui import long_read_text, tree_pids, tree_pss_kb  # noqa: E402
from benchmarks.results import Case, record  # noqa: E402

SETTLE_S = 1.0
QUIET_TICKS = 3  # CPU clock ticks (1/100 s) a settled tree may still use per second: caret, timers
LIMIT_S = 90.0


def _tree_cpu_ticks(root: int) -> int:
    """User + system clock ticks of a process and all its descendants."""
    total = 0
    for pid in tree_pids(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, ValueError, IndexError):
            continue
    return total


def _has_window(display: str, pid: int) -> bool:
    done = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                          capture_output=True, text=True, env={**os.environ, "DISPLAY": display})  # fmt: skip
    return done.returncode == 0 and bool(done.stdout.strip())


def measure(command: list[str], env: dict[str, str], display: str) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # fmt: skip
    window_at = settled_at = 0.0
    peak_kb = 0
    samples: list[tuple[float, int]] = []
    try:
        while time.perf_counter() - start < LIMIT_S and proc.poll() is None:
            now = time.perf_counter()
            own, helpers = tree_pss_kb(proc.pid)
            peak_kb = max(peak_kb, own + helpers)
            if not window_at and _has_window(display, proc.pid):
                window_at = now - start
            samples.append((now, _tree_cpu_ticks(proc.pid)))
            old = [(t, ticks) for t, ticks in samples if now - t >= SETTLE_S]
            if window_at and old and samples[-1][1] - old[-1][1] <= QUIET_TICKS:
                settled_at = old[-1][0] - start
                break
            time.sleep(0.05)
    finally:
        try:
            os.killpg(proc.pid, 9)
        except ProcessLookupError:
            pass
        proc.wait()
    return {"window": window_at, "settled": settled_at, "peak_mb": peak_kb / 1024}


def _home(root: Path) -> dict[str, str]:
    root.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "COPYDESK_"))}
    env.update(HOME=str(root), XDG_CONFIG_HOME=str(root / ".config"), XDG_DATA_HOME=str(root / ".local/share"),
               XDG_CACHE_HOME=str(root / ".cache"), XDG_RUNTIME_DIR=str(root / "run"))  # fmt: skip
    (root / "run").mkdir(mode=0o700, exist_ok=True)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        print("skipped: Xvfb and xdotool are needed (apt install xvfb xdotool)")
        return 0

    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths

    tmp = Path(tempfile.mkdtemp(prefix="copydesk-bench-peers-"))
    display = ":" + str(90 + os.getpid() % 100)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(1.0)
        text = long_read_text(args.words)
        article_file = tmp / "harbour-long-read.md"
        article_file.write_text("# Harbour long read\n\n" + text, encoding="utf-8")
        desk = Desk.open(AppPaths.resolve(tmp / "desk"))
        article_id = desk.articles.create("Harbour long read", body=text, lang="en").id
        desk.close()

        def ours(run: int) -> tuple[list[str], dict[str, str]]:
            env = _home(tmp / f"home-copydesk-{run}")
            return [sys.executable, "-m", "editor_app", "--data-dir", str(tmp / "desk"), "open", article_id], env

        def retext(run: int) -> tuple[list[str], dict[str, str]]:
            return ["retext", "--preview", str(article_file)], _home(tmp / f"home-retext-{run}")

        def ghostwriter(run: int) -> tuple[list[str], dict[str, str]]:
            env = _home(tmp / f"home-ghostwriter-{run}")
            conf = Path(env["XDG_CONFIG_HOME"]) / "ghostwriter" / "ghostwriter.conf"
            conf.parent.mkdir(parents=True, exist_ok=True)
            conf.write_text("[Preview]\nhtmlPreviewOpen=true\n", encoding="utf-8")
            return ["ghostwriter", str(article_file)], env

        programs: dict[str, Callable[[int], tuple[list[str], dict[str, str]]]] = {
            "Copydesk": ours, "ReText": retext, "ghostwriter": ghostwriter,
        }  # fmt: skip
        results: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
        missing = {name for name, make in programs.items() if not shutil.which(make(0)[0][0])}
        for run in range(args.runs):
            for name, make in programs.items():
                if name in missing:
                    continue
                command, env = make(run)
                env["DISPLAY"] = display
                env["QT_QPA_PLATFORM"] = "xcb"
                results[name].append(measure(command, env, display))
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"peers on one {args.words:,}-word article, median of {args.runs} runs under Xvfb")
    print(f"{'program':<14}{'to window':>12}{'to settled':>12}{'peak memory':>14}")
    for name, runs in results.items():
        if name in missing:
            print(f"{name:<14}  not installed (apt install {name.lower()})")
            continue
        window = statistics.median(r["window"] for r in runs) * 1000
        settled = statistics.median(r["settled"] for r in runs) * 1000
        peak = statistics.median(r["peak_mb"] for r in runs)
        print(f"{name:<14}{window:>9.0f} ms{settled:>9.0f} ms{peak:>11.0f} MB")
        record(Case("peers", f"{name}: time to window, {args.words:,}-word article", "ms", window,
                    note=f"settled (≤ {QUIET_TICKS * 10} ms CPU in {SETTLE_S:g} s) after {settled:.0f} ms; "
                         f"peak PSS {peak:.0f} MB; median of {args.runs} runs under Xvfb"))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
