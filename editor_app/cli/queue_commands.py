"""`copydesk queue list | run | cancel JOB`: the publish jobs editors schedule from."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta

from editor_app.cli.context import CliContext, add_json_flag
from editor_app.cli.sync_commands import _exit_code, _progress
from editor_app.core.clock import iso
from editor_app.core.services.publishing import JobView


def _line(job: JobView) -> str:
    when = iso(job.run_at) if job.run_at else "now"
    line = f"{job.id:>4}  {job.state_label:<15} {when:<20}  {job.action:<8} {job.site or '-':<12} {job.headline}"
    return line + (f"\n      {job.message}" if job.message else "")


def cmd_queue_list(ctx: CliContext, args: argparse.Namespace) -> int:
    jobs = ctx.desk().publish_queue.list(include_finished=args.all)
    empty = "nothing in the queue" + ("" if args.all else " (finished jobs: --all)")
    ctx.emit([j.as_dict() for j in jobs], "\n".join(_line(j) for j in jobs) if jobs else empty)
    return 0


def cmd_queue_run(ctx: CliContext, args: argparse.Namespace) -> int:
    desk = ctx.desk()
    names = [desk.sites.get(args.site).name] if args.site else desk.publish_queue.sites_to_run()
    if not names:
        ctx.emit({"sites": [], "jobs": []}, "nothing to send: no queued jobs")
        return 0
    started = datetime.now(UTC) - timedelta(seconds=1)  # the store keeps microseconds; margin for clocks
    reports = [desk.syncing.sync(name, progress=_progress(ctx)) for name in names]
    if _progress(ctx):
        sys.stderr.write("\n")
    # What is still open, and what this run settled (went live, was taken off the schedule).
    jobs = [
        j
        for j in desk.publish_queue.list(include_finished=True)
        if j.site in names and (not j.finished or j.updated_at >= started)
    ]
    ctx.emit(
        {"sites": [r.as_dict() for r in reports], "jobs": [j.as_dict() for j in jobs]},
        "\n".join(r.summary() for r in reports) + "\n" + ("\n".join(_line(j) for j in jobs) or "queue empty"),
    )
    return _exit_code(reports)


def cmd_queue_cancel(ctx: CliContext, args: argparse.Namespace) -> int:
    job, _ = ctx.desk().publish_queue.cancel(args.job)
    ctx.emit(job.as_dict(), f"job {job.id} cancelled: {job.headline}\n{job.message}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    queue = sub.add_parser("queue", help="publish jobs: list, send, cancel")
    qsub = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)

    p = qsub.add_parser("list", help="jobs waiting, scheduled or needing attention, by run time")
    p.add_argument("--all", action="store_true", help="also live and cancelled jobs")
    add_json_flag(p)
    p.set_defaults(handler=cmd_queue_list)

    p = qsub.add_parser("run", help="sync the sites that have queued jobs")
    p.add_argument("--site", help="only this site")
    add_json_flag(p)
    p.set_defaults(handler=cmd_queue_run)

    p = qsub.add_parser("cancel", help="withdraw a job; a scheduled post goes back to draft on the next sync")
    p.add_argument("job", type=int)
    add_json_flag(p)
    p.set_defaults(handler=cmd_queue_cancel)
