"""Checks on a store file before SQLite opens it, aware of the write-ahead log and hot journals.

The main file alone can look truncated while the store is healthy: a checkpoint copies pages
from the `-wal` file into the main file starting with page 1, so a checkpoint cut short (a kill,
a full disk) leaves a header that already counts pages the file does not have yet. SQLite reads
those pages from the WAL when it opens the store. Likewise a hot rollback journal (`-journal`)
puts the file back as it was. Only when neither explains the missing pages is the file refused.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.errors import StoreCorrupt

SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def inspect_file(path: Path) -> bool:
    """Reject what SQLite would misread: not SQLite at all, or cut short with nothing to repair it.

    Returns True when the main file is short but the WAL or a hot journal covers it: the store
    opens, and the caller should run SQLite's integrity check on what it then sees.
    """
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
    if not (page_count and valid_for == change_counter and size < page_count * page_size):
        return False
    if has_hot_journal(path) or wal_covers(path, size // page_size):
        return True
    raise StoreCorrupt(
        f"{path}: the store file is truncated ({size} bytes, its header says {page_count * page_size})",
        path,
    )


def has_hot_journal(path: Path) -> bool:
    """A rollback journal with a valid header: SQLite rolls the main file back from it."""
    journal = path.with_name(path.name + "-journal")
    try:
        with journal.open("rb") as fh:
            return fh.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


def wal_covers(path: Path, pages_in_file: int) -> bool:
    """True when the WAL's last committed transaction supplies every page the file lacks.

    Frames are read in order while their salts match the WAL header (later ones belong to an
    older generation of the log and SQLite ignores them too). Checksums are left to SQLite: the
    caller runs an integrity check on the opened store whenever this returns True.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        fh = wal.open("rb")
    except OSError:
        return False
    with fh:
        head = fh.read(_WAL_HEADER)
        if len(head) < _WAL_HEADER or int.from_bytes(head[0:4], "big") not in _WAL_MAGICS:
            return False
        page_size = int.from_bytes(head[8:12], "big")
        page_size = 65536 if page_size == 1 else page_size
        salts = head[16:24]
        wal_size = wal.stat().st_size
        pages: list[int] = []
        committed_frames = 0
        db_pages = 0
        while True:
            frame = fh.read(_FRAME_HEADER)
            if len(frame) < _FRAME_HEADER or frame[8:16] != salts:
                break
            if fh.seek(page_size, 1) > wal_size:
                break  # the last frame was cut short
            pages.append(int.from_bytes(frame[0:4], "big"))
            commit_size = int.from_bytes(frame[4:8], "big")
            if commit_size:
                db_pages, committed_frames = commit_size, len(pages)
    if not db_pages:
        return False
    in_wal = set(pages[:committed_frames])
    return all(page in in_wal for page in range(pages_in_file + 1, db_pages + 1))
