"""One desk of the ten-desks test, as its own process (not a test module).

It drives its desk only through `copydesk` commands, as a journalist's scripts would, and keeps
a journal (JSON lines) of everything a checker needs: each edit's token, each conflict it saw
and what it decided, each command that failed and why. Every edit appends a paragraph holding a
unique token, so the checker can tell which edits reached the site and which were dropped.

    python desk_worker.py CONFIG.json PHASE      PHASE: create | sync | work | settle | final

The create phase reads the account's application password from standard input.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from editor_app.cli import main as copydesk_main

TOKEN = re.compile(r"⟦d\d+-\d+⟧")
EDITORS = {"editor"}
PUBLISHERS = {"editor", "author"}


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text or "")


class Desk:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.n: int = config["desk"]
        self.role: str = config["role"]
        self.data = Path(config["data_dir"])
        self.journal = self.data / "journal.jsonl"
        self.rng = random.Random(config["seed"])
        self.edits = 0

    # -- commands
    def run(self, *args: str, stdin: str = "", as_json: bool = True) -> tuple[int, Any, str]:
        """One `copydesk` command in this process; (exit code, parsed JSON or None, stderr)."""
        args = (*args, "--json") if as_json else args
        out, err = io.StringIO(), io.StringIO()
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                rc = copydesk_main(["--data-dir", str(self.data), *args])
        except BaseException:  # anything the command did not turn into a message is a crash
            self.note(kind="crash", command=list(args), traceback=traceback.format_exc())
            return 99, None, "crash"
        finally:
            sys.stdin = old_stdin
        text = out.getvalue()
        data = None
        if "--json" in args and text.strip():
            try:
                data = json.loads(text)
            except ValueError:
                data = None
        if rc not in (0, 3):
            self.note(kind="failed", command=list(args), rc=rc, stderr=err.getvalue()[-800:], stdout=text)
        return rc, data, err.getvalue()

    def note(self, **entry: Any) -> None:
        entry.setdefault("desk", self.n)
        entry.setdefault("at", time.time())
        with self.journal.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")

    # -- phases
    def create(self) -> None:
        self.run("init", as_json=False)
        self.run("site", "add", "wp", "--url", self.config["site_url"], "--user", self.config["username"],
                 "--password-stdin", stdin=sys.stdin.readline(), as_json=False)  # fmt: skip
        for title, lang in self.config["titles"]:
            path = self.data / "next-body.md"
            path.write_text(f"Opening paragraph of {title}.\n", encoding="utf-8")
            rc, data, _ = self.run("article", "new", "--title", title, "--lang", lang, "--section", "News",
                                   "--body-file", str(path))  # fmt: skip
            if rc == 0 and data:
                self.note(kind="created", title=title, id=data["id"])
        self.sync()

    def sync(self) -> None:
        self.run("sync")
        self.settle_conflicts(keep_mine_odds=0.6)

    def settle_conflicts(self, keep_mine_odds: float) -> None:
        rc, items, _ = self.run("conflicts", "list")
        for c in items or []:
            keep = "mine" if self.rng.random() < keep_mine_odds else "theirs"
            mine = tokens((c.get("mine") or {}).get("body", ""))
            theirs = tokens((c.get("theirs") or {}).get("body", "")) if c.get("theirs") else []
            dropped = sorted(set(theirs) - set(mine)) if keep == "mine" else sorted(set(mine) - set(theirs))
            self.note(kind="conflict", title=c["title"], keep=keep, dropped=dropped, mine=mine, theirs=theirs)
            self.run("conflicts", "resolve", str(c["id"]), "--keep", keep, as_json=False)

    def articles(self) -> list[dict[str, Any]]:
        rc, rows, _ = self.run("article", "list", "--limit", "500")
        mine = set(self.config["own_titles"])
        rows = [r for r in rows or [] if r["title"].startswith(self.config["run_tag"])]
        if self.role in EDITORS:
            return rows
        # authors and contributors may change only their own posts; a contributor only until published
        return [r for r in rows if r["title"] in mine and (self.role != "contributor" or r["status"] != "publish")]

    def edit(self, row: dict[str, Any]) -> None:
        rc, art, _ = self.run("article", "show", row["id"])
        if rc != 0 or not art:
            return
        self.edits += 1
        token = f"⟦d{self.n}-{self.edits}⟧"
        body = art["body"].rstrip() + f"\n\nEdit {token} by desk {self.n}.\n"
        path = self.data / "next-body.md"
        path.write_text(body, encoding="utf-8")
        rc, _, _ = self.run("article", "edit", row["id"], "--body-file", str(path))
        if rc == 0:
            self.note(kind="edit", title=art["title"], token=token, tokens=tokens(body))

    def publish(self, row: dict[str, Any]) -> None:
        if self.role not in PUBLISHERS:
            rc, _, err = self.run("publish", row["id"], "--accept-warnings")  # a contributor's becomes "pending"
        elif self.rng.random() < 0.5:
            at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86_400 * self.rng.randint(1, 5)))
            rc, _, err = self.run("publish", row["id"], "--at", at, "--accept-warnings")
        else:
            rc, _, err = self.run("publish", row["id"], "--accept-warnings")
        self.note(kind="publish", title=row["title"], rc=rc)

    def work(self) -> None:
        deadline = time.monotonic() + self.config["seconds"]
        hot = self.config["hot_title"]
        # Everyone who may edit the hot story does so before the first sync: a sure overlap.
        first = [r for r in self.articles() if r["title"] == hot]
        if first:
            self.edit(first[0])
        self.sync()
        while time.monotonic() < deadline:
            rows = self.articles()
            roll = self.rng.random()
            if roll < 0.3 or not rows:
                self.sync()
            elif roll < 0.9:
                self.edit(self.rng.choice(rows))
            else:
                self.publish(self.rng.choice(rows))
            time.sleep(self.rng.uniform(0.1, 1.5))
        self.sync()

    def settle(self) -> None:
        """After the storm: decide every open conflict (keeping this desk's text), send, pull."""
        for _ in range(3):
            self.run("sync", "--retry-failed")
            self.settle_conflicts(keep_mine_odds=1.0)
        self.run("sync")  # send the last decisions now: the final phase only pulls what others sent

    def final(self) -> None:
        """Once every desk has settled: pull, and record what this desk holds."""
        self.run("sync")
        rc, rows, _ = self.run("article", "list", "--limit", "500")
        final = {}
        for r in rows or []:
            if r["title"].startswith(self.config["run_tag"]):
                _, art, _ = self.run("article", "show", r["id"])
                final[r["title"]] = {"tokens": tokens(art["body"]) if art else [], "dirty": r["dirty"]}
        rc, conflicts, _ = self.run("conflicts", "list")
        self.note(kind="final", articles=final, open_conflicts=[c["title"] for c in conflicts or []])


def main() -> int:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    desk = Desk(config)
    getattr(desk, sys.argv[2])()
    return 0


if __name__ == "__main__":
    sys.exit(main())
