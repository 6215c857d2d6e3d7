"""Benchmark the sync engine against plain httpx loops on a local WordPress.

Run from the repository root:  python benchmarks/bench_sync.py [--posts 2000] [--push 200]

It starts its own WordPress with scripts/wordpress.sh (stopped at the end) and fills it with
seeded English, Japanese and Korean posts through php-cli (setup is not measured). Then, in the
same run:

* pull: a full `sync` of a fresh desk (account check, terms, every post page by page with
  context=edit, HTML → Markdown, stored with revisions and the search index) against a plain
  httpx loop that GETs and parses the same pages. Target: ratio at most 0.7.
* push: `sync` of 200 new local articles (rendered to block markup, created with bounded
  parallelism, answers stored) against a sequential httpx loop POSTing the same payloads.
  Target: ratio at most 0.5, and every article exactly one post on the site.
* incremental pull: the site grows to `--site-posts` (default 20,000; seeding and the desk's
  first full pull are not measured), 50 posts change on the site, and a desk that holds all
  the others syncs (pull with `modified_after`, then an empty push). Target: under 3 s. The
  same-run baseline is a plain httpx GET of the same changed posts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import keyring
from keyring.backend import KeyringBackend

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.results import Case, record  # noqa: E402
from editor_app.core.desk import Desk  # noqa: E402
from editor_app.core.paths import AppPaths  # noqa: E402
from editor_app.core.services.syncing import sync_site  # noqa: E402
from editor_app.core.sync.mapping import renderer  # noqa: E402
from editor_app.core.sync.wordpress import WordPressClient  # noqa: E402

SCRIPT = REPO / "scripts" / "wordpress.sh"
EN = ("the council said on tuesday that the budget for schools would rise by four percent next year after "
      "months of talks with unions residents and local businesses who warned that cuts to transport would "
      "hurt families across the region").split()
JA = ["市議会は火曜日、来年度の学校予算を4%増やすと発表した。", "組合や住民との数か月にわたる交渉の末に合意した。",
      "当局は3月の採決で計画が可決されると見込んでいる。", "一部の批判者は、この計画では不十分だと主張している。"]
KO = ["시의회는 화요일 내년도 학교 예산을 4% 늘리겠다고 밝혔다.", "노조와 주민과의 수개월에 걸친 협상 끝에 합의했다.",
      "당국은 3월 표결에서 계획이 통과될 것으로 예상한다.", "일부 비판론자들은 이 계획이 충분하지 않다고 주장한다."]


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


def article_text(rng: random.Random, n: int) -> tuple[str, str, str]:
    """(lang, title, Markdown body) of realistic length: 4–12 paragraphs, some headings and lists."""
    lang = rng.choices(("en", "ja", "ko"), weights=(5, 3, 2))[0]

    def sentence() -> str:
        if lang == "en":
            words = [rng.choice(EN) for _ in range(rng.randint(8, 20))]
            return " ".join(words).capitalize() + "."
        return rng.choice(JA if lang == "ja" else KO)

    paras = []
    for i in range(rng.randint(4, 12)):
        if i and i % 4 == 0:
            paras.append("## " + sentence().rstrip(".。"))
        if rng.random() < 0.15:
            paras.append("\n".join(f"- {sentence()}" for _ in range(3)))
        paras.append(f"*{sentence()}* " + " ".join(sentence() for _ in range(rng.randint(1, 4))))
    title = f"{sentence()[:60]} #{n}"
    return lang, title, "\n\n".join(paras)


def start_wordpress(work: Path) -> dict:
    creds = work / "wp.json"
    subprocess.run(["bash", str(SCRIPT), "start", "-d", str(work / "wp"), "-o", str(creds), "-p", "auto"],
                   check=True, stdout=subprocess.DEVNULL)
    return json.loads(creds.read_text(encoding="utf-8"))


PULL_TARGET, PUSH_TARGET, INCREMENTAL_TARGET_S, CHANGED = 0.7, 0.5, 3.0, 50


def seed_posts(work: Path, count: int, rng: random.Random, first: int = 0) -> None:
    """Insert posts with WordPress's own wp_insert_post through php-cli (not measured). They
    are dated a day back, so an incremental pull later sees only what changes after."""
    rows = []
    for n in range(first, first + count):
        lang, title, body = article_text(rng, n)
        rows.append({"title": title, "content": renderer().publish_html(body, lang),  # type: ignore[attr-defined]
                     "status": rng.choice(("publish", "publish", "draft", "pending"))})
    data = work / "posts.json"
    data.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    php = f"""<?php
