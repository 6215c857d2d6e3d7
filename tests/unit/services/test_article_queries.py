"""Listing articles: filters combine, sorting, paging, and the site facet."""

from __future__ import annotations

from sqlalchemy import update

from editor_app.core.clock import utcnow
from editor_app.core.desk import Desk
from editor_app.core.domain import LOCAL_ONLY, ListFilter, Status
from editor_app.core.store.models import Article, Site


def test_filters_combine_and_pages_do_not_overlap(desk: Desk) -> None:
    ids = [
        desk.articles.create(f"Story {i:02d}", lang="ja" if i % 2 else "en", sections=["news"]).id for i in range(30)
    ]
    desk.articles.update(ids[3], status=Status.PENDING)
    assert desk.articles.count(ListFilter(lang="ja")) == 15
    assert [r.id for r in desk.articles.list(ListFilter(lang="ja", status=Status.PENDING))] == [ids[3]]
    first = desk.articles.list(limit=10, sort="title", descending=False)
    second = desk.articles.list(limit=10, offset=10, sort="title", descending=False)
    assert [r.title for r in first] == [f"Story {i:02d}" for i in range(10)]
    assert [r.title for r in second] == [f"Story {i:02d}" for i in range(10, 20)]
    assert first[0].section == "News"


def test_site_facet(desk: Desk) -> None:
    on_site = desk.articles.create("Filed to the Gazette").id
    local = desk.articles.create("Still on the desk").id
    with desk.store.write() as s:
        site = Site(
            name="Gazette",
            base_url="https://gazette.example",
            username="ed",
            state="online",
            state_message="",
            created_at=utcnow(),
        )
        s.add(site)
        s.flush()
        s.execute(update(Article).where(Article.id == on_site).values(site_id=site.id))
    assert [r.id for r in desk.articles.list(ListFilter(site="Gazette"))] == [on_site]
    assert [r.id for r in desk.articles.list(ListFilter(site=LOCAL_ONLY))] == [local]
    assert desk.articles.list(ListFilter(site="No such site")) == []
