"""Japanese and Korean lines break where their readers expect, everywhere in the preview:
measured in the real web engine, line by line, in a narrow preview."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from look_sites import Site, serve, wordpress_like
from PySide6.QtCore import QCoreApplication, QEvent, QUrl

from editor_app.core.look.cache import LookCache, LookRequest
from editor_app.core.look.learn import learn_look
from editor_app.ui.preview.pane import PreviewPane, PreviewSource, render_job

# The text of each line of an element, as laid out: characters grouped by the top of their box.
LINES_JS = """(function (sel) {
  const el = document.querySelector(sel);
  if (!el) return 'null';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines = [];
  let top = null, cur = '', node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      const ch = node.data[i];
      if (!rects.length || /\\s/.test(ch)) { cur += ch; continue; }
      const t = rects[0].top;
      if (top !== null && t - top > 4) { lines.push(cur); cur = ''; }
      top = t; cur += ch;
    }
  }
  lines.push(cur);
  return JSON.stringify(lines);
})(%s)"""

KO_HEADLINE = "대통령이 새로운 경제정책을 발표했다 서울시민들은 환영했다"
KO_DEK = "국회는 오늘 본회의에서 내년도 예산안을 통과시켰으며 여야는 합의문에 서명했다"
KO_BYLINE = "김민준 기자 이서연 특파원 박지훈 기자 최수아 사진기자 정도윤 객원기자 한예린 편집위원"
KO_BODY = ("정부는 오늘 오전 세종청사에서 브리핑을 열고 새로운 주택공급 대책을 발표했다 "
           "전문가들은 대체로 긍정적으로 평가했다")
JA_HEADLINE = "新しいJavaScriptフレームワークとKubernetesの運用について、東京で記者会見が開かれた"
SMALL_KANA = "アッアッアッアッアッアッアッアッアッアッアッアッアッアッアッアッアッアッアッアッ"
NO_LINE_START = "、。ッャュョァィゥェォー）」"


@pytest.fixture
def narrow_pane(qtbot, tmp_path) -> Iterator[PreviewPane]:
    pane = PreviewPane(QUrl.fromLocalFile(str(tmp_path) + "/"))
    pane.resize(330, 700)
    pane.show()
    yield pane
    pane.dispose()
    pane.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def show(qtbot, pane: PreviewPane, source: PreviewSource) -> None:
    result = render_job(source)
    assert result.html is not None
    with qtbot.waitSignal(pane.loaded, timeout=10000) as blocker:
        pane.show_html(source.article_id, result.html, result.look_key)
    assert blocker.args == [True]


def lines_of(page_eval, pane: PreviewPane, selector: str) -> list[str]:
    found = json.loads(str(page_eval(pane.view, LINES_JS % json.dumps(selector))))
    assert found is not None, selector
    return [line.strip() for line in found if line.strip()]


def assert_breaks_only_between_words(lines: list[str], text: str) -> None:
    assert len(lines) >= 2, lines  # narrow enough to wrap, or the test shows nothing
    assert [w for line in lines for w in line.split()] == text.split(), lines


def korean(**kwargs: object) -> PreviewSource:
    fields: dict = dict(article_id="ko", title=KO_HEADLINE, dek=KO_DEK, body=KO_BODY, byline=KO_BYLINE,
                        lang="ko", section=None, tags=(), published_at=None, updated_at=None)
    fields.update(kwargs)
    return PreviewSource(**fields)


def test_korean_breaks_only_at_spaces_everywhere_in_the_template(qtbot, narrow_pane, page_eval) -> None:
    show(qtbot, narrow_pane, korean())
    assert_breaks_only_between_words(lines_of(page_eval, narrow_pane, "h1.headline"), KO_HEADLINE)
    assert_breaks_only_between_words(lines_of(page_eval, narrow_pane, ".dek"), KO_DEK)
    assert_breaks_only_between_words(lines_of(page_eval, narrow_pane, ".meta .author"), KO_BYLINE)
    assert_breaks_only_between_words(lines_of(page_eval, narrow_pane, ".entry-content p"), KO_BODY)


def test_japanese_keeps_latin_words_whole_and_follows_strict_kinsoku(qtbot, narrow_pane, page_eval) -> None:
    for width in (300, 317, 331, 349):  # several widths: some put a small kana at a line start under loose rules
        narrow_pane.resize(width, 700)
        show(qtbot, narrow_pane, PreviewSource("ja", JA_HEADLINE, SMALL_KANA, "本文。", "", "ja", None, (), None, None))
        headline = lines_of(page_eval, narrow_pane, "h1.headline")
        assert len(headline) >= 2
        assert any("JavaScript" in line for line in headline) and any("Kubernetes" in line for line in headline)
        for line in headline + lines_of(page_eval, narrow_pane, ".dek"):
            assert line[0] not in NO_LINE_START, (width, line)
    assert page_eval(narrow_pane.view, "getComputedStyle(document.querySelector('h1.headline')).lineBreak") == "strict"


@pytest.fixture(scope="module")
def learned_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache_dir = tmp_path_factory.mktemp("cache")
    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other)
        learn_look("Daily", site.url, LookCache(cache_dir))
    return cache_dir


def test_the_sites_look_follows_the_same_line_breaking(qtbot, learned_cache, page_eval) -> None:
    pane = PreviewPane(QUrl.fromLocalFile(str(learned_cache) + "/"), cache_dir=learned_cache)
    pane.resize(330, 700)
    pane.show()
    try:
        look = LookRequest("site", LookCache(learned_cache).folder("Daily"), True)
        show(qtbot, pane, korean(look=look))
        assert_breaks_only_between_words(lines_of(page_eval, pane, ".wp-block-post-title"), KO_HEADLINE)
        for width in (300, 317, 331, 349):
            pane.resize(width, 700)
            show(qtbot, pane, PreviewSource("ja", SMALL_KANA, "", "本文。", "", "ja", None, (), None, None, look=look))
            title = lines_of(page_eval, pane, ".wp-block-post-title")
            assert len(title) >= 2
            assert all(line[0] not in NO_LINE_START for line in title), (width, title)
    finally:
        pane.dispose()
        pane.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
