"""Value types and workflow rules of the newsroom. Plain Python: no storage, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from editor_app.core.errors import InvalidInput

# A keyword argument left out, where None is a value (e.g. "no schedule").
UNSET: Any = object()


class Status(StrEnum):
    """WordPress's own post statuses, plus a local trash."""

    DRAFT = "draft"
    PENDING = "pending"  # submitted for review
    FUTURE = "future"  # scheduled on the site
    PUBLISH = "publish"
    PRIVATE = "private"
    TRASH = "trash"

    @classmethod
    def parse(cls, value: str) -> Status:
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise InvalidInput(f"unknown status {value!r}; use one of: {names}") from None


class Role(StrEnum):
    CONTRIBUTOR = "contributor"
    AUTHOR = "author"
    EDITOR = "editor"
    ADMINISTRATOR = "administrator"


# What each role may set an article's status to, as WordPress enforces it.
# A contributor can only submit for review; an author publishes their own work;
# editors and administrators publish anyone's.
_OWN_TARGETS: dict[Role, frozenset[Status]] = {
    Role.CONTRIBUTOR: frozenset({Status.DRAFT, Status.PENDING, Status.TRASH}),
    Role.AUTHOR: frozenset({Status.DRAFT, Status.PENDING, Status.FUTURE, Status.PUBLISH, Status.TRASH}),
    Role.EDITOR: frozenset(Status),
    Role.ADMINISTRATOR: frozenset(Status),
}


def allowed_statuses(role: Role, *, own_article: bool) -> frozenset[Status]:
    """The statuses `role` may move an article to."""
    if role in (Role.EDITOR, Role.ADMINISTRATOR):
        return _OWN_TARGETS[role]
    return _OWN_TARGETS[role] if own_article else frozenset()


def effective_status(role: Role, wanted: Status, *, own_article: bool = True) -> Status:
    """What a request for `wanted` becomes for this role: a contributor's publish is a review request."""
    if wanted in allowed_statuses(role, own_article=own_article):
        return wanted
    if wanted in (Status.PUBLISH, Status.FUTURE) and role is Role.CONTRIBUTOR and own_article:
        return Status.PENDING
    raise InvalidInput(f"a {role.value} may not set an article to {wanted.value}")


LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語", "ko": "한국어"}


def check_language(code: str) -> str:
    """Languages are BCP 47 primary tags; the site's three are known, others are allowed if well-formed."""
    code = code.strip().lower()
    if not code or not (2 <= len(code) <= 3) or not code.isascii() or not code.isalpha():
        raise InvalidInput(f"language {code!r} is not a language code such as en, ja or ko")
    return code


def check_title(title: str) -> str:
    """An article's headline, trimmed; every way of creating or saving an article applies this."""
    title = title.strip()
    if not title:
        raise InvalidInput("an article needs a title")
    return title


# A section's or tag's name; WordPress stores at most 200 characters of it.
TERM_NAME_LIMIT = 200


def check_term_name(name: str) -> str:
    """A section's or tag's name with its runs of spaces made one."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("a name cannot be empty")
    if len(name) > TERM_NAME_LIMIT:
        raise InvalidInput(f"name is {len(name)} characters long; WordPress allows {TERM_NAME_LIMIT}")
    return name


class RevisionReason(StrEnum):
    AUTOSAVE = "autosave"
    MANUAL = "manual"
    CREATED = "created"
    PULLED = "pulled"
    CONFLICT_MINE = "conflict-mine"
    CONFLICT_THEIRS = "conflict-theirs"
    RESTORE = "restore"
    IMPORT = "import"


class ArticleRow(NamedTuple):
    """One line of the article list: what a list view shows, nothing more.

    A named tuple rather than a dataclass: lists build thousands of these while scrolling."""

    id: str
    title: str
    status: Status
    lang: str
    section: str | None
    byline: str
    word_count: int
    updated_at: datetime
    scheduled_at: datetime | None
    dirty: bool
    cjk_chars: int = 0  # of word_count, the Japanese, Chinese and Korean characters (the rest are words)


@dataclass(frozen=True)
class Article:
    """An article with everything an editor or the preview needs."""

    id: str
    title: str
    dek: str
    body: str
    slug: str
    byline: str
    lang: str
    status: Status
    sections: tuple[str, ...]  # section slugs, primary first
    tags: tuple[str, ...]  # tag names
    created_at: datetime
    updated_at: datetime
    scheduled_at: datetime | None = None
    published_at: datetime | None = None
    remote_id: int | None = None
    site: str | None = None
    dirty: bool = False
    word_count: int = 0  # words plus CJK characters (TextStats.count)
    slug_manual: bool = False  # set by hand: no longer follows the headline
    cjk_chars: int = 0  # of word_count, the Japanese, Chinese and Korean characters

    @property
    def primary_section(self) -> str | None:
        return self.sections[0] if self.sections else None


@dataclass(frozen=True)
class Term:
    """A section (category) or tag, with how many articles use it."""

    id: int
    kind: str  # "section" | "tag"
    name: str
    slug: str
    parent_id: int | None = None
    description: str = ""
    remote_id: int | None = None
    article_count: int = 0


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    article_id: str
    created_at: datetime
    reason: RevisionReason
    title: str
    word_count: int
    cjk_chars: int = 0  # of word_count, the Japanese, Chinese and Korean characters (the rest are words)


@dataclass(frozen=True)
class Change:
    """What a service call changed, so each view refreshes only what it shows."""

    articles: frozenset[str] = frozenset()
    terms: bool = False
    revisions: frozenset[str] = frozenset()
    outbox: bool = False
    notes: tuple[str, ...] = field(default=())
    sites: frozenset[str] = frozenset()  # names of sites whose state or account changed
    jobs: bool = False  # the publish queue changed

    @property
    def empty(self) -> bool:
        return not (self.articles or self.terms or self.revisions or self.outbox or self.sites or self.jobs)

    def __or__(self, other: Change) -> Change:
        return Change(
            articles=self.articles | other.articles,
            terms=self.terms or other.terms,
            revisions=self.revisions | other.revisions,
            outbox=self.outbox or other.outbox,
            notes=self.notes + other.notes,
            sites=self.sites | other.sites,
            jobs=self.jobs or other.jobs,
        )


# Local-only articles (on no site yet) in `ListFilter.site`.
LOCAL_ONLY = ""


@dataclass(frozen=True)
class ListFilter:
    """What the article list shows; every field left as None matches all articles."""

    status: Status | None = None
    section: str | None = None  # slug or name; includes its sub-sections
    tag: str | None = None  # slug or name
    lang: str | None = None
    query: str | None = None
    include_trash: bool = False
    site: str | None = None  # a site's name; LOCAL_ONLY for articles on no site yet


@dataclass(frozen=True)
class SearchHit:
    row: ArticleRow
    rank: float


IMAGE_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}


def media_path(media_dir: Path, sha256: str, mime: str) -> Path:
    """Where a stored image lives: content-addressed, so one picture added twice is one file."""
    return media_dir / f"{sha256}{IMAGE_TYPES.get(mime, '')}"


@dataclass(frozen=True)
class Media:
    """An image of an article, with the text the site shows with it."""

    id: int
    article_id: str | None
    path: Path
    filename: str
    mime: str
    alt: str
    caption: str
    credit: str
    featured: bool
    remote_id: int | None
    remote_url: str | None


@dataclass(frozen=True)
class ImportResult:
    created: list[str]
    updated: list[str]
    change: Change
