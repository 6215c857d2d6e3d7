"""`copydesk queue list | run | cancel` in real processes, on a store prepared in the test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from editor_app.core.desk import Desk


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # No keychain in the child: `queue run` against a site would have to say so, never hang on D-Bus.
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


def _queued(desk: Desk) -> tuple[int, int]:
    """Two requests on a site that is never reached: one now, one scheduled."""
    desk.sites.add("daily", "http://127.0.0.1:9", "editor", "abcd EFGH 1234 ijkl MNOP 5678")
    now = desk.articles.create("速報: 開票速報", body="x")
    later = desk.articles.create("Weekend feature", body="y")
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
    return desk.publishing.publish(now.id).job_id, desk.publishing.publish(later.id, at=at).job_id


def test_queue_list_and_cancel(desk: Desk, memory_keyring) -> None:
    now_job, later_job = _queued(desk)
    data = desk.paths.data_dir
    desk.close()

    r = run(data, "queue", "list", "--json")
    assert r.returncode == 0, r.stderr
    listed = json.loads(r.stdout)
    assert [(j["id"], j["title"], j["state"], j["action"]) for j in listed] == [
        (now_job, "速報: 開票速報", "queued", "publish"),
        (later_job, "Weekend feature", "queued", "schedule"),
    ]
    assert listed[0]["run_at"] is None and listed[1]["run_at"].endswith("Z")
    human = run(data, "queue", "list").stdout
    assert "速報: 開票速報" in human and "now" in human and "daily" in human

    r = run(data, "queue", "cancel", str(later_job))
    assert r.returncode == 0, r.stderr
    assert f"job {later_job} cancelled" in r.stdout
    assert [j["id"] for j in json.loads(run(data, "queue", "list", "--json").stdout)] == [now_job]
    everything = json.loads(run(data, "queue", "list", "--all", "--json").stdout)
    assert {j["id"]: j["state"] for j in everything} == {now_job: "queued", later_job: "cancelled"}
    shown = json.loads(run(data, "article", "show", everything[1]["article_id"], "--json").stdout)
    assert shown["status"] == "draft"

    again = run(data, "queue", "cancel", str(later_job))
    assert again.returncode == 2 and "already cancelled" in again.stderr


def test_queue_errors_and_an_empty_run(desk: Desk) -> None:
    data = desk.paths.data_dir
    desk.close()
    r = run(data, "queue", "cancel", "4242")
    assert r.returncode == 1 and "no publish job 4242" in r.stderr
    r = run(data, "queue", "cancel", "first")
    assert r.returncode == 2 and "invalid int value" in r.stderr
    r = run(data, "queue", "run")
    assert r.returncode == 0 and "nothing to send" in r.stdout
    r = run(data, "queue", "run", "--site", "nowhere")
    assert r.returncode == 1 and "no site named 'nowhere'" in r.stderr
    assert run(data, "queue", "list").stdout.strip() == "nothing in the queue (finished jobs: --all)"


def test_queue_run_without_a_usable_keychain_fails_and_keeps_the_jobs(desk: Desk, memory_keyring) -> None:
    now_job, _ = _queued(desk)
    data = desk.paths.data_dir
    desk.close()

    r = run(data, "queue", "run")

    assert r.returncode == 1
    assert "keychain" in r.stderr.lower()
    listed = json.loads(run(data, "queue", "list", "--json").stdout)
    assert listed[0]["id"] == now_job and listed[0]["state"] == "queued"
