"""`copydesk site byline-field` and `publish --byline-fallback`: choices, refusals and exit codes.

Choices and refusals run in real processes on a store prepared in the test (they never reach a
site). Publishing with a fallback runs the CLI's main() in this process, where the sync reaches
the sync tests' in-memory CMS instead of a WordPress.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.desk import Desk
from editor_app.core.sync import wordpress as wordpress_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_fakes import PASSWORD, FakeCms  # noqa: E402 - the sync tests' in-memory CMS


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # No keychain in the child: none of these commands may need one, nor hang on D-Bus.
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )  # fmt: skip


def shown(data: Path) -> dict:
    r = run(data, "site", "byline-field", "daily", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_site_byline_field_sets_none_auto_and_names_an_unknown_field(desk: Desk, memory_keyring) -> None:
    cms = FakeCms()
    cms.meta_fields = ("byline", "writer_credit")
    desk.sites.add("daily", "http://127.0.0.1:9", "editor", PASSWORD)
    desk.sites.check("daily", client=cms)  # the site's fields and authors, as `site check` learns them
    data = desk.paths.data_dir
    desk.close()

    first = shown(data)
    assert (first["byline_field_setting"], first["byline_field"]) == (None, "byline")  # detected by its name
    assert first["meta_fields"] == ["byline", "writer_credit"] and len(first["authors"]) == 3

    r = run(data, "site", "byline-field", "daily", "writer_credit")
    assert r.returncode == 0, r.stderr
    assert "the writer_credit field" in r.stdout and "3 authors" in r.stdout
    assert (shown(data)["byline_field_setting"], shown(data)["byline_field"]) == ("writer_credit", "writer_credit")

    r = run(data, "site", "byline-field", "daily", "--none")
    assert r.returncode == 0, r.stderr
    assert "no byline field" in r.stdout
    assert (shown(data)["byline_field_setting"], shown(data)["byline_field"]) == ("", None)

    r = run(data, "site", "byline-field", "daily", "--auto")
    assert r.returncode == 0, r.stderr
    assert (shown(data)["byline_field_setting"], shown(data)["byline_field"]) == (None, "byline")

    unknown = run(data, "site", "byline-field", "daily", "dek")
    assert unknown.returncode == 2
    assert "'dek'" in unknown.stderr and "byline, writer_credit" in unknown.stderr  # what it has instead
    assert shown(data)["byline_field_setting"] is None  # nothing changed

    both = run(data, "site", "byline-field", "daily", "writer_credit", "--none")
    assert both.returncode == 2 and "not allowed with" in both.stderr
    nowhere = run(data, "site", "byline-field", "weekly", "--none")
    assert nowhere.returncode == 1 and "no site named 'weekly'" in nowhere.stderr


def _bylined_article(desk: Desk, title: str = "Harbour plan approved") -> str:
    return desk.articles.create(title, body="The board voted.", byline="Ann Lee", sections=["news"]).id


def test_publish_refuses_a_byline_with_nowhere_to_go_and_a_bad_choice(desk: Desk, memory_keyring) -> None:
    desk.sites.add("daily", "http://127.0.0.1:9", "editor", PASSWORD)  # knows no authors, has no field
    article_id = _bylined_article(desk)
    data = desk.paths.data_dir
    desk.close()

    refused = run(data, "publish", article_id, "--accept-warnings")  # past the pre-publish warnings
    assert refused.returncode == 2  # unusable input: README's exit codes
    assert "'Ann Lee'" in refused.stderr and "no byline field" in refused.stderr
    assert "--byline-fallback block" in refused.stderr and "--byline-fallback drop" in refused.stderr

    bad = run(data, "publish", article_id, "--byline-fallback", "top")
    assert bad.returncode == 2
    assert "invalid choice: 'top'" in bad.stderr and "'block'" in bad.stderr and "'drop'" in bad.stderr

    queued = run(data, "queue", "list", "--all", "--json")
    assert queued.returncode == 0 and json.loads(queued.stdout) == []  # neither queued anything
    article = json.loads(run(data, "article", "show", article_id, "--json").stdout)
    assert article["status"] == "draft"


@pytest.mark.parametrize("choice", ["block", "drop"])
def test_publish_byline_fallback_is_accepted_stored_and_followed(
    desk: Desk, memory_keyring, monkeypatch, capsys, choice: str
) -> None:
    cms = FakeCms()  # its authors are not Ann Lee and it exposes no meta field
    monkeypatch.setattr(wordpress_module, "WordPressClient", lambda *_args: cms)
    desk.sites.add("daily", "http://127.0.0.1:9", "editor", PASSWORD)
    article_id = _bylined_article(desk)
    data = desk.paths.data_dir

    args = ["publish", article_id, "--byline-fallback", choice, "--accept-warnings", "--json"]
    code = main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert json.loads(out.out)["status"] == "publish"
    assert desk.publishing.byline_plan(article_id).placement == choice  # stored on the article
    [(_method, sent)] = [c for c in cms.sent if c[1].content is not None]
    assert ("Ann Lee" in sent.content) == (choice == "block")

    # the stored choice stands for the next publish: no flag needed again
    again = main(["--data-dir", str(data), "publish", article_id, "--accept-warnings"])
    assert again == 0, capsys.readouterr().err
