"""Seeded newsroom archives for the benchmarks: a realistic store of any size, built fast.

`build_store(path, n_articles, seed)` writes a Copydesk store holding a multi-year archive of
English, Japanese and Korean articles (roughly 50/30/20 %), spread over the nine standard sections,
with a few thousand tags, one revision per article, mixed statuses and five years of dates.

The schema comes from the app itself (`open_store` runs the migrations); the rows are then
bulk-inserted with plain `sqlite3` in one transaction. The full-text columns are made with the
app's own `index_text` and the stored counts with `text_stats`, so the file is what Copydesk
would have written had every article been typed in.

`cached_store(n, seed)` builds once under `benchmarks/.cache/` and reuses the file afterwards;
benchmarks that write take a `writable_copy(...)` of it.

Run `python -m benchmarks.datasets --articles 50000` to build (or reuse) the cached store and
print its build time and size.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import re
import shutil
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.vocabulary import (  # noqa: E402
    DAYS,
    FIRST_NAMES,
    HEADLINES,
    KEYWORDS,
    LAST_NAMES,
    MONTHS,
    ORGS,
    PLACES,
    RECURRING,
    SENTENCES,
    SLOT_WORDS,
    SUBHEADS,
)
from editor_app.core.store import migrations  # noqa: E402
from editor_app.core.store.engine import open_store  # noqa: E402
from editor_app.core.store.search import index_text  # noqa: E402
from editor_app.core.text import TextStats, slugify, text_stats  # noqa: E402

# Bump when the generated content changes, so stale cached stores are rebuilt.
DATASET_VERSION = 2
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
# The archive ends here (fixed, so a seed always gives the same file); it spans five years.
ARCHIVE_END = datetime(2026, 10, 30, 18, 0, 0)
ARCHIVE_DAYS = 5 * 365

SECTIONS = ("News", "Politics", "World", "Society", "Business", "Culture", "Science", "Technology", "Sports")
SECTION_WEIGHTS = (20, 16, 13, 10, 14, 8, 6, 8, 5)
LANGS = ("en", "ja", "ko")
LANG_WEIGHTS = (50, 30, 20)
STATUSES = ("publish", "draft", "pending", "future", "private", "trash")
STATUS_WEIGHTS = (80, 9, 4, 1.5, 2.5, 3)
SITE_NAME = "The Harbour Ledger"

_SLOT = re.compile(r"\{(\w+)(?:\|(\w)(\w))?\}")


def _has_final_consonant(word: str) -> bool:
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    return False


@dataclass(frozen=True)
class _Vocab:
    lang: str
    keywords: dict[str, tuple[str, ...]]
    kw_weights: tuple[float, ...]

    def keyword(self, rng: random.Random, section: str) -> str:
        return rng.choices(self.keywords[section], cum_weights=self.kw_weights)[0]

    def fill(
        self, template: str, rng: random.Random, section: str, focus: str | None = None, home: str | None = None
    ) -> str:
        """A template with its slots filled; {kw} is the story's focus keyword and {place} nearly
        always its dateline when those are given."""
        lang = self.lang
        own = self.keywords[section]
        chosen: dict[str, str] = {}

        def value(name: str) -> str:
            key = name.lower()
            if key in chosen:
                return chosen[key]
            if key == "kw":
                out = focus or rng.choices(own, cum_weights=self.kw_weights)[0]
            elif key == "kw2":
                # Stories stay on topic: a second keyword mostly comes from the same section.
                out = self.keyword(rng, section if rng.random() < 0.75 else rng.choice(SECTIONS))
            elif key == "place":
                places = PLACES[lang]
                out = home if home and rng.random() < 0.98 else places[min(int(rng.expovariate(0.35)), len(places) - 1)]
            elif key in ("org", "org_plain"):
                out = rng.choice(ORGS[lang])
                if key == "org_plain" and out.startswith("the "):
                    out = out[4:]
            elif key == "person":
                first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
                out = f"{first} {last}" if lang == "en" else f"{last}{first}" if lang == "ja" else last + first
            elif key == "day":
                out = rng.choice(DAYS[lang])
            elif key == "month":
                out = rng.choice(MONTHS[lang])
            elif key == "num":
                out = str(rng.randint(2, 60))
            elif key == "bignum":
                out = f"{rng.randint(2, 90) * 100:,}" if lang == "en" else str(rng.randint(2, 90) * 100)
            elif key == "age":
                out = str(rng.randint(22, 78))
            else:
                out = rng.choice(SLOT_WORDS[lang][key])
            chosen[key] = out
            return out

        def sub(m: re.Match[str]) -> str:
            name, with_final, without_final = m.group(1), m.group(2), m.group(3)
            word = value(name)
            if name[0].isupper():
                word = word[0].upper() + word[1:]
            if with_final:
                word += with_final if _has_final_consonant(word) else without_final
            return word

        return _SLOT.sub(sub, template)


def _vocab(lang: str) -> _Vocab:
    weights = [1.0 / (i + 1) ** 0.7 for i in range(10)]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    return _Vocab(lang, KEYWORDS[lang], tuple(cum))


@dataclass(frozen=True)
class _Pool:
    """Sentences with what the app derives from them, worked out once per sentence.

    `index_text` and `text_stats` are compositional over these sentences: every sentence ends in
    punctuation that is neither CJK nor a word character, and sentences are joined by spaces, blank
    lines or nothing, so no CJK run or word ever spans two of them. A body's index text and counts
    are therefore the joins and sums of its sentences' (checked against the real functions on a
    sample of articles while building).
    """

    sentences: tuple[str, ...]
    lengths: tuple[int, ...]  # English: words; Japanese and Korean: characters
    indexed: tuple[str, ...]
    words: tuple[int, ...]
    cjk: tuple[int, ...]

    @classmethod
    def of(cls, lang: str, sentences: list[str]) -> _Pool:
        stats = [text_stats(s) for s in sentences]
        return cls(
            tuple(sentences),
            tuple(_length(lang, s) for s in sentences),
            tuple(index_text(s) for s in sentences),
            tuple(st.words for st in stats),
            tuple(st.cjk_chars for st in stats),
        )


def _length(lang: str, sentence: str) -> int:
    return len(sentence.split()) if lang == "en" else len(sentence)


RECURRING_SHARE = 0.12
HOME_PLACES = 6  # datelines: the first places of each language's list
_PoolKey = tuple[str, str, int, int]  # (language, section, focus keyword index, dateline index)


class _Pools(dict[_PoolKey, "_Pool"]):
    """Ready-made sentences per language, section, focus keyword and dateline: templates filled
    once and reused across articles, made on first use from their own seeded generator (so the
    archive does not depend on the order pools are first asked for). Section "*" holds the
    recurring-term sentences."""

    def __init__(self, seed: int, per_pool: int = 40) -> None:
        super().__init__()
        self.seed = seed
        self.per_pool = per_pool
        self.vocabs = {lang: _vocab(lang) for lang in LANGS}

    def __missing__(self, key: _PoolKey) -> _Pool:
        lang, section, focus, home = key
        rng = random.Random(f"{self.seed}/{lang}/{section}/{focus}/{home}")
        vocab = self.vocabs[lang]
        if section == "*":
            out = [vocab.fill(rng.choice(RECURRING[lang]), rng, rng.choice(SECTIONS)) for _ in range(100)]
        else:
            kw, place = KEYWORDS[lang][section][focus], PLACES[lang][home]
            out = [vocab.fill(rng.choice(SENTENCES[lang]), rng, section, kw, place) for _ in range(self.per_pool)]
        pool = self[key] = _Pool.of(lang, out)
        return pool


# --------------------------------------------------------------------------- tags
def _tag_names(rng: random.Random) -> dict[str, list[str]]:
    """A few thousand tags per archive: topics, places, organisations and people, per language."""
    tags: dict[str, list[str]] = {}
    for lang in LANGS:
        names: list[str] = []
        for section in SECTIONS:
            names.extend(KEYWORDS[lang][section])
        names.extend(PLACES[lang])
        people = [(f, la) for f in FIRST_NAMES[lang] for la in LAST_NAMES[lang]]
        rng.shuffle(people)
        budget = {"en": 1300, "ja": 700, "ko": 420}[lang]
        for first, last in people[:budget]:
            names.append(f"{first} {last}" if lang == "en" else f"{last}{first}" if lang == "ja" else last + first)
        if lang == "en":
            names.extend(o[4:].title() if o.startswith("the ") else o for o in ORGS[lang])
        else:
            names.extend(ORGS[lang])
        tags[lang] = names
    return tags


@dataclass
class _TagTable:
    ids: dict[str, int]
    by_lang: dict[str, list[str]]  # names, most used first
    cum_weights: dict[str, list[float]]


def _tag_table(rng: random.Random) -> tuple[_TagTable, list[tuple[int, str, str, int, int]]]:
    rows: list[tuple[int, str, str, int, int]] = []
    ids: dict[str, int] = {}
    slugs: set[str] = set()
    by_lang: dict[str, list[str]] = {}
    cum: dict[str, list[float]] = {}
    for lang, names in _tag_names(rng).items():
        kept: list[str] = []
        for name in names:
            slug = slugify(name)
            if not slug or slug in slugs or name in ids:
                continue
            slugs.add(slug)
            ids[name] = len(rows) + 1
            rows.append((ids[name], name, slug, 1, 10_000 + len(rows)))
            kept.append(name)
        # Keywords and places first: they are tagged far more often than any one person.
        head, tail = kept[:120], kept[120:]
        rng.shuffle(tail)
        by_lang[lang] = head + tail
        total = 0.0
        cum[lang] = []
        for i in range(len(by_lang[lang])):
            total += 1.0 / (i + 1) ** 0.9
            cum[lang].append(total)
    return _TagTable(ids, by_lang, cum), rows


# --------------------------------------------------------------------------- articles
@dataclass
class _Article:
    pk: int
    id: str
    lang: str
    section_id: int
    extra_section_id: int | None
    status: str
    title: str
    dek: str
    body: _Body
    byline: str
    tags: list[str]
    created: datetime
    updated: datetime
    scheduled: datetime | None
    published: datetime | None
    remote_id: int | None
    dirty: bool


def _stamp(value: datetime | None) -> str | None:
    """A datetime as SQLAlchemy's SQLite dialect stores it."""
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class _Body:
    text: str
    indexed: str  # equal to index_text(text)
    words: int  # equal to text_stats(text).words
    cjk_chars: int  # equal to text_stats(text).cjk_chars


