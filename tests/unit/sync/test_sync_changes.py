"""A sync's report says what it changed in the store, so the window can refresh what it shows."""

from __future__ import annotations

from sync_fakes import FakeCms

from editor_app.core.desk import Desk


def test_the_report_lists_the_articles_pulled_and_pushed(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    cms.add_post("From the site", "<p>site text</p>")
    mine = site_desk.articles.create(title="From the desk", body="desk text")

    report = run_sync()

    ids = {row.id for row in site_desk.articles.list()}
    pulled = ids - {mine.id}
    assert len(pulled) == 1
    assert report.changes.articles == ids  # the pulled one and the pushed one
    assert report.changes.revisions == pulled  # a pulled article starts with a revision
    assert report.changes.sites == {"daily"} and report.changes.jobs and report.changes.terms


def test_a_sync_with_nothing_to_do_changes_no_article(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    cms.add_post("From the site", "<p>site text</p>")
    run_sync()

    again = run_sync()

    assert again.changes.articles == frozenset()
    assert again.changes.sites == {"daily"}  # its state and last check are written every time
