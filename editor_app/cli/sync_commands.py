"""`copydesk site …`, `sync`, `conflicts …` and `publish`: the desk and its WordPress sites.

The application password is read from standard input (``--password-stdin``) or a hidden
prompt, and goes straight to the keychain; it is never an argument (shell history, `ps`).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from editor_app.cli.context import CliContext, UsageError, add_json_flag
from editor_app.core.clock import iso, parse_iso
from editor_app.core.services.conflicts import ConflictView
from editor_app.core.services.sites import SiteCheck, SiteView
from editor_app.core.sync.engine import SyncProgress, SyncReport


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        value = sys.stdin.readline().strip()
    elif sys.stdin.isatty():
        value = getpass.getpass("Application password (from WordPress: Users → Profile): ").strip()
    else:
        raise UsageError("no terminal to ask for the password; pipe it in with --password-stdin")
    if not value:
        raise UsageError("the application password is empty")
    return value


def _site_dict(v: SiteView) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "title": v.name,
        "url": v.url,
        "username": v.username,
        "role": v.role,
        "timezone": v.timezone,
        "state": v.state,
        "state_message": v.state_message,
        "last_pull": iso(v.last_pull),
        "pending": v.pending,
        "conflicts": v.conflicts,
        "failed": v.failed,
        "authors": [{"id": a.id, "name": a.name} for a in v.authors],
        "meta_fields": list(v.meta_fields),
        "byline_field": v.byline_field,
        "byline_field_setting": v.byline_field_setting,
    }


def _check_dict(c: SiteCheck) -> dict[str, Any]:
    return {
        "user_id": c.user_id,
        "user_name": c.user_name,
        "role": c.role,
        "timezone": c.timezone,
        "site_name": c.site_name,
        "can_publish": c.can_publish,
        "capabilities": sorted(k for k, v in c.capabilities.items() if v),
        "summary": c.summary,
    }


# ----------------------------------------------------------------------------- site
def cmd_site_add(ctx: CliContext, args: argparse.Namespace) -> int:
    password = _read_password(args)
    view = ctx.desk().sites.add(args.name, args.url, args.user, password)
    ctx.emit(
        _site_dict(view),
        f"added site {view.name} ({view.url}) as {view.username}; "
        f"the password is in the keychain. Check it with `copydesk site check {view.name}`",
    )
    return 0


def cmd_site_password(ctx: CliContext, args: argparse.Namespace) -> int:
    password = _read_password(args)
    view = ctx.desk().sites.set_password(args.name, password)
    ctx.emit(_site_dict(view), f"new application password for {view.name} saved in the keychain")
    return 0


def cmd_site_list(ctx: CliContext, args: argparse.Namespace) -> int:
    views = ctx.desk().sites.list()
    lines = [
        f"{v.name:<16} {v.state:<8} {v.role or '-':<12} {v.username:<16} {v.url}"
        + (
            f"  ({v.pending} pending, {v.conflicts} conflicts, {v.failed} failed)"
            if v.pending or v.conflicts or v.failed
            else ""
        )
        for v in views
    ]
    empty = "no sites; add one with `copydesk site add`"
    ctx.emit([_site_dict(v) for v in views], "\n".join(lines) if lines else empty)
    return 0


def cmd_site_check(ctx: CliContext, args: argparse.Namespace) -> int:
    desk = ctx.desk()
    found = desk.sites.check(args.name)
    view = desk.sites.get(args.name)
    ctx.emit(
        {**_check_dict(found), "authors": len(view.authors), "byline_field": view.byline_field},
        f"{args.name}: online, site timezone {found.timezone}\n{found.summary}\n{_bylines_line(view)}",
    )
    return 0


def _bylines_line(view: SiteView) -> str:
    target = f"the {view.byline_field} field" if view.byline_field else "no byline field"
    author = "sets the author when it names one" if view.bylines().may_set_author else "cannot set the author"
    return f"bylines: {len(view.authors)} authors on the site; this account {author}; otherwise {target}"


def cmd_site_byline_field(ctx: CliContext, args: argparse.Namespace) -> int:
    field = None if args.auto else ("" if args.none else args.field)
    if field is None and not args.auto:
        view = ctx.desk().sites.get(args.name)
    else:
        view = ctx.desk().sites.set_byline_field(args.name, field)
    fields = ", ".join(view.meta_fields) or "none"
    ctx.emit(_site_dict(view), f"{view.name}: {_bylines_line(view)} (fields the site exposes: {fields})")
    return 0


def cmd_site_remove(ctx: CliContext, args: argparse.Namespace) -> int:
    removed = ctx.desk().sites.remove(args.name)
    keychain = "its password was removed from the keychain" if removed else "the keychain held no password for it"
    ctx.emit({"name": args.name, "keychain_entry_removed": removed}, f"removed site {args.name}; {keychain}")
    return 0


# ----------------------------------------------------------------------------- sync
def _progress(ctx: CliContext) -> Any:
    if ctx.json_output or not sys.stderr.isatty():
        return None

    def show(p: SyncProgress) -> None:
        total = f"/{p.total}" if p.total else ""
        sys.stderr.write(f"\r{p.site}: {p.phase} {p.done}{total}   ")
        sys.stderr.flush()

    return show


def _exit_code(reports: list[SyncReport]) -> int:
    if any(not r.ok for r in reports):
        return 1
    if any(r.conflicts for r in reports):
        return 3
    return 0


def cmd_sync(ctx: CliContext, args: argparse.Namespace) -> int:
    desk = ctx.desk()
    sites = [desk.sites.get(args.site)] if args.site else desk.sites.list()
    if not sites:
        raise UsageError("no site yet; add one with `copydesk site add NAME --url URL --user USER`")
    claim = bool(args.site) or len(sites) == 1
    if args.retry_failed:
        for view in sites:
            desk.syncing.retry_failed(view.name)
    reports = [desk.syncing.sync(view, progress=_progress(ctx), claim_unassigned=claim) for view in sites]
    if _progress(ctx):
        sys.stderr.write("\n")
    data: Any = [r.as_dict() for r in reports]
    ctx.emit(data if len(data) != 1 or not args.site else data[0], "\n".join(r.summary() for r in reports))
    return _exit_code(reports)


# ----------------------------------------------------------------------------- conflicts
def _conflict_dict(c: ConflictView) -> dict[str, Any]:
    return {
        "id": c.id,
        "article_id": c.article_id,
        "title": c.title,
        "kind": c.kind,
        "created_at": iso(c.created_at),
        "base": c.base.as_dict(),
        "mine": c.mine.as_dict(),
        "theirs": c.theirs.as_dict() if c.theirs else None,
        "remote_modified_gmt": iso(c.remote_modified_gmt),
    }


def cmd_conflicts_list(ctx: CliContext, args: argparse.Namespace) -> int:
    items = ctx.desk().conflicts.list()
    lines = []
    for c in items:
        what = "deleted on the site" if c.kind == "deleted" else f"theirs: {c.theirs.title if c.theirs else ''!r}"
        lines.append(f"{c.id:>4}  {c.article_id[:8]}  {c.title}  ({what})")
    ctx.emit([_conflict_dict(c) for c in items], "\n".join(lines) if lines else "no conflicts")
    return 0


def cmd_conflicts_resolve(ctx: CliContext, args: argparse.Namespace) -> int:
    desk = ctx.desk()
    before = desk.conflicts.get(args.id)
    desk.conflicts.resolve(args.id, args.keep)
    if before.kind == "deleted":
        done = (
            "the post will be created again on the next sync"
            if args.keep == "mine"
            else "the article was moved to the trash"
        )
    else:
        done = "your version will be sent on the next sync" if args.keep == "mine" else "the site's version is kept"
    ctx.emit(
        {"id": args.id, "kept": args.keep, "article_id": before.article_id},
        f"conflict {args.id} resolved: {done}; both versions are in the article's history",
    )
    return 0


# ----------------------------------------------------------------------------- publish
def _findings_out(ctx: CliContext, article_id: str, findings: list, *, check_only: bool, accept: bool) -> int:
    """Print the pre-publish findings; 1 when something stops the publish."""
    blocked = any(f.blocking for f in findings)
    stops = blocked or (not check_only and not accept and bool(findings))
    lines = [f"{f.severity.upper():8} {f.field:15} {f.message}  [{f.code}]" for f in findings] or ["no findings"]
    if blocked:
        lines.append("something blocks the publish: fix it, then publish again")
    elif stops:
        lines.append(f"only warnings: publish anyway with `copydesk publish {article_id[:8]} --accept-warnings`")
    data = {"id": article_id, "blocked": blocked, "findings": [f.as_dict() for f in findings]}
    if check_only or not stops:
        ctx.emit(data, "\n".join(lines))
    else:  # refused: the findings go to stderr, as any failure's message does
        if ctx.json_output:
            ctx.emit(data)
        else:
            print("\n".join(["not published:", *lines]), file=sys.stderr)
    return 1 if stops else 0


def cmd_publish(ctx: CliContext, args: argparse.Namespace) -> int:
    desk = ctx.desk()
    at = parse_iso(args.at) if args.at else None
    article_id = desk.articles.get(args.id).id
    findings = desk.publishing.check(article_id, site=args.site, online=not args.offline)
    if args.check:
        return _findings_out(ctx, article_id, findings, check_only=True, accept=args.accept_warnings)
    if _findings_out_needed(findings, args.accept_warnings):
        return _findings_out(ctx, article_id, findings, check_only=False, accept=args.accept_warnings)
    req = desk.publishing.publish_checked(
        article_id,
        at=at,
        site=args.site,
        byline_fallback=args.byline_fallback,
        accept_warnings=args.accept_warnings,
        findings=findings,
    )
    report = desk.syncing.sync(req.site, progress=_progress(ctx), claim_unassigned=False, pull_first=False)
    art = desk.articles.get(req.article_id)
    data = {
        "id": art.id,
        "title": art.title,
        "requested": req.status.value,
        "status": art.status.value,
        "scheduled_at": iso(art.scheduled_at),
        "remote_id": art.remote_id,
        "note": req.note,
        "job": req.job_id,
        "sync": report.as_dict(),
    }
    human = [
        f"{art.title}: the site has it as {art.status.value}"
        + (f" for {iso(art.scheduled_at)}" if art.status.value == "future" else "")
    ]
    if req.note:
        human.append(req.note)
    human.append(f"publish job {req.job_id}: see `copydesk queue list`")
    if not report.ok or art.dirty:
        human.append(report.summary())
    ctx.emit(data, "\n".join(human))
    return _exit_code([report])


def _findings_out_needed(findings: list, accept_warnings: bool) -> bool:
    return any(f.blocking or not accept_warnings for f in findings)


def register(sub: argparse._SubParsersAction) -> None:
    from editor_app.cli.look_commands import register as register_look

    site = sub.add_parser("site", help="WordPress sites: add, list, check, remove")
    ssub = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)

    p = ssub.add_parser("add", help="add a site; the application password goes to the keychain")
    p.add_argument("name")
    p.add_argument("--url", required=True, help="the site's address (https://, or http:// on loopback)")
    p.add_argument("--user", required=True, help="the WordPress user name")
    p.add_argument("--password-stdin", action="store_true", help="read the application password from stdin")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_add)

    p = ssub.add_parser("password", help="replace a site's application password (e.g. after it was revoked)")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_password)

    p = ssub.add_parser("list", help="list sites and their state")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_list)

    p = ssub.add_parser("check", help="test the account and say what it may do")
    p.add_argument("name")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_check)

    p = ssub.add_parser("byline-field", help="show or choose the post meta field bylines go to")
    p.add_argument("name")
    group = p.add_mutually_exclusive_group()
    group.add_argument("field", nargs="?", help="a meta field the site exposes (see `site check`)")
    group.add_argument("--none", action="store_true", help="no field: the author or the top of the story")
    group.add_argument("--auto", action="store_true", help="detect a field by its common names (the default)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_byline_field)

    register_look(ssub)

    p = ssub.add_parser("remove", help="forget a site and delete its keychain entry")
    p.add_argument("name")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_remove)

    p = sub.add_parser("sync", help="pull from the site(s), then push the outbox")
    p.add_argument("--site", help="only this site")
    p.add_argument("--retry-failed", action="store_true", help="send failed operations again")
    add_json_flag(p)
    p.set_defaults(handler=cmd_sync)

    con = sub.add_parser("conflicts", help="articles changed both here and on the site")
    csub = con.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    p = csub.add_parser("list", help="open conflicts (exit 3 when there are some)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_conflicts_list)
    p = csub.add_parser("resolve", help="keep mine or theirs; both stay in the history")
    p.add_argument("id", type=int)
    p.add_argument("--keep", choices=("mine", "theirs"), required=True)
    add_json_flag(p)
    p.set_defaults(handler=cmd_conflicts_resolve)

    p = sub.add_parser("publish", help="publish now, or schedule on the site with --at")
    p.add_argument("id")
    p.add_argument("--at", help="ISO 8601 time with a zone, e.g. 2026-12-01T09:00+09:00")
    p.add_argument("--site")
    p.add_argument(
        "--byline-fallback",
        choices=("block", "drop"),
        help="for a byline that names no author of the site, on a site with no byline field: "
        "block puts it at the top of the story, drop publishes without it",
    )
    p.add_argument("--check", action="store_true", help="only run the pre-publish checks; exit 1 when one blocks")
    p.add_argument("--accept-warnings", action="store_true", help="publish despite pre-publish warnings")
    p.add_argument("--offline", action="store_true", help="skip the checks that ask the site and try the links")
    add_json_flag(p)
    p.set_defaults(handler=cmd_publish)
