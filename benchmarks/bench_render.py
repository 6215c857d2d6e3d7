"""Benchmark the rendering pipeline against a bare ``markdown.markdown()`` call.

Run from the repository root:  python benchmarks/bench_render.py [--repeat N]

For seeded 5,000- and 50,000-word articles (mixed English, Japanese and Korean prose with
headings, lists, links and emphasis) it times the whole preview pipeline (Markdown with Copydesk's
extensions, sanitising, page template) and ``markdown.markdown(text)`` on the same text in the
same run, and prints both medians and their ratio. Target: ratio at most 1.3.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import markdown

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.results import Case, record  # noqa: E402
from editor_app.core.render import PreviewArticle, Renderer  # noqa: E402

EN_WORDS = (
    "the council said on tuesday that the budget for schools would rise by four percent next year "
    "after months of negotiations with unions residents and local businesses who had warned that "
    "cuts to transport services would hurt families across the region officials expect the plan "
    "to pass when members vote in march although several critics argue it does not go far enough"
).split()
JA_SENTENCES = [
    "市議会は火曜日、来年度の学校予算を4%増やすと発表した。",
    "組合や住民、地元企業との数か月にわたる交渉の末に合意に至った。",
    "交通サービスの削減は地域の家族に打撃を与えると警告されていた。",
    "当局は3月の採決で計画が可決されると見込んでいる。",
    "一部の批判者は、この計画では不十分だと主張している。",
]
KO_SENTENCES = [
    "시의회는 화요일 내년도 학교 예산을 4% 늘리겠다고 밝혔다.",
    "노조와 주민, 지역 기업과의 수개월에 걸친 협상 끝에 합의가 이뤄졌다.",
    "교통 서비스 축소가 지역 가정에 타격을 줄 것이라는 경고가 나왔다.",
    "당국은 3월 표결에서 계획이 통과될 것으로 예상하고 있다.",
    "일부 비판론자들은 이 계획이 충분하지 않다고 주장한다.",
]


def _english_sentence(rng: random.Random) -> str:
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(8, 20))]
    k = rng.randrange(len(words))
    style = rng.random()
    if style < 0.15:
        words[k] = f"*{words[k]}*"
    elif style < 0.25:
        words[k] = f"**{words[k]}**"
    elif style < 0.35:
        words[k] = f"[{words[k]}](https://example.com/news/{rng.randint(1, 9999)})"
    elif style < 0.45:
        words[k] = f'"{words[k]}"'
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        return " ".join(_english_sentence(rng) for _ in range(rng.randint(2, 5)))
    if kind < 0.8:
        return "".join(rng.choice(JA_SENTENCES) for _ in range(rng.randint(2, 6)))
    return " ".join(rng.choice(KO_SENTENCES) for _ in range(rng.randint(2, 6)))


def make_article(words: int, seed: int) -> str:
    """A deterministic article of roughly ``words`` words (CJK sentences count ~10 words each)."""
    rng = random.Random(seed)
    blocks: list[str] = []
    count = 0
    while count < words:
        roll = rng.random()
        if roll < 0.08:
            block = f"## {_english_sentence(rng).rstrip('.')}"
        elif roll < 0.16:
            block = "\n".join(f"- {_english_sentence(rng)}" for _ in range(rng.randint(2, 5)))
        elif roll < 0.2:
            block = "\n".join(f"{i}. {rng.choice(JA_SENTENCES)}" for i in range(1, rng.randint(3, 6)))
        elif roll < 0.24:
            block = "> " + _english_sentence(rng)
        else:
            block = _paragraph(rng)
        blocks.append(block)
        count += len(block.split()) + 10 * (block.count("。") + block.count("다."))
    return "\n\n".join(blocks) + "\n"


def _paired_medians(ours: object, base: object, repeat: int) -> tuple[float, float]:
    """Median seconds of each, measured in alternating runs with the collector run beforehand,
    so a busy machine or a garbage collection weighs on both sides alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, bucket in ((ours, times[0]), (base, times[1])):
            gc.collect()
            start = time.perf_counter()
            fn()  # type: ignore[operator]
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=0, help="runs per case (default: 31 / 11)")
    args = parser.parse_args(argv)
    renderer = Renderer()
    stamp = datetime(2025, 3, 5, 9, 30, tzinfo=UTC)
    print(f"{'case':<18}{'pipeline (ms)':>15}{'markdown() (ms)':>17}{'ratio':>8}")
    worst = 0.0
    for words, seed, default_repeat in ((5_000, 5, 31), (50_000, 50, 11)):
        text = make_article(words, seed)
        for lang in ("en", "ja"):
            article = PreviewArticle(
                title="Council backs school budget", dek="A four percent rise", body=text,
                byline="Jane Doe", lang=lang, section="Local", tags=("education", "budget"),
                published_at=stamp, updated_at=stamp, reading_minutes=words // 230,
            )
            repeat = args.repeat or default_repeat
            renderer.preview_html(article)  # warm up both paths once
            markdown.markdown(text)
            ours, base = _paired_medians(
                lambda a=article: renderer.preview_html(a, UTC), lambda t=text: markdown.markdown(t), repeat
            )
            ratio = ours / base
            worst = max(worst, ratio)
            print(f"{f'{words:,} words {lang}':<18}{ours * 1000:>15.1f}{base * 1000:>17.1f}{ratio:>8.2f}")
            record(Case("render", f"preview pipeline, {words:,} words {lang}", "ms", ours * 1000, base * 1000,
                        ratio=ratio, target="ratio ≤ 1.3 (bare markdown())", met=ratio <= 1.3))
    print(f"worst ratio {worst:.2f} (target <= 1.30)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