define('WP_USE_THEMES', false);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '{work / "wp" / "docroot" / "wp-load.php"}';
wp_defer_term_counting(true);
wp_suspend_cache_invalidation(true);
foreach (json_decode(file_get_contents('{data}'), true) as $p) {{
  wp_insert_post(['post_title' => $p['title'], 'post_content' => $p['content'], 'post_status' => $p['status'],
                  'post_author' => 2, 'post_category' => [1]], true);
}}
$wpdb->query("UPDATE $wpdb->posts SET post_modified = post_modified - INTERVAL 1 DAY,
              post_modified_gmt = post_modified_gmt - INTERVAL 1 DAY");
"""
    script = work / "seed.php"
    script.write_text(php, encoding="utf-8")
    subprocess.run(["php", "-d", "memory_limit=1G", str(script)], check=True, stdout=subprocess.DEVNULL)


def open_desk(path: Path, creds: dict) -> Desk:
    desk = Desk.open(AppPaths.resolve(path))
    user = creds["users"]["editor"]
    desk.sites.add("bench", creds["base_url"], user["username"], user["app_password"])
    return desk


def bench_pull(work: Path, creds: dict, rounds: int) -> tuple[float, float, int]:
    user = creds["users"]["editor"]
    ours, base, pulled = [], [], 0
    for r in range(rounds):
        desk = open_desk(work / f"pull-desk-{r}", creds)
        started = time.perf_counter()
        report = sync_site(desk, "bench", claim_unassigned=False)
        ours.append(time.perf_counter() - started)
        pulled = report.pull.created
        desk.close()

        started = time.perf_counter()
        with httpx.Client(auth=(user["username"], user["app_password"]), timeout=60) as http:
            page, pages = 1, 1
            while page <= pages:
                response = http.get(creds["base_url"] + "/wp-json/wp/v2/posts", params={
                    "context": "edit", "status": "any", "per_page": 100, "orderby": "modified", "order": "asc",
                    "page": page})
                response.raise_for_status()
                response.json()
                pages = int(response.headers["X-WP-TotalPages"])
                page += 1
        base.append(time.perf_counter() - started)
    return statistics.median(ours), statistics.median(base), pulled


def bench_push(work: Path, creds: dict, count: int, rng: random.Random) -> tuple[float, float, int]:
    user = creds["users"]["editor"]
    texts = [article_text(rng, n) for n in range(count)]
    desk = open_desk(work / "push-desk", creds)
    ids = [desk.articles.create(f"Push {title}", body=body, lang=lang).id for lang, title, body in texts]
    started = time.perf_counter()
    report = sync_site(desk, "bench", claim_unassigned=True, pull_first=False)
    ours = time.perf_counter() - started
    assert report.ok and report.push.created == count, report.summary()

    payloads = [{"title": f"Raw {title}", "content": renderer().publish_html(body, lang),  # type: ignore[attr-defined]
                 "status": "draft"} for lang, title, body in texts]
    started = time.perf_counter()
    with httpx.Client(auth=(user["username"], user["app_password"]), timeout=60) as http:
        for payload in payloads:
            http.post(creds["base_url"] + "/wp-json/wp/v2/posts", json=payload).raise_for_status()
    base = time.perf_counter() - started

    client = WordPressClient(creds["base_url"], user["username"], user["app_password"])
    try:
        duplicates = sum(1 for i in ids if len(client.find_posts_by_marker(i)) != 1)
    finally:
        client.close()
    desk.close()
    return ours, base, duplicates


def run_php(work: Path, body: str) -> None:
    script = work / "step.php"
    script.write_text(f"""<?php
define('WP_USE_THEMES', false);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '{work / "wp" / "docroot" / "wp-load.php"}';
{body}
""", encoding="utf-8")
    subprocess.run(["php", "-d", "memory_limit=1G", str(script)], check=True, stdout=subprocess.DEVNULL)


def bench_incremental(work: Path, creds: dict, have: int, site_posts: int, rng: random.Random) -> tuple[
    float, float, int
]:
    """(ours s, baseline s, posts pulled) for an incremental sync after
    CHANGED posts changed on a site of `site_posts` posts."""
    if site_posts > have:
        seed_posts(work, site_posts - have, rng, first=have)
    desk = open_desk(work / "incremental-desk", creds)
    sync_site(desk, "bench", claim_unassigned=False)  # the first, full pull: not measured
    time.sleep(1.1)  # WordPress dates have whole seconds
    run_php(work, f"""foreach (get_posts(['numberposts' => {CHANGED}, 'post_status' => 'any', 'orderby' => 'ID',
    'order' => 'ASC', 'fields' => 'ids']) as $id) {{
  wp_update_post(['ID' => $id, 'post_title' => get_the_title($id) . ' (updated)']);
}}""")
    started = time.perf_counter()
    report = sync_site(desk, "bench", claim_unassigned=False)
    ours = time.perf_counter() - started
    pulled = report.pull.created + report.pull.updated
    if not report.ok:  # a figure from a sync that failed is no figure: say so in the report
        print(f"incremental sync did not finish: {report.summary()}", flush=True)
        pulled = -1
    desk.close()
    user = creds["users"]["editor"]
    since = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - 120))
    started = time.perf_counter()
    with httpx.Client(auth=(user["username"], user["app_password"]), timeout=60) as http:
        response = http.get(creds["base_url"] + "/wp-json/wp/v2/posts", params={
            "context": "edit", "status": "any", "per_page": 100, "modified_after": since})
        response.raise_for_status()
        response.json()
    base = time.perf_counter() - started
    return ours, base, pulled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--push", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--site-posts", type=int, default=20_000, help="site size for the incremental pull")
    args = parser.parse_args(argv)
    rng = random.Random(2026)
    keyring.set_keyring(_MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-sync-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        creds = start_wordpress(work)
        try:
            seed_posts(work, args.posts, rng)
            print(f"setup: WordPress + {args.posts} posts in {time.perf_counter() - t0:.1f} s (not measured)")
            pull_ours, pull_base, pulled = bench_pull(work, creds, args.rounds)
            push_ours, push_base, duplicates = bench_push(work, creds, args.push, rng)
            inc_ours, inc_base, inc_pulled = bench_incremental(
                work, creds, args.posts + 2 * args.push, args.site_posts, rng)
        finally:
            subprocess.run(["bash", str(SCRIPT), "stop", "-d", str(work / "wp")], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pull_ratio, push_ratio = pull_ours / pull_base, push_ours / push_base
    print(f"{'benchmark':<34}{'copydesk (s)':>14}{'httpx loop (s)':>16}{'ratio':>8}  target")
    print(f"{f'pull {pulled} posts':<34}{pull_ours:>14.2f}{pull_base:>16.2f}{pull_ratio:>8.2f}  <= {PULL_TARGET}")
    print(f"{f'push {args.push} new articles':<34}{push_ours:>14.2f}{push_base:>16.2f}{push_ratio:>8.2f}  "
          f"<= {PUSH_TARGET}")
    inc_name = f"incremental pull, {CHANGED} changed of {args.site_posts:,}"
    print(f"{inc_name:<34}{inc_ours:>14.2f}{inc_base:>16.2f}{inc_ours / inc_base:>8.2f}  "
          f"< {INCREMENTAL_TARGET_S:g} s ({inc_pulled} pulled)")
    print(f"duplicates on the site after the push: {duplicates}")
    pull_ok, push_ok = pull_ratio <= PULL_TARGET, push_ratio <= PUSH_TARGET and duplicates == 0
    inc_ok = inc_ours < INCREMENTAL_TARGET_S and inc_pulled >= CHANGED
    record(Case("sync", f"pull {pulled:,} posts", "s", pull_ours, pull_base, ratio=pull_ratio,
                target=f"ratio ≤ {PULL_TARGET}", met=pull_ok,
                note=f"median of {args.rounds}; baseline: sequential httpx page loop"))
    record(Case("sync", f"push {args.push} new articles", "s", push_ours, push_base, ratio=push_ratio,
                target=f"ratio ≤ {PUSH_TARGET}, no duplicates", met=push_ok,
                note=f"baseline: sequential POSTs; {duplicates} duplicates"))
    record(Case("sync", inc_name + " posts", "s", inc_ours, inc_base, ratio=inc_ours / inc_base,
                target=f"< {INCREMENTAL_TARGET_S:g} s", met=inc_ok,
                note=(f"{inc_pulled} posts pulled" if inc_pulled >= 0 else "the timed sync failed: no valid figure")
                + "; baseline: one httpx GET of the changed posts"))
    ok = pull_ok and push_ok and inc_ok
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.pop("COPYDESK_DATA_DIR", None)
    raise SystemExit(main())