def _body(
    rng: random.Random, lang: str, pool: _Pool, second: _Pool, recurring: _Pool | None, vocab: _Vocab, section: str
) -> _Body:
    words = int(rng.triangular(300, 2000, 650))
    target = words if lang == "en" else words * 2  # about two CJK characters per English word
    joiner = " " if lang != "ja" else ""
    paragraphs: list[str] = []
    indexed: list[str] = []
    n_words = n_cjk = size = 0
    n_pool, n_second = len(pool.sentences), len(second.sentences)
    while size < target:
        if paragraphs and len(paragraphs) % 6 == 5 and rng.random() < 0.5:
            head = "## " + vocab.fill(rng.choice(SUBHEADS[lang]), rng, section)
            stats = text_stats(head)
            paragraphs.append(head)
            indexed.append(index_text(head))
            n_words += stats.words
            n_cjk += stats.cjk_chars
        sentences: list[str] = []
        sentences_indexed: list[str] = []
        for _ in range(rng.randint(2, 5)):
            if recurring is not None and size > target // 3:
                src, i, recurring = recurring, rng.randrange(len(recurring.sentences)), None
            elif rng.random() < 0.8:
                src, i = pool, rng.randrange(n_pool)
            else:
                src, i = second, rng.randrange(n_second)
            sentences.append(src.sentences[i])
            sentences_indexed.append(src.indexed[i])
            size += src.lengths[i]
            n_words += src.words[i]
            n_cjk += src.cjk[i]
        paragraphs.append(joiner.join(sentences))
        indexed.append(joiner.join(sentences_indexed))
    return _Body("\n\n".join(paragraphs) + "\n", "\n\n".join(indexed) + "\n", n_words, n_cjk)


