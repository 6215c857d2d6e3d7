"""One writer: the store refuses writes from network threads, and writes are serial."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from editor_app.core.store.engine import Store, open_store
from editor_app.core.store.writer import Writer
from editor_app.core.threads import (
    CallerWriter,
    WrongThread,
    is_network_thread,
    network_pool,
    network_thread,
)


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


def test_network_threads_hand_their_writes_to_the_calling_thread(store: Store) -> None:
    threads: list[threading.Thread] = []

    def record(name: str):  # noqa: ANN202 - a write for the Writer
        def run(s) -> str:  # noqa: ANN001 - an ORM session
            threads.append(threading.current_thread())
            s.connection().exec_driver_sql(ADD_SITE, (name,))
            return name

        return run

    caller = CallerWriter()
    write = Writer(store, caller)
    with network_pool(3, "net") as pool:
        futures = [pool.submit(write, record(f"n{i}")) for i in range(6)]
        caller.serve_until(lambda: all(f.done() for f in futures))
        assert sorted(f.result() for f in futures) == [f"n{i}" for i in range(6)]
    assert write(record("own")) == "own"  # the writer's own write runs at once
    assert threads == [threading.current_thread()] * 7
    assert _site_count(store) == 7


def test_only_the_writer_serves_its_queue() -> None:
    caller = CallerWriter()
    with ThreadPoolExecutor(1) as pool, pytest.raises(WrongThread):
        pool.submit(caller.serve_until, lambda: True).result()


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
