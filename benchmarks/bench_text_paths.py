"""Hostile input against normal input of the same length, for every text path.

Run from the repository root:  python -m benchmarks.bench_text_paths [--chars N] [--repeat N]

For each path (word count, slug, search indexing, rendering with the publish format, HTML to
Markdown) and each hostile input (thousands of unclosed "[", "(", "*", "_", backticks, "<",
mixed), it times the path on the hostile text and on seeded English prose of the same length in
the same run and prints both medians and their ratio, then times the hostile text again at twice
the length. Target: doubling the input at most triples the time (linear work doubles it,
quadratic work quadruples it); the report measured 6.3 s and 47 s on such input before.
The ratio to normal text is context: escaped characters and entities cost more than letters.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.results import Case, record  # noqa: E402
from editor_app.core.render import Renderer, html_to_markdown  # noqa: E402
from editor_app.core.store.search import index_text  # noqa: E402
from editor_app.core.text import slugify, text_stats  # noqa: E402

HOSTILE = {
    "[": "[", "(": "(", "[ then (": None, "*": "*", "_": "_", "backtick": "`", "<": "<",
    "x <a": "x <a ", "[a](": "[a](", "*a*": "*a* ", "mixed": "[(*_`<{ ",
}
TARGET_GROWTH = 3.0


def prose(chars: int, seed: int = 2026) -> str:
    rng = random.Random(seed)
    words = "the council said on tuesday that the budget for schools would rise next year".split()
    out: list[str] = []
    size = 0
    while size < chars:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + ". "
        out.append(sentence)
        size += len(sentence)
        if rng.random() < 0.2:
            out.append("\n\n")
    return "".join(out)[:chars]


def hostile(name: str, chars: int) -> str:
    if HOSTILE[name] is None:
        return "[" * (chars // 2) + "(" * (chars - chars // 2)
    return (HOSTILE[name] * chars)[:chars]


def median_time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=40_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    renderer = Renderer()
    paths: dict[str, Callable[[str], object]] = {
        "word count": text_stats,
        "slug": slugify,
        "search index": index_text,
        "render + blocks": lambda t: renderer.publish_html(t, "en"),
        "HTML to Markdown": html_to_markdown,
    }
    normal = prose(args.chars)
    worst = 0.0
    print(f"{'path':18} {'input':10} {'hostile ms':>11} {'normal ms':>10} {'ratio':>6} {'x2 ms':>8} {'growth':>6}")
    for path, fn in paths.items():
        fn(normal)  # warm-up (Markdown instances, parsers)
        base = median_time(fn, normal, args.repeat)
        path_worst: tuple[float, str, float] = (0.0, "", 0.0)  # growth, input, its time
        for name in HOSTILE:
            ours = median_time(fn, hostile(name, args.chars), args.repeat)
            doubled = median_time(fn, hostile(name, 2 * args.chars), args.repeat)
            ratio = ours / base if base else float("inf")
            # Below a millisecond timer noise dominates; such a path is fast whatever its growth.
            growth = doubled / ours if ours > 0.001 else 1.0
            worst = max(worst, growth)
            path_worst = max(path_worst, (growth, name, ours))
            print(f"{path:18} {name:10} {ours * 1000:11.1f} {base * 1000:10.1f} {ratio:6.1f} "
                  f"{doubled * 1000:8.1f} {growth:6.2f}", flush=True)
        growth, name, ours = path_worst
        record(Case("text_paths", f"hostile input: {path}", "ms", ours * 1000, base * 1000, ratio=growth,
                    target=f"time growth ≤ {TARGET_GROWTH} when the input doubles", met=growth <= TARGET_GROWTH,
                    note=f"worst input {name!r} of {args.chars:,} chars; ratio column: growth on doubling"))
    print(f"worst growth when the input doubles: {worst:.2f} (target at most {TARGET_GROWTH})")
    return 0 if worst <= TARGET_GROWTH else 1


if __name__ == "__main__":
    sys.exit(main())