def _articles(
    rng: random.Random, n: int, pools: _Pools, tags: _TagTable
) -> Iterator[_Article]:
    vocabs = {lang: _vocab(lang) for lang in LANGS}
    start = ARCHIVE_END - timedelta(days=ARCHIVE_DAYS)
    # Creation times in order, so the integer keys follow the archive's history.
    offsets = sorted(rng.random() * ARCHIVE_DAYS * 86400 for _ in range(n))
    remote = 0
    for pk, offset in enumerate(offsets, start=1):
        lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
        sec_index = rng.choices(range(len(SECTIONS)), weights=SECTION_WEIGHTS)[0]
        section = SECTIONS[sec_index]
        extra = None
        if rng.random() < 0.15:
            extra = rng.randrange(len(SECTIONS))
            extra = None if extra == sec_index else extra + 1
        status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
        created = start + timedelta(seconds=offset)
        if rng.random() < 0.06:  # a later correction or follow-up edit
            updated = created + (ARCHIVE_END - created) * rng.random()
        else:
            updated = min(created + timedelta(seconds=rng.expovariate(1 / 7200)), ARCHIVE_END)
        scheduled = published = None
        if status == "future":
            scheduled = ARCHIVE_END + timedelta(hours=rng.randint(2, 24 * 14))
        elif status == "publish":
            published = updated
        vocab = vocabs[lang]
        focus = rng.choices(range(10), cum_weights=vocab.kw_weights)[0]
        keyword = KEYWORDS[lang][section][focus]
        home = min(int(rng.expovariate(0.3)), HOME_PLACES - 1)
        if rng.random() < 0.85:
            second = pools[(lang, section, rng.randrange(10), home)]
        else:
            second = pools[(lang, rng.choice(SECTIONS), rng.randrange(10), home)]
        recurring = pools[(lang, "*", 0, 0)] if rng.random() < RECURRING_SHARE else None
        names = tags.by_lang[lang]
        chosen = [keyword]
        for _ in range(rng.randint(0, 4)):
            chosen.append(rng.choices(names, cum_weights=tags.cum_weights[lang])[0])
        chosen = sorted({c for c in chosen if c in tags.ids})
        synced = status != "draft" or rng.random() < 0.5
        if synced:
            remote += 1
        first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
        byline = f"{first} {last}" if lang == "en" else f"{last}{first}" if lang == "ja" else last + first
        yield _Article(
            pk=pk,
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            lang=lang,
            section_id=sec_index + 1,
            extra_section_id=extra,
            status=status,
            title=vocab.fill(rng.choice(HEADLINES[lang]), rng, section, keyword, PLACES[lang][home]),
            dek=vocab.fill(rng.choice(SENTENCES[lang]), rng, section, keyword, PLACES[lang][home]),
            body=_body(rng, lang, pools[(lang, section, focus, home)], second, recurring, vocab, section),
            byline=byline,
            tags=chosen,
            created=created,
            updated=updated,
            scheduled=scheduled,
            published=published,
            remote_id=100_000 + remote if synced else None,
            dirty=(not synced) or rng.random() < 0.003,
        )


