"""Opening a store file safely: checks before SQLite touches it, pragmas, migrations.

A file that is not a healthy Copydesk store is never recreated or "repaired" over: the error
names the file and the file is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.errors import StoreCorrupt, StoreError, StoreLocked, StoreTooNew
from editor_app.core.store import migrations

if TYPE_CHECKING:  # SQLAlchemy is imported when the engine is first built, not to open a store
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
# Stores up to this size get SQLite's quick_check on every open; larger ones are checked by
# `Store.integrity_check()` (`copydesk check`, and the GUI in the background) so that opening a
# newsroom archive stays fast.
QUICK_CHECK_LIMIT = 64 * 1024 * 1024


def _inspect_file(path: Path) -> None:
    """Reject what SQLite would misread: not SQLite at all, or cut short."""
    size = path.stat().st_size
    if size < 100:
        raise StoreCorrupt(f"{path}: the store file is empty or truncated ({size} bytes)", path)
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise StoreCorrupt(f"{path}: not a Copydesk store (the file is not an SQLite database)", path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = int.from_bytes(header[24:28], "big")
    page_count = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    # The in-header page count is only trustworthy when written by SQLite 3.7+ (valid_for matches).
    if page_count and valid_for == change_counter and size < page_count * page_size:
        raise StoreCorrupt(
            f"{path}: the store file is truncated ({size} bytes, its header says {page_count * page_size})",
            path,
        )


def translate(exc: BaseException, path: Path) -> StoreError | None:
    """Map SQLite's failures to errors that name the store file."""
    inner = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error in .orig
    if not isinstance(inner, sqlite3.Error):
        return None
    text = str(inner).lower()
    if "locked" in text or "busy" in text:
        return StoreLocked(
            f"{path}: the store is in use by another Copydesk process and stayed locked; "
            "close the other window or command and try again",
            path,
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreCorrupt(f"{path}: the store file is damaged ({inner})", path)
    return None


class Store:
    """An open store: a read connection for lists and search, a driver connection for the hot
    paths written in SQL, and a SQLAlchemy engine for everything else.

    The read connection is `query_only` and separate from the others, so in WAL mode lists and
    search keep answering while a sync or an import holds the write lock. The driver connection
    and the engine are built on first use: listing, opening and typing into an article never
    load SQLAlchemy, and a command that only lists opens neither.
    """

    def __init__(self, path: Path, reader: sqlite3.Connection, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._reader_conn = reader
        self._reader_lock = threading.Lock()
        self._engine: Engine | None = None
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._engine_lock = threading.Lock()
        self._driver_conn: sqlite3.Connection | None = None
        self._driver_lock = threading.Lock()  # one transaction at a time on that connection

    @property
    def engine(self) -> Engine:
        return self._orm()[0]

    def _orm(self) -> tuple[Engine, tuple[sessionmaker[Session], sessionmaker[Session]]]:
        """The engine and its (reader, writer) session factories, built together on first use."""
        with self._engine_lock:
            if self._engine is None or self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                self._engine = _make_engine(self.path, self.busy_timeout_ms)
                self._sessions = (
                    sessionmaker(self._engine, expire_on_commit=False),
                    sessionmaker(self._engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False),
                )
            return self._engine, self._sessions

    @contextmanager
    def read(self) -> Iterator[Session]:
        reader = self._orm()[1][0]
        with self._guard(), reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that takes the write lock up front (BEGIN IMMEDIATE), so a busy store
        waits the busy timeout instead of failing halfway through."""
        writer = self._orm()[1][1]
        with self._guard(), writer() as session, session.begin():
            yield session

    @contextmanager
    def driver(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """The driver's own connection in one transaction, for the hot paths written in SQL
        (opening an article, autosave): no ORM session, no statement compilation."""
        with self._guard(), self._driver_lock:
            if self._driver_conn is None:
                self._driver_conn = _configured(_connect(self.path, self.busy_timeout_ms), self.busy_timeout_ms)
            db = self._driver_conn
            try:
                db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def rows(self, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """One read-only statement straight on the driver, for lists that refresh as the user
        scrolls and types. A single statement is its own consistent snapshot in SQLite."""
        with self._guard(), self._reader_lock:
            return self._reader_conn.execute(sql, params).fetchall()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            mapped = translate(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check; an empty list means the file is healthy."""
        with self._guard(), self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        return problems

    def close(self) -> None:
        with self._reader_lock:
            self._reader_conn.close()
        with self._driver_lock:
            if self._driver_conn is not None:
                self._driver_conn.close()
        if self._engine is not None:
            self._engine.dispose()


def driver_of(target: Session | Connection | sqlite3.Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a session, a connection, or itself, in the same transaction."""
    if isinstance(target, sqlite3.Connection):
        return target
    if hasattr(target, "get_bind"):  # an ORM session
        target = target.connection()  # type: ignore[union-attr]
    return target.connection.driver_connection  # type: ignore[return-value]


def _connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    # Connections move between the GUI's store lane and other threads, one at a time (the pool
    # hands each to one thread), so sqlite3's same-thread check is off.
    return sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False)


def _configured(db: sqlite3.Connection, busy_timeout_ms: int) -> sqlite3.Connection:
    """Settings every writing connection needs. We issue BEGIN ourselves: pysqlite's implicit
    transactions would defer the write lock to the first write and then fail at once with
    SQLITE_BUSY instead of waiting."""
    db.isolation_level = None
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # journal_mode=WAL is kept in the file itself
    return db


def _make_engine(path: Path, busy_timeout_ms: int) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine("sqlite://", creator=lambda: _connect(path, busy_timeout_ms))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        _configured(dbapi_conn, busy_timeout_ms)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")  # type: ignore[attr-defined]
        conn.exec_driver_sql(f"BEGIN {mode}")  # type: ignore[attr-defined]

    return engine


def _backup_before_upgrade(path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.before-upgrade-v{version}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def open_store(path: str | Path, *, create: bool = True, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Store:
    """Open (and if asked, create) a store, upgrading its schema after a backup copy."""
    path = Path(path)
    exists = path.exists()
    if exists:
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a store file", path)
        _inspect_file(path)
    elif not create:
        raise StoreError(f"{path}: no store here; run `copydesk init` first", path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    try:
        raw = _connect(path, busy_timeout_ms)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})", path) from exc
    try:
        try:
            version = migrations.current_version(raw)
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
            if exists and path.stat().st_size <= QUICK_CHECK_LIMIT:
                result = raw.execute("PRAGMA quick_check").fetchall()
                if [r[0] for r in result] != ["ok"]:
                    detail = "; ".join(r[0] for r in result[:3])
                    raise StoreCorrupt(f"{path}: the store file failed its integrity check ({detail})", path)
        except sqlite3.DatabaseError as exc:
            raise translate(exc, path) or StoreCorrupt(f"{path}: cannot read the store ({exc})", path) from exc
        if version > migrations.LATEST:
            raise StoreTooNew(
                f"{path}: this store was written by a newer Copydesk (schema {version}; "
                f"this version knows up to {migrations.LATEST}); update Copydesk to open it",
                path,
            )
        if version and not _COPYDESK_TABLES <= tables:
            raise StoreCorrupt(f"{path}: an SQLite database, but not a Copydesk store", path)
        if not version and exists and tables:
            raise StoreCorrupt(f"{path}: an SQLite database, but not a Copydesk store", path)
        if version < migrations.LATEST:
            if version:
                _backup_before_upgrade(path, version)
            raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            raw.execute("PRAGMA journal_mode = WAL")
            try:
                migrations.upgrade(raw)
            except sqlite3.OperationalError as exc:
                raise translate(exc, path) or StoreError(f"{path}: upgrade failed ({exc})", path) from exc
        elif raw.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            raw.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        raw.close()
        raise

    raw.execute("PRAGMA query_only = 1")  # from here on it only serves lists and search
    return Store(path, raw, busy_timeout_ms)


_COPYDESK_TABLES = frozenset({"articles", "revisions", "sections", "tags"})
