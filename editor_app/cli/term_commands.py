"""`copydesk section …` and `copydesk tag …`."""

from __future__ import annotations

import argparse

from editor_app.cli import serialize
from editor_app.cli.context import CliContext, add_json_flag


def cmd_section_list(ctx: CliContext, args: argparse.Namespace) -> int:
    terms = ctx.desk().terms.sections()
    depth: dict[int, int] = {}
    lines = []
    for t in terms:
        depth[t.id] = depth.get(t.parent_id, -1) + 1 if t.parent_id else 0
        lines.append(f"{'  ' * depth[t.id]}{t.name} ({t.slug}) {t.article_count}")
    ctx.emit([serialize.term(t) for t in terms], "\n".join(lines) or "no sections")
    return 0


def cmd_section_add(ctx: CliContext, args: argparse.Namespace) -> int:
    t = ctx.desk().terms.add_section(args.name, parent=args.parent, slug=args.slug, description=args.description)
    ctx.emit(serialize.term(t), f"section {t.name} ({t.slug}) added")
    return 0


def cmd_section_rename(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.desk().terms.rename_section(args.section, args.new_name, new_slug=args.slug)
    ctx.say(f"section {args.section} renamed to {args.new_name}")
    return 0


def cmd_section_move(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.desk().terms.move_section(args.section, args.parent)
    ctx.say(f"section {args.section} moved {'under ' + args.parent if args.parent else 'to the top level'}")
    return 0


def cmd_section_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    change = ctx.desk().terms.delete_section(args.section, reassign_to=args.reassign)
    ctx.say(f"section {args.section} deleted; {len(change.articles)} articles updated")
    return 0


def cmd_tag_list(ctx: CliContext, args: argparse.Namespace) -> int:
    terms = ctx.desk().terms.tags()
    ctx.emit(
        [serialize.term(t) for t in terms],
        "\n".join(f"{t.name} ({t.slug}) {t.article_count}" for t in terms) or "no tags",
    )
    return 0


def cmd_tag_add(ctx: CliContext, args: argparse.Namespace) -> int:
    t = ctx.desk().terms.add_tag(args.name, slug=args.slug)
    ctx.emit(serialize.term(t), f"tag {t.name} ({t.slug}) added")
    return 0


def cmd_tag_rename(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.desk().terms.rename_tag(args.tag, args.new_name)
    ctx.say(f"tag {args.tag} renamed to {args.new_name}")
    return 0


def cmd_tag_merge(ctx: CliContext, args: argparse.Namespace) -> int:
    change = ctx.desk().terms.merge_tags(args.sources, args.into)
    ctx.say(f"merged {', '.join(args.sources)} into {args.into}; {len(change.articles)} articles updated")
    return 0


def cmd_tag_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    change = ctx.desk().terms.delete_tag(args.tag, reassign_to=args.reassign)
    ctx.say(f"tag {args.tag} deleted; {len(change.articles)} articles updated")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    sec = sub.add_parser("section", help="manage sections (WordPress categories)")
    ssub = sec.add_subparsers(dest="section_command", metavar="ACTION", required=True)
    p = ssub.add_parser("list")
    add_json_flag(p)
    p.set_defaults(handler=cmd_section_list)
    p = ssub.add_parser("add")
    p.add_argument("name")
    p.add_argument("--parent")
    p.add_argument("--slug")
    p.add_argument("--description", default="")
    add_json_flag(p)
    p.set_defaults(handler=cmd_section_add)
    p = ssub.add_parser("rename")
    p.add_argument("section")
    p.add_argument("new_name")
    p.add_argument("--slug")
    p.set_defaults(handler=cmd_section_rename)
    p = ssub.add_parser("move", help="re-parent a section (no --parent: to the top level)")
    p.add_argument("section")
    p.add_argument("--parent")
    p.set_defaults(handler=cmd_section_move)
    p = ssub.add_parser("delete")
    p.add_argument("section")
    p.add_argument("--reassign", help="section that receives the articles")
    p.set_defaults(handler=cmd_section_delete)

    tag = sub.add_parser("tag", help="manage tags")
    tsub = tag.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    p = tsub.add_parser("list")
    add_json_flag(p)
    p.set_defaults(handler=cmd_tag_list)
    p = tsub.add_parser("add")
    p.add_argument("name")
    p.add_argument("--slug")
    add_json_flag(p)
    p.set_defaults(handler=cmd_tag_add)
    p = tsub.add_parser("rename")
    p.add_argument("tag")
    p.add_argument("new_name")
    p.set_defaults(handler=cmd_tag_rename)
    p = tsub.add_parser("merge", help="move the articles of SOURCE… to --into, then delete the sources")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--into", required=True)
    p.set_defaults(handler=cmd_tag_merge)
    p = tsub.add_parser("delete")
    p.add_argument("tag")
    p.add_argument("--reassign", help="tag that receives the articles")
    p.set_defaults(handler=cmd_tag_delete)
