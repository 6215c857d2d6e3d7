"""Opening a store file safely: checks before SQLite touches it, pragmas, migrations.

A file that is not a healthy Copydesk store is never recreated or "repaired" over: the error
names the file and the file is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.errors import (
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreTooNew,
    StoreWriteFailed,
)
from editor_app.core.privacy import create_private_file
from editor_app.core.store import migrations
from editor_app.core.store.filecheck import inspect_file
from editor_app.core.threads import refuse_network_thread

if TYPE_CHECKING:  # SQLAlchemy is imported when the engine is first built, not to open a store
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

DEFAULT_BUSY_TIMEOUT_MS = 5000
# Stores up to this size get SQLite's quick_check on every open; larger ones are checked by
# `Store.integrity_check()` (`copydesk check`, and the GUI in the background) so that opening a
# newsroom archive stays fast.
QUICK_CHECK_LIMIT = 64 * 1024 * 1024
POOL_THREADS = 32


def _disk_nearly_full(path: Path) -> bool:
    """A failed write on a disk with almost no room left was the disk being full: SQLite reports
    some of those (growing -shm, syncing) as I/O errors rather than SQLITE_FULL."""
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def translate(exc: BaseException, path: Path) -> StoreError | StoreWriteFailed | None:
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
    if "full" in text or ("i/o error" in text and _disk_nearly_full(path)):  # SQLITE_FULL, or a write cut short
        return StoreFull(f"{path}: the disk is full, so nothing was saved; free some space and try again", path)
    if "readonly" in text or "read-only" in text:
        return StoreReadOnly(
            f"{path}: the store is read-only (its file, folder or disk cannot be written), so nothing "
            "was saved; make it writable or copy the desk to a writable folder",
            path,
        )
    if "unable to open" in text or "disk i/o error" in text:
        return StoreWriteFailed(
            f"{path}: the store could not be written ({inner}); check the disk and the folder's "
            "permissions, then try again",
            path,
        )
    return None


class Store:
    """An open store: a read connection for lists and search, a driver connection for the hot
    paths written in SQL, and a SQLAlchemy engine for everything else.

    The read connection is `query_only` and separate from the others, so in WAL mode lists and
    search keep answering while a sync or an import holds the write lock. The driver connection
    and the engine are built on first use: listing, opening and typing into an article never
    load SQLAlchemy, and a command that only lists opens neither.
    """

    def __init__(
        self, path: Path, reader: sqlite3.Connection, busy_timeout_ms: int, *, read_only: bool = False
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.busy_timeout_ms = busy_timeout_ms
        self._reader_conn = reader
        self._reader_lock = threading.Lock()
        self._engine: Engine | None = None
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._engine_lock = threading.Lock()
        self._driver_conn: sqlite3.Connection | None = None
        self._driver_lock = threading.Lock()  # one transaction at a time on that connection
        # One writer: writes of this process are serial, and never made from a network thread.
        self._write_lock = threading.RLock()

    @property
    def engine(self) -> Engine:
        return self._orm()[0]

    def _orm(self) -> tuple[Engine, tuple[sessionmaker[Session], sessionmaker[Session]]]:
        """The engine and its (reader, writer) session factories, built together on first use."""
        with self._engine_lock:
            if self._engine is None or self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                self._engine = _make_engine(self.path, self.busy_timeout_ms, self.read_only)
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
        self._refuse_if_read_only()
        refuse_network_thread(str(self.path))
        writer = self._orm()[1][1]
        with self._write_lock, self._guard(), writer() as session, session.begin():
            yield session

    @contextmanager
    def driver(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """The driver's own connection in one transaction, for the hot paths written in SQL
        (opening an article, autosave): no ORM session, no statement compilation."""
        if write:
            self._refuse_if_read_only()
            refuse_network_thread(str(self.path))
        with self._write_lock if write else _NO_LOCK, self._guard(), self._driver_lock:
            if self._driver_conn is None:
                raw = _connect(self.path, self.busy_timeout_ms, read_only=self.read_only)
                self._driver_conn = _configured(raw, self.busy_timeout_ms)
            db = self._driver_conn
            try:
                db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise translate(sqlite3.OperationalError("attempt to write a readonly database"), self.path)  # type: ignore[misc]

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


_NO_LOCK = nullcontext()


def driver_of(target: Session | Connection | sqlite3.Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a session, a connection, or itself, in the same transaction."""
    if isinstance(target, sqlite3.Connection):
        return target
    if hasattr(target, "get_bind"):  # an ORM session
        target = target.connection()  # type: ignore[union-attr]
    return target.connection.driver_connection  # type: ignore[return-value]


def _connect(path: Path, busy_timeout_ms: int, *, read_only: bool = False) -> sqlite3.Connection:
    # Connections move between the GUI's store lane and other threads, one at a time (the pool
    # hands each to one thread), so sqlite3's same-thread check is off.
    target: str | Path = path
    if read_only:
        # Without a WAL to read, `immutable` opens the file without creating -wal and -shm files
        # (which a read-only open would otherwise leave behind); with one, SQLite must read it.
        wal = path.with_name(path.name + "-wal")
        has_wal = wal.exists() and wal.stat().st_size > 0
        target = f"{path.resolve().as_uri()}?mode=ro" + ("" if has_wal else "&immutable=1")
    return sqlite3.connect(
        target, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False, uri=read_only
    )


