"""Versioned schema steps, applied in order when a store is opened.

The version lives in SQLite's `PRAGMA user_version`. Each step is frozen once released: new
needs get a new step, never an edit to an old one. A store from a newer Copydesk (a version
above the last step) is refused rather than guessed at. We use this instead of Alembic because
a desktop store is one file with one writer per upgrade: ordered steps in one transaction,
after a byte copy of the file, are all it needs, with no migration environment to ship.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from editor_app.core.text import is_placeholder_slug, slug_follows_title, text_stats, title_slug

_SCHEMA_1 = """
CREATE TABLE sites (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE,
    base_url VARCHAR(2000) NOT NULL,
    username VARCHAR(200) NOT NULL,
    role VARCHAR(40),
    capabilities JSON,
    remote_user_id INTEGER,
    timezone VARCHAR(100),
    pull_watermark DATETIME,
    state VARCHAR(20) NOT NULL,
    state_message TEXT NOT NULL,
    created_at DATETIME NOT NULL
);
CREATE TABLE sections (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    slug VARCHAR(200) NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES sections (id) ON DELETE SET NULL,
    description TEXT NOT NULL,
    site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,
    remote_id INTEGER,
    position INTEGER NOT NULL
);
CREATE TABLE tags (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    slug VARCHAR(200) NOT NULL UNIQUE,
    site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,
    remote_id INTEGER
);
CREATE TABLE articles (
    pk INTEGER NOT NULL PRIMARY KEY,
    id VARCHAR(36) NOT NULL UNIQUE,
    site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL,
    remote_id INTEGER,
    title TEXT NOT NULL,
    dek TEXT NOT NULL,
    body TEXT NOT NULL,
    slug VARCHAR(200) NOT NULL,
    byline VARCHAR(500) NOT NULL,
    lang VARCHAR(8) NOT NULL,
    status VARCHAR(16) NOT NULL,
    primary_section_id INTEGER REFERENCES sections (id) ON DELETE SET NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    scheduled_at DATETIME,
    published_at DATETIME,
    remote_modified_gmt DATETIME,
    dirty BOOLEAN NOT NULL,
    base_title TEXT,
    base_dek TEXT,
    base_body TEXT
);
CREATE INDEX ix_articles_updated ON articles (updated_at);
CREATE INDEX ix_articles_status_updated ON articles (status, updated_at);
CREATE INDEX ix_articles_lang_updated ON articles (lang, updated_at);
CREATE INDEX ix_articles_remote ON articles (site_id, remote_id);
CREATE TABLE article_sections (
    article_id VARCHAR(36) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_id, section_id)
);
CREATE INDEX ix_article_sections_section ON article_sections (section_id);
CREATE TABLE article_tags (
    article_id VARCHAR(36) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX ix_article_tags_tag ON article_tags (tag_id);
CREATE TABLE revisions (
    id INTEGER NOT NULL PRIMARY KEY,
    article_id VARCHAR(36) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at DATETIME NOT NULL,
    reason VARCHAR(20) NOT NULL,
    title TEXT NOT NULL,
    dek TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX ix_revisions_article ON revisions (article_id, created_at);
CREATE TABLE outbox (
    id INTEGER NOT NULL PRIMARY KEY,
    site_id INTEGER REFERENCES sites (id) ON DELETE CASCADE,
    kind VARCHAR(40) NOT NULL,
    entity VARCHAR(64) NOT NULL,
    payload JSON NOT NULL,
    state VARCHAR(20) NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at DATETIME,
    last_error TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE INDEX ix_outbox_state ON outbox (state, next_attempt_at);
CREATE TABLE conflicts (
    id INTEGER NOT NULL PRIMARY KEY,
    article_id VARCHAR(36) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at DATETIME NOT NULL,
    base JSON NOT NULL,
    mine JSON NOT NULL,
    theirs JSON NOT NULL,
    remote_modified_gmt DATETIME,
    resolved_at DATETIME,
    resolution VARCHAR(20)
);
CREATE TABLE publish_jobs (
    id INTEGER NOT NULL PRIMARY KEY,
    article_id VARCHAR(36) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    site_id INTEGER REFERENCES sites (id) ON DELETE CASCADE,
    action VARCHAR(20) NOT NULL,
    run_at DATETIME,
    state VARCHAR(20) NOT NULL,
    message TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE TABLE media_assets (
    id INTEGER NOT NULL PRIMARY KEY,
    article_id VARCHAR(36) REFERENCES articles (id) ON DELETE SET NULL,
    sha256 VARCHAR(64) NOT NULL,
    filename VARCHAR(500) NOT NULL,
    mime VARCHAR(100) NOT NULL,
    alt TEXT NOT NULL,
    caption TEXT NOT NULL,
    credit TEXT NOT NULL,
    remote_id INTEGER,
    remote_url TEXT,
    featured BOOLEAN NOT NULL,
    created_at DATETIME NOT NULL
);
CREATE INDEX ix_media_article ON media_assets (article_id);
-- Full-text index. CJK runs are stored as overlapping bigrams (see store/search.py), so the
-- unicode61 tokenizer sees every Japanese and Korean word of any length as searchable tokens.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, dek, body, tags, tokenize = "unicode61 remove_diacritics 2"
);
"""


def _step_2(db: sqlite3.Connection) -> None:
    """Stored word and CJK character counts, so lists never count words of every body."""
    db.execute("ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE articles ADD COLUMN cjk_chars INTEGER NOT NULL DEFAULT 0")
    rows = db.execute("SELECT pk, body FROM articles").fetchall()
    for pk, body in rows:
        stats = text_stats(body)
        db.execute(
            "UPDATE articles SET word_count = ?, cjk_chars = ? WHERE pk = ?",
            (stats.count, stats.cjk_chars, pk),
        )


def _step_3(db: sqlite3.Connection) -> None:
    """A digest of the post's text as the site last held it: WordPress's modified_gmt has
    whole seconds only, so an edit on the site in the same second as our push needs it."""
    db.execute("ALTER TABLE articles ADD COLUMN remote_digest VARCHAR(64)")


def _step_4(db: sqlite3.Connection) -> None:
    """Every save looks up its article's pending outbox operation to coalesce into it."""
    db.execute("CREATE INDEX ix_outbox_entity ON outbox (kind, entity, state)")


def _step_5(db: sqlite3.Connection) -> None:
    """Publish jobs: the status an article had before its request, so withdrawing a request that
    was never sent restores it (a re-publish of a live post must not turn it into a draft); and
    the push's look-up of an article's open job."""
    db.execute("ALTER TABLE publish_jobs ADD COLUMN previous_status VARCHAR(16)")
    db.execute("CREATE INDEX ix_publish_jobs_article ON publish_jobs (article_id, state)")


def _step_6(db: sqlite3.Connection) -> None:
    """The WordPress version each site states, for About and for bug reports."""
    db.execute("ALTER TABLE sites ADD COLUMN wp_version VARCHAR(40)")


def _step_7(db: sqlite3.Connection) -> None:
    """Whether an article's slug was set by hand: until then it follows the headline. Earlier
    stores kept the slug a new article was made with, so an article started with Ctrl+N still
    carries `untitled-article` (or the site's `-2` of it): that slug was never chosen, and
    follows the headline from now on. Any other slug that differs from the headline's was typed."""
    db.execute("ALTER TABLE articles ADD COLUMN slug_manual BOOLEAN NOT NULL DEFAULT 0")
    for pk, title, slug in db.execute("SELECT pk, title, slug FROM articles").fetchall():
        if slug_follows_title(slug, title):
            continue
        if is_placeholder_slug(slug):
            db.execute("UPDATE articles SET slug = ? WHERE pk = ?", (title_slug(title), pk))
        else:
            db.execute("UPDATE articles SET slug_manual = 1 WHERE pk = ?", (pk,))


def _step_8(db: sqlite3.Connection) -> None:
    """Bylines: each site's authors (id and display name) and the post meta fields it exposes over
    REST, learned on each check; the site's byline field (NULL: detect it, "": none); and an
    article's choice for a byline that can go neither to the author nor to a field (block/drop)."""
    db.execute("ALTER TABLE sites ADD COLUMN authors JSON")
    db.execute("ALTER TABLE sites ADD COLUMN meta_fields JSON")
    db.execute("ALTER TABLE sites ADD COLUMN byline_field VARCHAR(100)")
    db.execute("ALTER TABLE articles ADD COLUMN byline_fallback VARCHAR(8)")


@dataclass(frozen=True)
class Step:
    version: int
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(db: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            db.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split a DDL script into statements (executescript would commit behind our back)."""
    out: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        buf.append(line)
        if sqlite3.complete_statement("\n".join(buf)):
            out.append("\n".join(buf).strip())
            buf = []
    return [s for s in out if s]


STEPS: tuple[Step, ...] = (
    Step(1, _script(_SCHEMA_1)),
    Step(2, _step_2),
    Step(3, _step_3),
    Step(4, _step_4),
    Step(5, _step_5),
    Step(6, _step_6),
    Step(7, _step_7),
    Step(8, _step_8),
)
LATEST = STEPS[-1].version


def current_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def upgrade(db: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Apply every step above the file's version up to `target`, all in one transaction."""
    start = current_version(db)
    todo = [s for s in STEPS if start < s.version <= target]
    if not todo:
        return []
    db.execute("BEGIN IMMEDIATE")
    try:
        for step in todo:
            step.apply(db)
        db.execute(f"PRAGMA user_version = {int(target)}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            db.execute("ROLLBACK")
        raise
    return [s.version for s in todo]
