"""The publish queue against a real WordPress: a schedule is WordPress's own `future` with the
right `date_gmt` (given in Tokyo time), and a cancelled schedule goes back to draft with
`copydesk queue run`."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone

from sync_support import cli_env, copydesk, open_desk


def test_schedule_then_cancel_with_queue_run(wp_site, isolated_keyring, tmp_path, wp_client):
    user = wp_site.user("editor")
    data_dir = tmp_path / "desk"
    desk = open_desk(data_dir, wp_site.base_url, user.username, user.app_password)
    desk.terms.ensure_sections()
    art = desk.articles.create(f"Scheduled {uuid.uuid4().hex[:8]}", body="Goes out on Monday.", sections=["News"])
    at = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=3)
    desk.close()
    env = cli_env(data_dir, isolated_keyring.path)

    sent = copydesk("publish", art.id, "--at", at.astimezone(timezone(timedelta(hours=9))).isoformat(), "--json",
                    "--accept-warnings", env=env)

    assert sent.returncode == 0, sent.stdout + sent.stderr
    published = json.loads(sent.stdout)
    job_id = published["job"]
    assert published["status"] == "future"
    [job] = json.loads(copydesk("queue", "list", "--json", env=env).stdout)
    assert (job["id"], job["state"], job["run_at"]) == (job_id, "scheduled", at.strftime("%Y-%m-%dT%H:%M:%SZ"))
    shown = json.loads(copydesk("article", "show", art.id, "--json", env=env).stdout)
    post = wp_client("admin").get_post(shown["remote_id"])
    assert post.status == "future" and post.date_gmt == at

    cancelled = copydesk("queue", "cancel", str(job_id), env=env)
    assert cancelled.returncode == 0, cancelled.stderr
    again = copydesk("queue", "run", env=env)

    assert again.returncode == 0, again.stdout + again.stderr
    assert wp_client("admin").get_post(post.id).status == "draft"
    [job] = json.loads(copydesk("queue", "list", "--all", "--json", env=env).stdout)
    assert job["state"] == "cancelled"
    assert copydesk("queue", "list", "--json", env=env).stdout.strip() == "[]"
