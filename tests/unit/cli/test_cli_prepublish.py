"""`copydesk publish ID --check [--json]` and the checks in front of `copydesk publish`.

The CLI's main() runs in this process, where the site is the sync tests' in-memory CMS.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.desk import Desk
from editor_app.core.sync import wordpress as wordpress_module
from editor_app.core.sync.cms import PostChanges

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_fakes import PASSWORD, FakeCms  # noqa: E402 - the sync tests' in-memory CMS


@pytest.fixture
def cms(desk: Desk, memory_keyring, monkeypatch) -> FakeCms:
    fake = FakeCms()
    monkeypatch.setattr(wordpress_module, "WordPressClient", lambda *_args: fake)
    desk.sites.add("daily", "http://127.0.0.1:9", "editor", PASSWORD)
    desk.sites.check("daily", client=fake)  # its authors: "Jane Doe" is one
    return fake


def cli(desk: Desk, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(desk.paths.data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def findings(text: str) -> dict[str, dict]:
    return {f["code"]: f for f in json.loads(text)["findings"]}


def test_check_json_reports_a_missing_section_as_blocking_and_sends_nothing(desk: Desk, cms: FakeCms, capsys) -> None:
    art = desk.articles.create("Harbour plan approved", dek="The board voted.", body="It passed.", byline="Jane Doe")
    code, out, _ = cli(desk, capsys, "publish", art.id, "--check", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["blocked"] is True and data["id"] == art.id
    found = findings(out)
    assert found["section_missing"] == {
        "code": "section_missing",
        "severity": "blocking",
        "message": "No section is chosen. Choose the section the story belongs to.",
        "field": "section",
    }
    assert found["featured_missing"]["severity"] == "warning"
    assert "offline" not in found  # the site answered

    code, _, err = cli(desk, capsys, "publish", art.id, "--accept-warnings")
    assert code == 1 and "section_missing" in err and "something blocks" in err
    assert cms.sent == [] and desk.publish_queue.list(include_finished=True) == []
    assert desk.articles.get(art.id).status.value == "draft"


def test_warnings_stop_the_publish_until_accepted(desk: Desk, cms: FakeCms, capsys) -> None:
    art = desk.articles.create(
        "Harbour plan approved", dek="The board voted.", body="It passed.", byline="Jane Doe", sections=["News"]
    )
    code, out, _ = cli(desk, capsys, "publish", art.id, "--check", "--json")
    assert code == 0 and json.loads(out)["blocked"] is False
    assert set(findings(out)) == {"featured_missing"}

    code, _, err = cli(desk, capsys, "publish", art.id)
    assert code == 1
    assert "featured_missing" in err and f"copydesk publish {art.id[:8]} --accept-warnings" in err
    assert desk.publish_queue.list(include_finished=True) == []

    code, out, err = cli(desk, capsys, "publish", art.id, "--accept-warnings", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "publish"


def test_a_slug_another_post_has_blocks_and_offline_skips_the_question(desk: Desk, cms: FakeCms, capsys) -> None:
    other = cms.create_post(PostChanges(title="Harbour plan approved", slug="harbour-plan", status="publish"))
    art = desk.articles.create(
        "Harbour plan approved", dek="d", body="b", byline="Jane Doe", sections=["News"], slug="harbour-plan"
    )
    code, out, _ = cli(desk, capsys, "publish", art.id, "--check")
    assert code == 1
    assert "BLOCKING" in out and f"(#{other.id})" in out and "[slug_taken]" in out

    code, out, _ = cli(desk, capsys, "publish", art.id, "--check", "--offline", "--json")
    assert code == 0
    assert "slug_taken" not in findings(out) and findings(out)["offline"]["severity"] == "warning"