def _configured(db: sqlite3.Connection, busy_timeout_ms: int) -> sqlite3.Connection:
    """Settings every writing connection needs. We issue BEGIN ourselves: pysqlite's implicit
    transactions would defer the write lock to the first write and then fail at once with
    SQLITE_BUSY instead of waiting."""
    db.isolation_level = None
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # journal_mode=WAL is kept in the file itself
    return db


def _make_engine(path: Path, busy_timeout_ms: int, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    # One connection per thread, as SQLAlchemy gives a creator-built SQLite engine, but room for
    # every thread a desk runs: the store lane, the network pool, a sync's push workers and a
    # command's writer. Past `pool_size` threads the pool closes other threads' connections,
    # even ones in the middle of a transaction.
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, busy_timeout_ms, read_only=read_only),
        poolclass=SingletonThreadPool,
        pool_size=POOL_THREADS,
    )

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
    target.unlink(missing_ok=True)
    create_private_file(target)  # a copy of every article: as private as the store
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def _writable(path: Path) -> bool:
    """Whether this process may write the store file, its folder (for -wal/-shm) and its disk."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    statvfs = getattr(os, "statvfs", None)
    return not (statvfs and statvfs(path).f_flag & os.ST_RDONLY)


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _create(path: Path, busy_timeout_ms: int) -> None:
    """Build an empty store beside `path` and rename it into place: a failure (full disk,
    read-only folder) leaves no file behind, never a 0-byte store later refused as truncated."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, path) from None
    fresh = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        _remove_with_companions(fresh)  # a leftover of a killed attempt by this pid
        create_private_file(fresh)  # SQLite gives -wal and -shm the main file's mode
        raw = _connect(fresh, busy_timeout_ms)
        try:
            # Built with a rollback journal: the whole schema lands in the file itself, and a
            # full disk fails the transaction instead of stranding pages in a WAL whose
            # checkpoint could not finish (the WAL would not follow the rename).
            raw.execute("PRAGMA journal_mode = DELETE")
            migrations.upgrade(raw)
            raw.execute("PRAGMA journal_mode = WAL")
        finally:
            raw.close()
        for suffix in ("-wal", "-journal"):
            leftover = fresh.with_name(fresh.name + suffix)
            if leftover.exists() and leftover.stat().st_size:
                raise sqlite3.OperationalError("disk I/O error")  # not all of it reached the file
        os.replace(fresh, path)
    except sqlite3.Error as exc:
        _remove_with_companions(fresh)
        raise translate(exc, path) or StoreError(f"{path}: cannot create the store ({exc})", path) from None
    except OSError as exc:
        _remove_with_companions(fresh)
        raise os_error(exc, path) from None
    except BaseException:
        _remove_with_companions(fresh)
        raise


def os_error(exc: OSError, path: Path) -> StoreWriteFailed:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreFull(f"{path}: the disk is full, so the store could not be created; free some space", path)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StoreReadOnly(
            f"{exc.filename or path}: this folder cannot be written ({exc.strerror}); "
            "choose a folder you can write to (--data-dir)",
            path,
        )
    return StoreWriteFailed(f"{exc.filename or path}: {exc.strerror or exc}", path)


def open_store(path: str | Path, *, create: bool = True, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Store:
    """Open (and if asked, create) a store, upgrading its schema after a backup copy.

    A store this process cannot write opens read-only: reading works, writing raises
    `StoreReadOnly`, and no -wal or -shm file is left beside it."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file", path)
    created = False
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store here; run `copydesk init` first", path)
        _create(path, busy_timeout_ms)
        created = True
    recovered = inspect_file(path)  # the WAL or a hot journal must make up for a short file
    read_only = not _writable(path)
    try:
        raw = _connect(path, busy_timeout_ms, read_only=read_only)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})", path) from exc
    try:
        try:
            version = migrations.current_version(raw)
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
            if not created and (recovered or path.stat().st_size <= QUICK_CHECK_LIMIT):
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
        if not version and tables:
            raise StoreCorrupt(f"{path}: an SQLite database, but not a Copydesk store", path)
        if version < migrations.LATEST and read_only:
            raise StoreReadOnly(
                f"{path}: this store needs an upgrade to schema {migrations.LATEST}, but it is read-only; "
                "make it writable and open it again",
                path,
            )
        if version < migrations.LATEST:
            if version:
                _backup_before_upgrade(path, version)
            raw.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            raw.execute("PRAGMA journal_mode = WAL")
            try:
                migrations.upgrade(raw)
            except sqlite3.OperationalError as exc:
                raise translate(exc, path) or StoreError(f"{path}: upgrade failed ({exc})", path) from exc
        elif not read_only and raw.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            raw.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        raw.close()
        raise

    raw.execute("PRAGMA query_only = 1")  # from here on it only serves lists and search
    return Store(path, raw, busy_timeout_ms, read_only=read_only)


_COPYDESK_TABLES = frozenset({"articles", "revisions", "sections", "tags"})
