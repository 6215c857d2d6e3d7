"""Markdown + YAML front matter: exact round trips, errors with file and line, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core import frontmatter
from editor_app.core.desk import Desk
from editor_app.core.domain import Status
from editor_app.core.errors import InvalidInput
from editor_app.core.frontmatter import FrontMatterDoc, FrontMatterError
from editor_app.core.paths import AppPaths


def _fill(desk: Desk) -> None:
    desk.terms.add_section("Elections", parent="politics")
    desk.articles.create(
        "東京都知事選、投票率は過去最低",
        body="## 開票結果\n\n投票率は**過去最低**。\n\n- 一位\n- 二位\n",
        dek="有権者の関心は低調",
        byline="田中 葵",
        lang="ja",
        sections=["elections", "news"],
        tags=["選挙", "東京"],
    )
    desk.articles.create("서울 시장 선거", body="서울에서 선거가 열렸다.", lang="ko", sections=["politics"])
    desk.articles.create("Budget: what's in it?", body="No trailing newline", dek="A: colon, and 'quotes'")


def test_export_import_export_round_trips_exactly(desk: Desk, tmp_path: Path) -> None:
    _fill(desk)
    first = desk.transfer.export_all(tmp_path / "one")
    other = Desk.open(AppPaths.resolve(tmp_path / "other"))
    other.terms.ensure_sections()
    other.terms.add_section("Elections", parent="politics")
    result = other.transfer.import_paths([tmp_path / "one"])
    assert len(result.created) == 3
    second = other.transfer.export_all(tmp_path / "two")
    assert sorted(p.name for p in first) == sorted(p.name for p in second)
    for p in first:
        assert (tmp_path / "two" / p.name).read_bytes() == p.read_bytes()
    imported = next(a for a in map(other.articles.get, result.created) if a.lang == "ja")
    assert imported.sections == ("elections", "news")
    other.close()


def test_reimport_updates_and_keeps_the_desk_text_in_history(desk: Desk, tmp_path: Path) -> None:
    _fill(desk)
    files = desk.transfer.export_all(tmp_path / "out")
    target = next(p for p in files if "budget" in p.name)
    doc = frontmatter.read_file(target)
    desk.articles.update(doc.id, body="edited on the desk")  # type: ignore[arg-type]
    result = desk.transfer.import_paths([target])
    assert result.updated == [doc.id]
    assert desk.articles.get(doc.id).body == "No trailing newline"  # type: ignore[arg-type]
    bodies = [desk.revisions.text(doc.id, r.id)[2] for r in desk.revisions.list(doc.id)]  # type: ignore[arg-type]
    assert "edited on the desk" in bodies


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.md", "---\ntitle: ok\ntags: [one, two\nlang: en\n---\nbody\n")
    with pytest.raises(FrontMatterError) as err:
        frontmatter.read_file(f)
    assert str(f) in str(err.value)
    assert err.value.line in (3, 4, 5)


def test_unknown_field_names_file_and_line(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.md", "---\ntitle: ok\nlang: en\ntittle: typo\n---\nbody\n")
    with pytest.raises(FrontMatterError) as err:
        frontmatter.read_file(f)
    assert f"{f}:4:" in str(err.value)
    assert "tittle" in str(err.value)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("no front matter\n", "must start with a line '---'"),
        ("---\ntitle: x\n", "no closing"),
        ("---\nlang: en\n---\n", "title"),
        ("---\ntitle: x\nstatus: bogus\n---\n", "status"),
        ("---\ntitle: x\ndate: 2026-01-01T10:00:00\n---\n", "time zone"),
        ("---\n- a list\n---\n", "field: value"),
    ],
)
def test_malformed_files_are_explained(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(FrontMatterError, match=problem):
        frontmatter.read_file(_write(tmp_path / "x.md", text))


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "x.md"
    f.write_bytes(b"---\ntitle: x\n---\nline\n\xff\xfe bad\n")
    with pytest.raises(FrontMatterError, match=r"x\.md:5: not UTF-8"):
        frontmatter.read_file(f)


def test_import_is_all_or_nothing(desk: Desk, tmp_path: Path) -> None:
    _write(tmp_path / "1-good.md", "---\ntitle: Good one\n---\nbody\n")
    _write(tmp_path / "2-bad.md", "---\ntitle: Bad one\nsection: no-such-section\n---\nbody\n")
    with pytest.raises(InvalidInput, match="2-bad.md.*no-such-section"):
        desk.transfer.import_paths([tmp_path])
    assert desk.articles.count() == 0
    assert desk.terms.tags() == []


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)


@settings(max_examples=60, deadline=None)
@given(
    title=_text.filter(lambda t: t.strip() != "" and t == t.strip() and "\n" not in t),
    dek=_text.filter(lambda t: t == t.strip()),
    body=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=200),
    tags=st.lists(st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=10), max_size=4),
)
def test_dump_then_parse_is_identity(title: str, dek: str, body: str, tags: list[str]) -> None:
    doc = FrontMatterDoc(title=title, body=body, dek=dek, tags=tags, lang="ja", status=Status.PENDING)
    back = frontmatter.parse(frontmatter.dump(doc))
    assert (back.title, back.dek, back.body, back.tags, back.lang, back.status) == (
        title,
        dek,
        body,
        tags,
        "ja",
        Status.PENDING,
    )