# --------------------------------------------------------------------------- writing
_BATCH = 1000


_Rows = tuple[list[tuple[object, ...]], ...]


def _rows(batch: Sequence[_Article], tag_ids: dict[str, int]) -> _Rows:
    """The rows of one batch of articles, per table (see `_write` for the order)."""
    articles: list[tuple[object, ...]] = []
    sections: list[tuple[object, ...]] = []
    article_tags: list[tuple[object, ...]] = []
    revisions: list[tuple[object, ...]] = []
    fts: list[tuple[object, ...]] = []
    outbox: list[tuple[object, ...]] = []
    for a in batch:
        body = a.body.text
        if a.pk % 250 == 1:  # the shortcut in _Body must agree with the app's own functions
            stats = text_stats(body)
            if (index_text(body), stats.words, stats.cjk_chars) != (a.body.indexed, a.body.words, a.body.cjk_chars):
                raise AssertionError(f"article {a.pk}: precomputed index text or counts differ from the app's")
        created, updated = _stamp(a.created), _stamp(a.updated)
        site = 1 if a.remote_id is not None else None
        articles.append((
            a.pk, a.id, site, a.remote_id, a.title, a.dek, body, slugify(a.title), a.byline, a.lang, a.status,
            a.section_id, created, updated, _stamp(a.scheduled), _stamp(a.published),
            updated if site else None, int(a.dirty), TextStats(a.body.words, a.body.cjk_chars).count, a.body.cjk_chars,
        ))
        sections.append((a.id, a.section_id, 0))
        if a.extra_section_id is not None:
            sections.append((a.id, a.extra_section_id, 1))
        article_tags.extend((a.id, tag_ids[t]) for t in a.tags)
        revisions.append((a.id, updated, "created" if a.updated == a.created else "manual", a.title, a.dek, body))
        fts.append((a.pk, index_text(a.title), index_text(a.dek), a.body.indexed, index_text(" ".join(a.tags))))
        if a.dirty:
            outbox.append((site, "article.save", a.id, "{}", "pending", 0, "", updated, updated))
    return articles, sections, article_tags, revisions, fts, outbox


