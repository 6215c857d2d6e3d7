"""The application password: kept by the real Secret Service, and nowhere else."""

from __future__ import annotations

import base64
import json
import logging
import os
import shlex
import sys
import uuid

import pytest
from fault_proxy import PROXY_ERROR_PAGE
from sync_support import REPO, cli_env, copydesk, open_desk

from editor_app.core.errors import CopydeskError
from editor_app.core.services.sites import SyncFailed
from editor_app.core.services.syncing import sync_site


@pytest.mark.keychain
def test_password_goes_through_the_real_secret_service(wp_site, secret_service, tmp_path):
    """gnome-keyring in a private D-Bus session: add, check, sync and remove via the CLI."""
    user = wp_site.user("author")
    data_dir = tmp_path / "desk"
    title = f"Via the keychain {uuid.uuid4().hex[:8]}"
    py = shlex.quote(sys.executable)
    password_file = tmp_path / "password"
    password_file.write_text(user.app_password + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    secret_file = shlex.quote(str(password_file))
    service = shlex.quote(f"copydesk {wp_site.base_url}")
    script = f"""
set -e
export COPYDESK_DATA_DIR={shlex.quote(str(data_dir))} PYTHONPATH={shlex.quote(str(REPO))}
unset PYTHON_KEYRING_BACKEND
cd {shlex.quote(str(REPO))}
{py} -m editor_app init > /dev/null
{py} -m editor_app site add wp --url {wp_site.base_url} --user {user.username} --password-stdin < {secret_file}
echo "stored=$(secret-tool lookup service {service} username {user.username})"
{py} -m editor_app site check wp --json > "$COPYDESK_DATA_DIR/check.json"
{py} -m editor_app article new --title {shlex.quote(title)} > /dev/null
{py} -m editor_app sync --json > "$COPYDESK_DATA_DIR/sync.json"
{py} -m editor_app site remove wp
echo "after_remove=$(secret-tool lookup service {service} username {user.username} || true)"
{py} -c 'import keyring; print("backend=" + type(keyring.get_keyring()).__module__)'
"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    try:
        done = secret_service.run("bash", "-c", script, env=env, timeout=180)
    finally:
        password_file.unlink()  # the test's own stdin file, not the desk's: the secrets scan must not meet it
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert lines["stored"] == user.app_password
    assert lines["after_remove"] == ""
    assert "SecretService" in lines["backend"] or "chainer" in lines["backend"]
    check = json.loads((data_dir / "check.json").read_text(encoding="utf-8"))
    assert check["role"] == "author" and check["can_publish"] is True and "publish" in check["summary"]
    report = json.loads((data_dir / "sync.json").read_text(encoding="utf-8"))[0]
    assert report["pushed"]["created"] == 1 and report["state"] == "online"
    assert user.app_password not in done.stdout.replace(lines["stored"], "", 1)


def test_the_password_never_reaches_the_store_config_logs_or_messages(
    wp_site, fault_proxy, isolated_keyring, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    user = wp_site.user("editor")
    secret = user.app_password
    forms = {secret, base64.b64encode(f"{user.username}:{secret}".encode()).decode()}
    data_dir = tmp_path / "desk"
    messages: list[str] = []

    desk = open_desk(data_dir, fault_proxy.url, user.username, secret)
    desk.sites.check("wp")
    art = desk.articles.create("Leak check", body="body", tags=["秘密"])
    fault_proxy.respond(r"^/wp-json/wp/v2/posts", 502, PROXY_ERROR_PAGE, method="POST")
    first = sync_site(desk, "wp", claim_unassigned=True, retry_budget_s=0)
    messages += [first.summary(), json.dumps(first.as_dict())]
    fault_proxy.clear()
    with desk.store.write() as s:  # let the backoff pass
        from sqlalchemy import update

        from editor_app.core.store.models import OutboxOp

        s.execute(update(OutboxOp).values(next_attempt_at=None))
    second = sync_site(desk, "wp", claim_unassigned=True, retry_budget_s=0)
    messages += [second.summary(), json.dumps(second.as_dict())]
    assert desk.articles.get(art.id).remote_id is not None

    # a refused password: its error text must not carry the one that was tried either
    wrong = "wrongPassword0000000000x"
    forms |= {wrong, base64.b64encode(f"{user.username}:{wrong}".encode()).decode()}
    desk.sites.set_password("wp", wrong)
    with pytest.raises(SyncFailed) as refused:
        desk.sites.check("wp")
    messages += [str(refused.value), repr(refused.value)]
    try:
        desk.sites.test_connection(fault_proxy.url, user.username, wrong)
    except CopydeskError as exc:
        messages += [str(exc), repr(exc)]
    paused = sync_site(desk, "wp", claim_unassigned=True)
    messages.append(paused.summary())
    desk.sites.set_password("wp", secret)
    desk.close()

    env = cli_env(data_dir, isolated_keyring.path)
    for args in (["site", "list", "--json"], ["site", "check", "wp"], ["sync", "--json"], ["conflicts", "list"]):
        out = copydesk(*args, env=env)
        messages += [out.stdout, out.stderr]

    haystacks = {"log records": caplog.text, "messages": "\n".join(messages)}
    for path in data_dir.rglob("*"):  # the store (and its WAL), config, cache, logs
        if path.is_file():
            haystacks[str(path.relative_to(data_dir))] = path.read_bytes().decode("utf-8", "replace")
    assert any(name.startswith("copydesk.sqlite3") for name in haystacks)
    for name, text in haystacks.items():
        for form in forms:
            assert form not in text, f"the password appears in {name}"
