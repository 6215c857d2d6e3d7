"""Pull: terms with their hierarchy, posts as Markdown articles, incrementally."""

from __future__ import annotations

from sync_fakes import FakeCms

from editor_app.core.sync.cms import RemoteTerm
from editor_app.core.sync.mapping import guess_language


def test_language_is_guessed_from_the_script():
    assert guess_language("東京で会見、首相は「検討する」と述べた") == "ja"
    assert guess_language("서울시는 오늘 새 정책을 발표했다") == "ko"
    assert guess_language("The council met on Tuesday") == "en"


def test_posts_written_on_the_site_become_articles(site_desk, cms: FakeCms, run_sync):
    cms.terms["category"][50] = RemoteTerm(50, "category", "地域", "%e5%9c%b0%e5%9f%9f")
    cms.terms["category"][51] = RemoteTerm(51, "category", "Kanto", "kanto", parent=50)
    cms.terms["post_tag"][60] = RemoteTerm(60, "post_tag", "選挙", "%e9%81%b8%e6%8c%99")
    ja = cms.add_post("首都圏の選挙", "<p>投票率は<strong>過去最高</strong>だった。</p>", categories=(51,), tags=(60,))
    ko = cms.add_post("서울 날씨", "<h2>오늘</h2><p>맑음</p>", status="draft")
    en = cms.add_post("Budget vote", "<ul><li>one</li><li>two</li></ul>", status="future")

    report = run_sync()

    assert report.pull.created == 3
    by_remote = {a.remote_id: a for a in (site_desk.articles.get(r.id) for r in site_desk.articles.list())}
    a = by_remote[ja.id]
    assert a.lang == "ja" and a.title == "首都圏の選挙" and "**過去最高**" in a.body
    assert a.sections == ("kanto",) and a.tags == ("選挙",) and not a.dirty
    assert by_remote[ko.id].lang == "ko" and by_remote[ko.id].status.value == "draft"
    assert by_remote[en.id].status.value == "future" and "one" in by_remote[en.id].body.splitlines()[0]
    sections = {t.name: t for t in site_desk.terms.sections()}
    assert sections["Kanto"].parent_id == sections["地域"].id
    assert report.push.created == 0  # pulled articles are not sent back


def test_pull_is_incremental_from_the_watermark(site_desk, cms: FakeCms, run_sync):
    cms.add_post("First", "<p>1</p>")
    run_sync()
    cms.calls.clear()
    run_sync()
    [(_, since)] = [c for c in cms.calls if c[0] == "iter_post_pages"]
    assert since is not None  # only what changed since the last pull is asked for


def test_an_unsent_local_edit_is_never_overwritten_by_a_pull(site_desk, cms: FakeCms, run_sync):
    post = cms.add_post("On the site", "<p>site text</p>")
    run_sync()
    [row] = site_desk.articles.list()
    site_desk.articles.update(row.id, body="local text")
    cms.edit_on_site(post.id, content="<p>site text, edited</p>")
    report = run_sync(pull_first=True)
    assert site_desk.articles.get(row.id).body == "local text"
    assert report.conflicts == 1
