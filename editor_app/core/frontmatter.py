"""Markdown files with YAML front matter, the convention of Hugo and Jekyll.

    ---
    title: 東京都知事選、投票率は過去最低
    section: politics
    tags: [election, tokyo]
    lang: ja
    ---
    Body in Markdown…

Errors name the file and the line. Unknown fields are refused rather than dropped, so a typo
(`tittle:`) never loses what the writer meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from editor_app.core.clock import iso, parse_iso
from editor_app.core.domain import Status, check_title
from editor_app.core.errors import InvalidInput

FIELDS = (
    "id",
    "title",
    "dek",
    "byline",
    "section",
    "sections",
    "tags",
    "lang",
    "slug",
    "status",
    "date",
    "updated",
    "scheduled",
)
DELIMITER = "---"


@dataclass
class FrontMatterDoc:
    title: str
    body: str
    id: str | None = None
    dek: str = ""
    byline: str = ""
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    lang: str = "en"
    slug: str | None = None
    status: Status = Status.DRAFT
    date: datetime | None = None
    updated: datetime | None = None
    scheduled: datetime | None = None


class FrontMatterError(InvalidInput):
    def __init__(self, source: str, line: int | None, problem: str) -> None:
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {problem}")
        self.source, self.line, self.problem = source, line, problem


def _split(text: str, source: str) -> tuple[str, str]:
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != DELIMITER:
        raise FrontMatterError(source, 1, "no front matter: the file must start with a line '---'")
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") == DELIMITER:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :])
    raise FrontMatterError(source, 1, "the front matter has no closing '---' line")


def _date(value: object, key: str, source: str, line: int) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise FrontMatterError(source, line, f"{key}: {value} has no time zone; add Z or an offset")
    try:
        return parse_iso(value.isoformat() if isinstance(value, datetime) else str(value))
    except InvalidInput as exc:
        raise FrontMatterError(source, line, f"{key}: {exc}") from None
    except (ValueError, OverflowError):  # a date whose offset moves it out of the calendar
        raise FrontMatterError(source, line, f"{key}: {value} is not a date the desk can keep") from None


def _str_list(value: object, key: str, source: str, line: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return [str(v) for v in value]
    raise FrontMatterError(source, line, f"{key}: expected a list of names")


def parse(text: str, source: str = "<text>") -> FrontMatterDoc:
    head, body = _split(text, source)
    try:
        node = yaml.compose(head, Loader=yaml.SafeLoader)
        data = yaml.safe_load(head)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else None
        raise FrontMatterError(source, line, f"bad YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(source, None, f"bad YAML: {exc}") from None
    except (ValueError, OverflowError) as exc:  # YAML's own date building: 0001-01-01 at +01:00
        raise FrontMatterError(source, None, f"bad value: {exc}") from None
    if data is None:
        data, lines = {}, {}
    elif not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(source, 2, "the front matter must be 'field: value' lines")
    else:
        lines = {k.value: k.start_mark.line + 2 for k, _ in node.value}
    for key in data:
        if key not in FIELDS:
            raise FrontMatterError(source, lines.get(key), f"unknown field {key!r}; known fields: {', '.join(FIELDS)}")

    def ln(key: str) -> int:
        return lines.get(key, 1)

    def text_field(key: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, dict | list):
            raise FrontMatterError(source, ln(key), f"{key}: expected text")
        return str(value)

    try:
        title = check_title(text_field("title"))
    except InvalidInput as exc:  # the one title rule, reported at the file's line
        line = ln("title") if "title" in data else 1
        raise FrontMatterError(source, line, f"title: missing or empty ({exc})") from None
    sections = _str_list(data.get("sections"), "sections", source, ln("sections"))
    if data.get("section"):
        sections = [text_field("section")] + [s for s in sections if s != text_field("section")]
    status_text = text_field("status") or Status.DRAFT.value
    try:
        status = Status.parse(status_text)
    except InvalidInput as exc:
        raise FrontMatterError(source, ln("status"), f"status: {exc}") from None
    return FrontMatterDoc(
        title=title,
        body=body,
        id=text_field("id") or None,
        dek=text_field("dek"),
        byline=text_field("byline"),
        sections=sections,
        tags=_str_list(data.get("tags"), "tags", source, ln("tags")),
        lang=text_field("lang") or "en",
        slug=text_field("slug") or None,
        status=status,
        date=_date(data.get("date"), "date", source, ln("date")),
        updated=_date(data.get("updated"), "updated", source, ln("updated")),
        scheduled=_date(data.get("scheduled"), "scheduled", source, ln("scheduled")),
    )


def dump(doc: FrontMatterDoc) -> str:
    meta: dict[str, object] = {"title": doc.title}
    if doc.id:
        meta["id"] = doc.id
    if doc.dek:
        meta["dek"] = doc.dek
    if doc.byline:
        meta["byline"] = doc.byline
    if doc.sections:
        meta["section"] = doc.sections[0]
        if len(doc.sections) > 1:
            meta["sections"] = doc.sections[1:]
    if doc.tags:
        meta["tags"] = list(doc.tags)
    meta["lang"] = doc.lang
    if doc.slug:
        meta["slug"] = doc.slug
    meta["status"] = doc.status.value
    for key in ("date", "updated", "scheduled"):
        value = getattr(doc, key)
        if value is not None:
            meta[key] = iso(value)
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
    return f"{DELIMITER}\n{head}{DELIMITER}\n{doc.body}"


def read_file(path: Path) -> FrontMatterDoc:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FrontMatterError(str(path), line, "not UTF-8 text") from None
    return parse(text.replace("\r\n", "\n"), str(path))
