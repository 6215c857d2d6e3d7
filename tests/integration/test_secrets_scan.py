"""The end-of-run secrets scan (conftest.py) finds a password in every form it travels in, and
leaves alone the places where it lives by design."""

from __future__ import annotations

from conftest import scan_for_secrets

SECRET = "AbCd EfGh IjKl MnOp QrSt UvWx"


def test_the_scan_finds_a_password_in_files_and_output_and_skips_its_homes(tmp_path):
    (tmp_path / "desk" / "logs").mkdir(parents=True)
    (tmp_path / "desk" / "logs" / "sync.log").write_text("auth AbCdEfGhIjKlMnOpQrStUvWx sent", encoding="utf-8")
    (tmp_path / "desk" / "store.sqlite3").write_bytes(b"\x00\x01" + SECRET.encode() + b"\x00")
    (tmp_path / "desk" / "config.toml").write_text("theme = 'dark'\n", encoding="utf-8")
    (tmp_path / "wordpress-6.80").mkdir()
    (tmp_path / "wordpress-6.80" / "credentials.json").write_text(SECRET, encoding="utf-8")
    (tmp_path / "desk" / "keyring.json").write_text(SECRET, encoding="utf-8")

    found = scan_for_secrets({tmp_path}, ["all fine", f"oops {SECRET}"], {SECRET})

    assert sorted(found[:2]) == ["desk/logs/sync.log", "desk/store.sqlite3"]
    assert len(found) == 3 and found[2].startswith("captured output #1")
    assert scan_for_secrets({tmp_path / "desk" / "logs"}, ["all fine"], {"something else entirely"}) == []
