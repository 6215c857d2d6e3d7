"""The PyInstaller bundle against the source install: size, `--version`, time to the window.

Run from the repository root:  python -m benchmarks.bench_bundle [--bundle PATH] [--runs N]

Without --bundle, dist/copydesk/copydesk is used, built first with scripts/bundle.sh when it
is missing (the build time is reported). Each start-up figure is the median of interleaved
runs of the bundle and of the source install (`python -m editor_app` from the virtualenv):
- `--version`: process start to exit;
- time to window: `copydesk demo` offscreen, from process start until its window answers on
  the desk's local socket (the event loop runs, the list is loading), then the process is ended.
- size: the bundle's folder against the run-time distributions of the source install plus
  editor_app/ and resources/ (see source_install_mb).
No target: the figures are reported, with the bundle/source ratio.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.results import Case, record  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def source_install_mb() -> float:
    """What the source install runs on: the files of every distribution `copydesk` needs at run
    time (its requirements, recursively, without extras) plus editor_app/ and resources/. The
    Python interpreter and the system's libraries are counted on neither side."""
    from importlib import metadata

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo, total = ["copydesk"], 0.0
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if name != "copydesk":
            for file in dist.files or ():
                path = Path(str(dist.locate_file(file)))
                if path.is_file() and not path.is_symlink():
                    total += path.stat().st_size
        for spec in dist.requires or ():
            requirement = Requirement(spec)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return total / 1e6 + folder_mb(ROOT / "editor_app") + folder_mb(ROOT / "resources")


def env_for(tmp: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=tmp)
    env.pop("COPYDESK_DATA_DIR", None)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    return env


def time_version(cmd: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([*cmd, "--version"], check=True, capture_output=True, env=env_for(tmp), timeout=60)
        return time.perf_counter() - start


def time_to_window(cmd: list[str]) -> float:
    from PySide6.QtCore import QCoreApplication

    from editor_app.ui.single_instance import send_request, server_name

    QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        proc = subprocess.Popen([*cmd, "demo"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env_for(tmp), start_new_session=True)
        try:
            while proc.poll() is None and time.perf_counter() - start < 120:
                stores = list(Path(tmp).glob("copydesk-demo-*/copydesk.sqlite3"))
                if stores and send_request(server_name(stores[0]), {"action": "activate"}) is not None:
                    return time.perf_counter() - start
                time.sleep(0.02)
            raise RuntimeError(f"{cmd[0]} demo never showed its window")
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
            time.sleep(1)  # the web engine's helpers exit before the next run starts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "copydesk" / "copydesk")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    build_s = None
    if not args.bundle.is_file():
        print("building the bundle with scripts/bundle.sh …", flush=True)
        start = time.perf_counter()
        subprocess.run([str(ROOT / "scripts" / "bundle.sh"), str(args.bundle.parents[1])], check=True)
        build_s = time.perf_counter() - start
    bundle_cmd = [str(args.bundle)]
    source_cmd = [sys.executable, "-m", "editor_app"]
    versions: dict[str, list[float]] = {"bundle": [], "source": []}
    windows: dict[str, list[float]] = {"bundle": [], "source": []}
    time_version(bundle_cmd), time_version(source_cmd)  # warm the file cache
    for _ in range(args.runs):
        for name, cmd in (("bundle", bundle_cmd), ("source", source_cmd)):
            versions[name].append(time_version(cmd))
            windows[name].append(time_to_window(cmd))

    size, source_size = folder_mb(args.bundle.parent), source_install_mb()
    print(f"\nbundle: {args.bundle.parent}" + (f"; built in {build_s:.0f} s" if build_s is not None else ""))
    print(f"{'case (median of ' + str(args.runs) + ')':<28} {'bundle':>10} {'source':>10} {'ratio':>7}")
    print(f"{'size on disk':<28} {size:>7.0f} MB {source_size:>7.0f} MB {size / source_size:>7.2f}")
    for label, data in (("--version", versions), ("time to window (demo)", windows)):
        b, s = statistics.median(data["bundle"]), statistics.median(data["source"])
        print(f"{label:<28} {b * 1000:>8.0f} ms {s * 1000:>7.0f} ms {b / s:>7.2f}")
        record(Case("bundle", f"bundle {label}", "ms", b * 1000, s * 1000, ratio=b / s,
                    note="baseline: the same from source; no target"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
