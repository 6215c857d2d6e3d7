"""The command-line contract, run as a user runs it: a real process on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "desk"
    assert run(d, "init").returncode == 0
    return d


def test_commands_need_an_initialised_store(tmp_path: Path) -> None:
    r = run(tmp_path / "nowhere", "article", "list")
    assert r.returncode == 2
    assert "copydesk init" in r.stderr
    assert not (tmp_path / "nowhere" / "copydesk.sqlite3").exists()


def test_environment_variable_selects_the_data_folder(tmp_path: Path) -> None:
    env = {**os.environ, "COPYDESK_DATA_DIR": str(tmp_path / "env-desk")}
    r = subprocess.run([sys.executable, "-m", "editor_app", "init"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env-desk" / "copydesk.sqlite3").exists()


def test_article_lifecycle(data: Path) -> None:
    body = "## 開票\n\n東京都知事選の投票率は過去最低。\n"
    r = run(
        data,
        "article",
        "new",
        "--title",
        "東京都知事選",
        "--lang",
        "ja",
        "--section",
        "politics",
        "--tags",
        "選挙,東京",
        "--body-file",
        "-",
        stdin=body,
    )
    assert r.returncode == 0, r.stderr
    art_id = r.stdout.strip().splitlines()[-1]
    assert len(art_id) == 36

    shown = json.loads(run(data, "article", "show", art_id, "--json").stdout)
    assert shown["title"] == "東京都知事選"
    assert shown["body"] == body
    assert shown["sections"] == ["politics"]
    assert sorted(shown["tags"]) == ["東京", "選挙"]

    listed = json.loads(run(data, "article", "list", "--json", "--lang", "ja").stdout)
    assert [(a["id"], a["title"]) for a in listed] == [(art_id, "東京都知事選")]
    assert json.loads(run(data, "article", "list", "--json", "--lang", "ko").stdout) == []

    found = json.loads(run(data, "search", "投票率", "--json").stdout)
    assert [a["id"] for a in found] == [art_id]

    assert run(data, "article", "edit", art_id[:8], "--title", "東京都知事選、結果").returncode == 0
    history = json.loads(run(data, "article", "history", art_id, "--json").stdout)
    assert [h["reason"] for h in history] == ["manual", "created"]
    assert run(data, "article", "restore", art_id, str(history[-1]["id"])).returncode == 0
    assert json.loads(run(data, "article", "show", art_id, "--json").stdout)["title"] == "東京都知事選"

    assert run(data, "article", "delete", art_id).returncode == 0
    assert json.loads(run(data, "article", "list", "--json").stdout) == []
    assert len(json.loads(run(data, "article", "list", "--status", "trash", "--json").stdout)) == 1


def test_terms_from_the_command_line(data: Path) -> None:
    assert run(data, "section", "add", "Elections", "--parent", "politics").returncode == 0
    sections = json.loads(run(data, "section", "list", "--json").stdout)
    assert {"id", "title", "slug"} <= set(sections[0])
    r = run(data, "article", "new", "--title", "Vote", "--section", "elections", "--tags", "election")
    art = r.stdout.strip().splitlines()[-1]
    assert run(data, "tag", "add", "elections").returncode == 0
    assert run(data, "tag", "merge", "election", "--into", "elections").returncode == 0
    assert json.loads(run(data, "article", "show", art, "--json").stdout)["tags"] == ["elections"]
    assert run(data, "section", "delete", "elections", "--reassign", "news").returncode == 0
    assert json.loads(run(data, "article", "show", art, "--json").stdout)["sections"] == ["news"]
    r = run(data, "section", "move", "politics", "--parent", "politics")
    assert r.returncode == 2 and "under itself" in r.stderr


def test_exit_codes(data: Path) -> None:
    assert run(data, "article", "show", "0000000000").returncode == 1  # not found
    assert run(data, "no-such-command").returncode == 2  # bad usage
    assert run(data, "article", "new").returncode == 2  # missing --title
    r = run(data, "article", "new", "--title", "x", "--body-file", str(data / "missing.md"))
    assert r.returncode == 2 and "missing.md" in r.stderr
    r = run(data, "article", "new", "--title", "x", "--lang", "english!")
    assert r.returncode == 2 and "language" in r.stderr


def test_import_export_round_trip_and_bad_files(data: Path, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: 서울 시장 선거\nlang: ko\nsection: politics\n---\n본문.\n", "utf-8")
    assert run(data, "import", str(src)).returncode == 0
    assert run(data, "export", str(tmp_path / "out")).returncode == 0
    exported = list((tmp_path / "out").glob("*.md"))
    assert len(exported) == 1 and "서울 시장 선거" in exported[0].read_text("utf-8")

    (src / "b.md").write_text("---\ntitle: x\nsectoin: typo\n---\n", "utf-8")
    r = run(data, "import", str(src / "b.md"))
    assert r.returncode == 2
    assert f"{src / 'b.md'}:3" in r.stderr


def test_corrupt_store_exit_code_two_and_untouched(tmp_path: Path) -> None:
    d = tmp_path / "desk"
    d.mkdir()
    store = d / "copydesk.sqlite3"
    store.write_bytes(b"this is not a database" * 10)
    r = run(d, "article", "list")
    assert r.returncode == 2
    assert str(store) in r.stderr
    assert store.read_bytes() == b"this is not a database" * 10
    r = run(d, "init")
    assert r.returncode == 2
    assert store.read_bytes() == b"this is not a database" * 10


def test_render_prints_the_sanitised_preview(data: Path) -> None:
    body = "## 開票\n\n投票率は**過去最低**。<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n"
    r = run(data, "article", "new", "--title", "<b>東京</b>都知事選", "--lang", "ja", "--section", "politics",
            "--body-file", "-", stdin=body)
    art_id = r.stdout.strip().splitlines()[-1]
    html = run(data, "render", art_id).stdout
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert '<html lang="ja"' in html
    assert "&lt;b&gt;東京&lt;/b&gt;都知事選" in html  # the title is escaped, never markup
    assert "<strong>過去最低</strong>" in html
    assert "<script>alert" not in html and "onerror" not in html
    assert "Politics" in html


PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def test_media_add_edit_and_feature(data: Path, tmp_path: Path) -> None:
    article = json.loads(run(data, "article", "new", "--title", "Sea wall", "--json").stdout)["id"]
    image = tmp_path / "wall.png"
    image.write_bytes(PNG)
    added = run(data, "media", "add", article, str(image), "--alt", "The wall", "--featured", "--json")
    assert added.returncode == 0, added.stderr
    media_id = json.loads(added.stdout)["id"]

    edited = run(data, "media", "edit", str(media_id), "--alt", "The sea wall at dusk", "--caption", "Built 1953")
    assert edited.returncode == 0, edited.stderr
    [listed] = json.loads(run(data, "media", "list", article, "--json").stdout)
    assert (listed["alt"], listed["caption"], listed["featured"]) == ("The sea wall at dusk", "Built 1953", True)

    assert run(data, "media", "feature", article, "none").returncode == 0
    assert json.loads(run(data, "media", "list", article, "--json").stdout)[0]["featured"] is False
    assert run(data, "media", "feature", article, str(media_id)).returncode == 0
    assert json.loads(run(data, "media", "list", article, "--json").stdout)[0]["featured"] is True


def test_media_edit_says_what_is_wrong(data: Path, tmp_path: Path) -> None:
    article = json.loads(run(data, "article", "new", "--title", "Sea wall", "--json").stdout)["id"]
    nothing = run(data, "media", "edit", "1")
    assert nothing.returncode == 2 and "--alt, --caption, --credit" in nothing.stderr
    missing = run(data, "media", "edit", "999", "--alt", "x")
    assert missing.returncode != 0 and "999" in missing.stderr
    bad = run(data, "media", "feature", article, "the-big-one")
    assert bad.returncode == 2 and "'the-big-one'" in bad.stderr
    image = tmp_path / "wall.png"
    image.write_bytes(PNG)
    media_id = json.loads(run(data, "media", "add", article, str(image), "--json").stdout)["id"]
    too_long = run(data, "media", "edit", str(media_id), "--alt", "x" * 1001)
    assert too_long.returncode == 2 and "1,001" in too_long.stderr