def _write(db: sqlite3.Connection, rows: _Rows) -> None:
    articles, sections, article_tags, revisions, fts, outbox = rows
    db.executemany(
        "INSERT INTO articles (pk, id, site_id, remote_id, title, dek, body, slug, byline, lang, status, "
        "primary_section_id, created_at, updated_at, scheduled_at, published_at, remote_modified_gmt, dirty, "
        "word_count, cjk_chars) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        articles,
    )
    db.executemany("INSERT INTO article_sections (article_id, section_id, position) VALUES (?,?,?)", sections)
    db.executemany("INSERT INTO article_tags (article_id, tag_id) VALUES (?,?)", article_tags)
    db.executemany(
        "INSERT INTO revisions (article_id, created_at, reason, title, dek, body) VALUES (?,?,?,?,?,?)", revisions
    )
    db.executemany("INSERT INTO article_fts (rowid, title, dek, body, tags) VALUES (?,?,?,?,?)", fts)
    db.executemany(
        "INSERT INTO outbox (site_id, kind, entity, payload, state, attempts, last_error, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        outbox,
    )


def _produced(articles: Iterator[_Article], tag_ids: dict[str, int]) -> Iterator[_Rows]:
    """Batches of rows, generated in a second thread: SQLite releases the GIL while it stores and
    indexes a batch, so the next one is written meanwhile (same rows, same order, as one thread)."""
    out: queue.Queue[_Rows | BaseException | None] = queue.Queue(maxsize=3)
    stop = threading.Event()

    def put(item: _Rows | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            batch: list[_Article] = []
            for article in articles:
                batch.append(article)
                if len(batch) == _BATCH:
                    if not put(_rows(batch, tag_ids)):
                        return
                    batch = []
            if batch and not put(_rows(batch, tag_ids)):
                return
            put(None)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(exc)

    worker = threading.Thread(target=produce, name="archive-rows", daemon=True)
    worker.start()
    try:
        while (item := out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def build_store(
    path: Path, n_articles: int = 50_000, seed: int = 2026, *, progress: Callable[[int], None] | None = None
) -> Path:
    """Write a seeded archive of `n_articles` to a new store at `path` (which must not exist yet)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path}: already exists; build_store only writes new stores")
    open_store(path).close()  # the app's own schema, through its migrations

    rng = random.Random(seed)
    pools = _Pools(seed)
    tags, tag_rows = _tag_table(rng)
    start = _stamp(ARCHIVE_END - timedelta(days=ARCHIVE_DAYS + 30))

    db = sqlite3.connect(path, isolation_level=None)
    try:
        # A bulk load into a fresh file: no rollback journal, nothing to protect yet.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO sites (id, name, base_url, username, role, state, state_message, created_at) "
            "VALUES (1, ?, 'https://news.example.com', 'desk', 'editor', 'unknown', '', ?)",
            (SITE_NAME, start),
        )
        db.executemany(
            "INSERT INTO sections (id, name, slug, parent_id, description, site_id, remote_id, position) "
            "VALUES (?, ?, ?, NULL, '', 1, ?, ?)",
            [(i + 1, name, slugify(name), 2 + i, i) for i, name in enumerate(SECTIONS)],
        )
        db.executemany("INSERT INTO tags (id, name, slug, site_id, remote_id) VALUES (?,?,?,?,?)", tag_rows)
        done = 0
        for rows in _produced(_articles(rng, n_articles, pools, tags), tags.ids):
            _write(db, rows)
            done += len(rows[0])
            if progress:
                progress(done)
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode = WAL")  # as the app leaves its stores
        db.execute("ANALYZE")
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    return path


def cache_path(n_articles: int = 50_000, seed: int = 2026) -> Path:
    return CACHE_DIR / f"archive-{n_articles}-seed{seed}-d{DATASET_VERSION}-s{migrations.LATEST}.sqlite"


def cached_store(n_articles: int = 50_000, seed: int = 2026, *, verbose: bool = False) -> Path:
    """The store for (n_articles, seed), built on first use and kept in `benchmarks/.cache/`.

    Treat it as read-only: benchmarks that write use `writable_copy`.
    """
    target = cache_path(n_articles, seed)
    if target.exists():
        return target
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f"{target.name}.building-{os.getpid()}")
    for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
        leftover.unlink(missing_ok=True)
    began = time.perf_counter()
    if verbose:
        print(f"building a {n_articles:,}-article store (seed {seed}) in {CACHE_DIR.name}/ ...", file=sys.stderr)
    build_store(scratch, n_articles, seed)
    os.replace(scratch, target)  # whole files only: an interrupted build is never picked up
    for stale in CACHE_DIR.glob(f"archive-{n_articles}-seed{seed}-d*-s*.sqlite"):
        if stale != target:  # an older dataset or schema version of this archive
            stale.unlink(missing_ok=True)
    if verbose:
        size = target.stat().st_size / 2**20
        print(f"built in {time.perf_counter() - began:.1f} s, {size:,.0f} MiB", file=sys.stderr)
    return target


def writable_copy(dest_dir: Path, n_articles: int = 50_000, seed: int = 2026) -> Path:
    """A private copy of the cached store in `dest_dir`, for benchmarks that write."""
    source = cached_store(n_articles, seed)
    dest = Path(dest_dir) / source.name
    shutil.copyfile(source, dest)
    return dest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, help="write a fresh store here instead of using the cache")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.out:
        path = build_store(args.out, args.articles, args.seed)
    else:
        path = cache_path(args.articles, args.seed)
        fresh = not path.exists()
        cached_store(args.articles, args.seed)
        if not fresh:
            print(f"reusing {path}")
    elapsed = time.perf_counter() - began
    db = sqlite3.connect(path)
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "revisions", "tags", "article_tags", "article_sections")
    }
    langs = dict(db.execute("SELECT lang, count(*) FROM articles GROUP BY lang").fetchall())
    db.close()
    print(f"{path}: {path.stat().st_size / 2**20:,.0f} MiB in {elapsed:.1f} s")
    print("  " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print("  languages: " + ", ".join(f"{k} {v:,}" for k, v in sorted(langs.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
