"""Ten desks, one site: ten desk processes (four editors, four authors, two contributors, each
with its own store and account) edit, schedule and publish an overlapping set of 50 articles on
one real WordPress, with random pauses, for a while; then each settles its conflicts and pulls.

What must hold afterwards: no post doubled; no edit lost (every edit's token is on the site, or
was dropped by a decision someone took in a conflict they saw, or is still on its desk waiting);
every post equals the text some desk holds, and every desk with nothing waiting agrees with it;
at least the sure overlap (all editors editing one story before their first sync) surfaced as
conflicts; no command crashed; every store passes SQLite's integrity check.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from desk_worker import tokens
from sync_support import cli_env

from editor_app.core.paths import AppPaths

HERE = Path(__file__).resolve().parent
ROLES = ["editor"] * 4 + ["author"] * 4 + ["contributor"] * 2
TITLES_PER_ROLE = {"editor": 10, "author": 2, "contributor": 1}  # 40 + 8 + 2 = 50 articles
WORK_SECONDS = 90
HEADLINES = ("Harbour budget vote", "港湾予算の採決", "항만 예산 표결")


def _admin(site: Any) -> httpx.Client:
    admin = site.user("admin")
    return httpx.Client(base_url=site.rest_url.rstrip("/") + "/", auth=(admin.username, admin.app_password), timeout=60)


def _make_accounts(site: Any, tag: str) -> list[dict[str, Any]]:
    """Ten WordPress users with their application passwords, made through the REST API."""
    accounts = []
    with _admin(site) as api:
        for n, role in enumerate(ROLES):
            name = f"{tag.lower()}-{role}-{n}"
            user = {"username": name, "email": f"{name}@example.com", "password": uuid.uuid4().hex, "roles": [role]}
            made = api.post("wp/v2/users", json=user)
            made.raise_for_status()
            app = api.post(f"wp/v2/users/{made.json()['id']}/application-passwords", json={"name": "ten-desks"})
            app.raise_for_status()
            accounts.append({"role": role, "username": name, "app_password": app.json()["password"]})
    return accounts


def _site_posts(site: Any, tag: str) -> list[dict[str, Any]]:
    posts: list[dict[str, Any]] = []
    with _admin(site) as api:
        page = 1
        while True:
            got = api.get("wp/v2/posts", params={"status": "any", "context": "edit", "per_page": 100,
                                                 "page": page, "search": tag})  # fmt: skip
            got.raise_for_status()
            posts += [p for p in got.json() if p["title"]["raw"].startswith(tag)]
            if page >= int(got.headers.get("X-WP-TotalPages", "1")):
                return posts
            page += 1


def _run_phase(configs: list[Path], phase: str, *, parallel: bool, stdin: dict[Path, str] | None = None) -> None:
    def one(config: Path) -> subprocess.CompletedProcess[str]:
        # each desk its own keychain file: ten processes writing one file at once would race
        env = cli_env(config.parent, config.parent / "keyring.json")
        return subprocess.run([sys.executable, str(HERE / "desk_worker.py"), str(config), phase],
                              input=(stdin or {}).get(config, ""), capture_output=True, text=True, env=env,
                              timeout=WORK_SECONDS + 900)  # fmt: skip

    if parallel:
        with ThreadPoolExecutor(len(configs)) as pool:
            done = list(pool.map(one, configs))
    else:
        done = [one(c) for c in configs]
    for config, result in zip(configs, done, strict=True):
        assert result.returncode == 0, f"{config.parent.name} {phase}: {result.stderr[-3000:]}"


def _says_why(entry: dict[str, Any]) -> bool:
    """A refused command says why: on stderr, or (with --json) in the failures or findings it prints
    (a publish prints the sync that sent it under "sync")."""
    if entry["rc"] not in (1, 3) or "Traceback" in entry["stderr"] + entry.get("stdout", ""):
        return False
    if entry["stderr"].strip():
        return True
    try:
        data = json.loads(entry.get("stdout") or "null")
    except ValueError:
        return False
    items = data if isinstance(data, list) else [data]
    items += [item["sync"] for item in items if isinstance(item, dict) and isinstance(item.get("sync"), dict)]
    reasons = [f.get("message") for item in items if isinstance(item, dict)
               for f in item.get("failures", []) + item.get("findings", [])]  # fmt: skip
    stopped = [item for item in items if isinstance(item, dict) and item.get("state") not in (None, "online")]
    reasons += [item.get("message") for item in stopped]  # offline or paused: the report says why
    return bool(reasons) and all(reasons)


def _journal(data_dir: Path) -> list[dict[str, Any]]:
    path = data_dir / "journal.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()] if path.exists() else []


@pytest.mark.timeout(1800)
def test_ten_desks_on_one_site_lose_nothing_and_double_nothing(wp_site, tmp_path: Path, remember_secret) -> None:
    if not wp_site.wp_version.startswith("6.8."):
        pytest.skip("ten desks test the desk's concurrency, not the site: they run on the main target, WordPress 6.8")
    tag = f"TD{uuid.uuid4().hex[:6].upper()}"
    accounts = _make_accounts(wp_site, tag)
    for account in accounts:
        remember_secret(account["app_password"])

    configs: list[Path] = []
    number = 0
    passwords: dict[Path, str] = {}
    all_titles: list[str] = []
    for n, account in enumerate(accounts):
        titles = []
        for _ in range(TITLES_PER_ROLE[account["role"]]):
            lang = ("en", "ja", "ko")[number % 3]
            titles.append((f"{tag} {number:02d} {HEADLINES[number % 3]}", lang))
            number += 1
        all_titles += [t for t, _ in titles]
        data_dir = tmp_path / f"desk-{n}"
        data_dir.mkdir()
        config = data_dir / "config.json"
        config.write_text(json.dumps({
            "desk": n, "role": account["role"], "data_dir": str(data_dir), "site_url": wp_site.base_url,
            "username": account["username"], "seed": n * 7919,
            "seconds": WORK_SECONDS, "titles": titles, "own_titles": [t for t, _ in titles], "run_tag": tag,
            "hot_title": f"{tag} 00 {HEADLINES[0]}",
        }, ensure_ascii=False), "utf-8")  # fmt: skip
        configs.append(config)
        passwords[config] = account["app_password"] + "\n"
    assert len(configs) == 10 and len(all_titles) == 50

    _run_phase(configs, "create", parallel=True, stdin=passwords)
    _run_phase(configs, "sync", parallel=True)  # everyone sees all fifty before the storm
    _run_phase(configs, "work", parallel=True)
    _run_phase(configs, "settle", parallel=False)
    _run_phase(configs, "final", parallel=False)

    journals = [_journal(c.parent) for c in configs]
    entries = [e for j in journals for e in j]
    crashes = [e for e in entries if e["kind"] == "crash"]
    assert not crashes, crashes[0]["traceback"]
    unclear = [e for e in entries if e["kind"] == "failed" and not _says_why(e)]
    assert not unclear, unclear[:3]

    # No post doubled, none missing.
    posts = _site_posts(wp_site, tag)
    titles_on_site = Counter(p["title"]["raw"] for p in posts)
    assert {t for t, c in titles_on_site.items() if c > 1} == set(), "posts doubled on the site"
    assert set(titles_on_site) == set(all_titles)
    on_site = {p["title"]["raw"]: tokens(p["content"]["raw"]) for p in posts}

    # No edit lost.
    finals = [next(e for e in reversed(j) if e["kind"] == "final") for j in journals]
    dropped: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        if e["kind"] == "conflict":
            dropped[e["title"]].update(e["dropped"])
    waiting: dict[str, set[str]] = defaultdict(set)
    for f in finals:
        for title, state in f["articles"].items():
            if state["dirty"] or title in f["open_conflicts"]:
                waiting[title].update(state["tokens"])
    edits = [e for e in entries if e["kind"] == "edit"]
    assert len(edits) >= 50, f"only {len(edits)} edits in {WORK_SECONDS} s: the storm was too quiet to prove much"
    lost = [e for e in edits if e["token"] not in set(on_site[e["title"]]) | dropped[e["title"]] | waiting[e["title"]]]
    assert not lost, f"{len(lost)} edits lost without anyone deciding so, e.g. {lost[:3]}"

    # Every post is a version some desk holds; every desk with nothing waiting agrees with the site.
    for title in all_titles:
        held = [f["articles"][title]["tokens"] for f in finals if title in f["articles"]]
        assert on_site[title] in held, f"{title}: the site holds a text no desk has"
        for f in finals:
            state = f["articles"].get(title)
            if state and not state["dirty"] and title not in f["open_conflicts"]:
                assert state["tokens"] == on_site[title], f"desk {f['desk']} disagrees with the site on {title}"

    # The sure overlap surfaced: three of the four editors lost the race for the hot story.
    conflicts = [e for e in entries if e["kind"] == "conflict"]
    hot = f"{tag} 00 {HEADLINES[0]}"
    assert len({e["desk"] for e in conflicts if e["title"] == hot}) >= 3

    for config in configs:
        store = AppPaths.resolve(config.parent).store_file
        with sqlite3.connect(store) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    summary = (
        f"ten desks: {len(edits)} edits, {len(conflicts)} conflicts seen and decided, "
        f"{sum(e['kind'] == 'publish' for e in entries)} publish requests, "
        f"{sum(e['kind'] == 'failed' for e in entries)} refused commands with a message, {len(posts)} posts"
    )
    print(summary)
    (tmp_path / "summary.txt").write_text(summary, "utf-8")
