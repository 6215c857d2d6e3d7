"""The publishing service runs the pre-publish checks on Publish Now and Schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from editor_app.core.desk import Desk
from editor_app.core.errors import ChecksFailed


def _site(desk: Desk) -> None:
    desk.sites.add("daily", "http://127.0.0.1:9", "editor", "abcd efgh ijkl mnop qrst uvwx")


def test_blocking_findings_stop_publish_and_schedule_even_with_warnings_accepted(desk: Desk, memory_keyring) -> None:
    _site(desk)
    art = desk.articles.create("Harbour plan approved", dek="d", byline="Jane Doe")
    for at in (None, datetime.now(UTC) + timedelta(days=1)):
        with pytest.raises(ChecksFailed) as caught:
            desk.publishing.publish_checked(art.id, at=at, accept_warnings=True, online=False)
        assert caught.value.blocked
        assert [f.code for f in caught.value.findings if f.blocking] == ["section_missing"]
    assert desk.publish_queue.list(include_finished=True) == []


def test_warnings_stop_publish_unless_accepted(desk: Desk, memory_keyring) -> None:
    _site(desk)
    art = desk.articles.create("Harbour plan approved", dek="d", byline="", sections=["News"])
    with pytest.raises(ChecksFailed) as caught:
        desk.publishing.publish_checked(art.id, online=False)
    assert not caught.value.blocked
    assert {f.code for f in caught.value.findings} == {"byline_missing", "featured_missing", "offline"}
    request = desk.publishing.publish_checked(art.id, accept_warnings=True, online=False)
    assert request.job_id and desk.publish_queue.get(request.job_id).article_id == art.id


def test_unsaved_edits_and_an_unreachable_site(desk: Desk, memory_keyring) -> None:
    _site(desk)  # nothing listens on port 9: the online checks stay offline instead of failing
    art = desk.articles.create("Harbour plan approved", dek="d", byline="", sections=["News"])
    found = {f.code: f for f in desk.publishing.check(art.id, unsaved=True)}
    assert found["unsaved"].blocking and not found["offline"].blocking
