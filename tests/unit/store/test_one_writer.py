"""One writer: the store refuses writes from network threads, and writes are serial."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from editor_app.core.store.engine import Store, open_store
from editor_app.core.store.threads import (
    WriterLane,
    WrongThread,
    is_network_thread,
    mark_network_thread,
    network_pool,
    network_thread,
)
from editor_app.core.store.writer import Writer


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path / "store.db")
    yield opened
    opened.close()


ADD_SITE = (
    "INSERT INTO sites (name, base_url, username, state, state_message, created_at) "
    "VALUES (?, 'http://127.0.0.1', 'u', 'unknown', '', '2026-01-01')"
)


def _site_count(store: Store) -> int:
    return int(store.rows("SELECT count(*) FROM sites")[0][0])


def _add_site(store: Store, name: str) -> None:
    with store.driver(write=True) as db:
        db.execute(
            ADD_SITE,
            (name,),
        )


def test_a_write_from_a_network_thread_raises_and_writes_nothing(store: Store) -> None:
    def on_network_thread() -> None:
        with network_thread():
            with pytest.raises(WrongThread):
                _add_site(store, "net")
            with pytest.raises(WrongThread), store.write():
                pass
            assert _site_count(store) == 0  # reading is fine there

    with ThreadPoolExecutor(1) as pool:
        pool.submit(on_network_thread).result()
    assert _site_count(store) == 0


def test_a_marked_pool_thread_stays_marked_and_the_writer_is_not(store: Store) -> None:
    with network_pool(2, "net") as pool:
        assert all(pool.map(lambda _: is_network_thread(), range(4)))
        with pytest.raises(WrongThread):
            pool.submit(_add_site, store, "net").result()
    assert not is_network_thread()
    _add_site(store, "writer")  # this thread is not a network thread
    assert _site_count(store) == 1


def test_a_network_thread_hands_its_write_to_the_writer_lane(store: Store) -> None:
    threads: list[str] = []

    def record(s) -> int:  # noqa: ANN001 - an ORM session
        threads.append(threading.current_thread().name)
        s.connection().exec_driver_sql(ADD_SITE, ("lane",))
        return 7

    with WriterLane("writer") as lane:
        write = Writer(store, lane)

        def on_network_thread() -> int:
            mark_network_thread()
            return write(record)

        with ThreadPoolExecutor(1, thread_name_prefix="net") as pool:
            assert pool.submit(on_network_thread).result() == 7
    assert threads and threads[0].startswith("writer")
    assert _site_count(store) == 1


def test_writes_from_several_threads_are_serial(store: Store) -> None:
    inside = 0
    most = 0
    lock = threading.Lock()

    def write(i: int) -> None:
        nonlocal inside, most
        with store.write() as s:
            with lock:
                inside += 1
                most = max(most, inside)
            s.connection().exec_driver_sql(
                ADD_SITE,
                (f"s{i}",),
            )
            with lock:
                inside -= 1

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(write, range(20)))
    assert most == 1
    assert _site_count(store) == 20
