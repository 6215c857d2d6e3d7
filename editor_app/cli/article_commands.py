"""`copydesk article …`, `search`: working with articles from the command line."""

from __future__ import annotations

import argparse

from editor_app.cli import serialize
from editor_app.cli.context import CliContext, UsageError, add_json_flag, read_text_arg
from editor_app.core.clock import iso
from editor_app.core.domain import ListFilter, Status


def _tags(value: str | None) -> list[str] | None:
    return None if value is None else [t.strip() for t in value.split(",") if t.strip()]


def _sections(value: str | None) -> list[str] | None:
    return None if value is None else [s.strip() for s in value.split(",") if s.strip()]


def cmd_new(ctx: CliContext, args: argparse.Namespace) -> int:
    body = read_text_arg(args.body_file) if args.body_file else ""
    art = ctx.desk().articles.create(
        args.title,
        body=body,
        dek=args.dek or "",
        byline=args.byline or "",
        lang=args.lang,
        sections=_sections(args.section) or [],
        tags=_tags(args.tags) or [],
        slug=args.slug,
    )
    ctx.emit(serialize.article(art))
    if ctx.json_output:
        return 0
    ctx.out.write(f"{art.id}\n")  # the contract: the new id alone on the last line
    return 0


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    f = ListFilter(
        status=Status.parse(args.status) if args.status else None,
        section=args.section,
        tag=args.tag,
        lang=args.lang,
        include_trash=args.status == "trash",
    )
    rows = ctx.desk().articles.list(
        f, limit=args.limit, offset=args.offset, sort=args.sort, descending=not args.ascending
    )
    lines = [f"{r.id[:8]}  {r.status.value:<8} {r.lang:<3} {(r.section or '-')[:12]:<12} {r.title}" for r in rows]
    ctx.emit([serialize.article_row(r) for r in rows], "\n".join(lines) if lines else "no articles")
    return 0


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> int:
    a = ctx.desk().articles.get(args.id)
    head = [
        f"id:       {a.id}",
        f"title:    {a.title}",
        f"status:   {a.status.value}" + (f" (scheduled {iso(a.scheduled_at)})" if a.scheduled_at else ""),
        f"lang:     {a.lang}",
        f"sections: {', '.join(a.sections) or '-'}",
        f"tags:     {', '.join(a.tags) or '-'}",
        f"byline:   {a.byline or '-'}",
        f"words:    {a.word_count}",
        f"updated:  {iso(a.updated_at)}" + ("  (not yet on the site)" if a.dirty else ""),
    ]
    if a.dek:
        head.append(f"dek:      {a.dek}")
    ctx.emit(serialize.article(a), "\n".join(head) + "\n\n" + a.body)
    return 0


def cmd_edit(ctx: CliContext, args: argparse.Namespace) -> int:
    fields = {
        "title": args.title,
        "dek": args.dek,
        "byline": args.byline,
        "slug": args.slug,
        "lang": args.lang,
        "sections": _sections(args.section),
        "tags": _tags(args.tags),
        "status": Status.parse(args.status) if args.status else None,
        "body": read_text_arg(args.body_file) if args.body_file else None,
    }
    if all(v is None for v in fields.values()):
        raise UsageError("article edit: nothing to change; give --title, --body-file, --tags, …")
    art, change = ctx.desk().articles.update(args.id, **fields)
    ctx.emit(serialize.article(art), f"{art.id} updated" if change.articles else f"{art.id} unchanged")
    return 0


def cmd_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.desk().articles.delete(args.id, purge=args.purge)
    ctx.say(f"{args.id} {'purged' if args.purge else 'moved to the trash'}")
    return 0


def cmd_history(ctx: CliContext, args: argparse.Namespace) -> int:
    revs = ctx.desk().revisions.list(args.id)
    lines = [f"{r.id:>6}  {iso(r.created_at)}  {r.reason.value:<16} {r.word_count:>6} words  {r.title}" for r in revs]
    ctx.emit([serialize.revision(r) for r in revs], "\n".join(lines) or "no revisions")
    return 0


def cmd_diff(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.out.write(ctx.desk().revisions.diff(args.id, args.revision, args.against))
    return 0


def cmd_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.desk().revisions.restore(args.id, args.revision)
    ctx.say(f"{args.id}: revision {args.revision} restored (the previous text stays in the history)")
    return 0


def cmd_search(ctx: CliContext, args: argparse.Namespace) -> int:
    hits = ctx.desk().articles.search(args.query, limit=args.limit)
    lines = [f"{h.row.id[:8]}  {h.row.lang:<3} {h.row.title}" for h in hits]
    ctx.emit([serialize.article_row(h.row) | {"rank": h.rank} for h in hits], "\n".join(lines) or "no matches")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    art = sub.add_parser("article", help="create, list, show, edit and delete articles")
    asub = art.add_subparsers(dest="article_command", metavar="ACTION", required=True)

    p = asub.add_parser("new", help="create an article; prints its id on the last line")
    p.add_argument("--title", required=True)
    p.add_argument("--dek")
    p.add_argument("--byline")
    p.add_argument("--section", help="section slug or name (comma-separated, primary first)")
    p.add_argument("--tags", help="comma-separated tag names (created if new)")
    p.add_argument("--lang", default="en")
    p.add_argument("--slug")
    p.add_argument("--body-file", help="Markdown body file, or - for standard input")
    add_json_flag(p)
    p.set_defaults(handler=cmd_new)

    p = asub.add_parser("list", help="list articles, newest first")
    p.add_argument("--status")
    p.add_argument("--section")
    p.add_argument("--tag")
    p.add_argument("--lang")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--sort", default="updated")
    p.add_argument("--ascending", action="store_true")
    add_json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = asub.add_parser("show", help="show one article")
    p.add_argument("id")
    add_json_flag(p)
    p.set_defaults(handler=cmd_show)

    p = asub.add_parser("edit", help="change an article's fields")
    p.add_argument("id")
    for flag in ("--title", "--dek", "--byline", "--lang", "--status"):
        p.add_argument(flag)
    p.add_argument("--slug", help='set by hand, it stays when the title changes; --slug "" follows the title again')
    p.add_argument("--section")
    p.add_argument("--tags")
    p.add_argument("--body-file")
    add_json_flag(p)
    p.set_defaults(handler=cmd_edit)

    p = asub.add_parser("delete", help="move to the trash (--purge: remove a trashed article for good)")
    p.add_argument("id")
    p.add_argument("--purge", action="store_true")
    p.set_defaults(handler=cmd_delete)

    p = asub.add_parser("history", help="list an article's revisions")
    p.add_argument("id")
    add_json_flag(p)
    p.set_defaults(handler=cmd_history)

    p = asub.add_parser("diff", help="diff a revision against the current text (or --against another)")
    p.add_argument("id")
    p.add_argument("revision", type=int)
    p.add_argument("--against", type=int)
    p.set_defaults(handler=cmd_diff)

    p = asub.add_parser("restore", help="restore a revision (the current text is kept in the history)")
    p.add_argument("id")
    p.add_argument("revision", type=int)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("search", help="full-text search (English, Japanese, Korean)")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    add_json_flag(p)
    p.set_defaults(handler=cmd_search)
