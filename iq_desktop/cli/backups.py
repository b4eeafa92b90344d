"""Automatic backups on the command line (:mod:`iq_desktop.services.auto_backup`)::

    iq-desktop backup-auto                                   show the setup and the last backup
    iq-desktop backup-auto [--folder DIR] [--keep N] [--on | --off]   set it up (coordinators)
    iq-desktop backup-auto --run [--force]                   make one now if due (for cron / a systemd timer)
    iq-desktop backups [--folder DIR] [--json]               the folder's backups, their dates, do they verify

``--run`` exits 0 when a backup was made or none was due (or they are off), 1 when it failed (one line
on stderr: the folder is missing, the drive is full, ...). ``backups --folder DIR`` needs no passphrase.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from iq_desktop.cli.common import Refused, SubParsers, err, open_vault_from_args, out

if TYPE_CHECKING:
    from iq_desktop.services.auto_backup import BackupFile, Status


def register(subparsers: SubParsers) -> None:
    """Add ``backup-auto`` and ``backups`` (called by ``iq_desktop.cli.parser.build_parser``)."""
    p = subparsers.add_parser(
        "backup-auto",
        help="automatic daily backups: set up (coordinators), show, or --run one now if due",
        description="Automatic encrypted backups into a folder or onto a USB drive, keeping the last N "
        "(docs/security.md, 'Automatic backups'). Without options: the setup and the last backup.",
    )
    p.add_argument("--folder", metavar="DIR", help="the backup folder (created if its parent exists); switches on")
    p.add_argument("--keep", type=int, metavar="N", help="how many automatic backups to keep (default 7)")
    on_off = p.add_mutually_exclusive_group()
    on_off.add_argument("--on", action="store_true", help="switch automatic backups on")
    on_off.add_argument("--off", action="store_true", help="switch automatic backups off (the files stay)")
    p.add_argument("--run", action="store_true", help="make a backup now if one is due (exit 1 if it failed)")
    p.add_argument("--force", action="store_true", help="with --run: also when none is due")
    p.set_defaults(func=cmd_backup_auto)

    p = subparsers.add_parser("backups", help="list the backups in the backup folder and whether each verifies")
    p.add_argument("--folder", metavar="DIR", help="another folder (then no passphrase is needed)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups)


def cmd_backup_auto(args: argparse.Namespace) -> int:
    from iq_desktop.services import auto_backup as ab

    if args.force and not args.run:
        raise Refused("--force goes with --run.")
    configuring = args.folder is not None or args.keep is not None or args.on or args.off
    with open_vault_from_args(args) as vault:
        if configuring:
            enabled = True if args.on else False if args.off else None
            folder = Path(args.folder) if args.folder is not None else None
            cfg = ab.configure(vault, enabled=enabled, folder=folder, keep=args.keep)
            where = str(cfg.folder) if cfg.folder else "no folder"
            err(f"Automatic backups are {'on' if cfg.enabled else 'off'}: {where}, keeping the last {cfg.keep}.")
        if args.run:
            result = ab.run_if_due(vault, force=args.force)
            err(result.message)
            return 0 if result.ok or not result.attempted else 1
        if not configuring:
            _show(ab.status(vault))
    return 0


def _when(value: object) -> str:
    from datetime import datetime

    return value.astimezone().strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else "never"


def _show(st: Status) -> None:
    from iq_desktop.services.auto_backup import problem_text

    cfg = st.config
    out(f"Automatic backups: {'on' if cfg.enabled else 'off'}")
    out(f"Folder: {cfg.folder or '(not set)'}")
    out(f"Keep: the last {cfg.keep}")
    out(f"Last backup: {_when(st.last_ok_at)}")
    if st.last is not None and not st.last.ok:
        out(f"Last attempt ({st.last.kind}, {_when(st.last.at)}) failed: {problem_text(st.last.problem)}")
    if st.remind:
        out("Reminder: the last backup is older than 7 days. Run: iq-desktop backup-auto --run --force")


def _row(f: BackupFile) -> dict[str, object]:
    v = f.verified
    created = v.created_at if v is not None else None
    return {
        "file": f.name,
        "sequence": f.seq,
        "this_vault": f.ours,
        "created_at": created.isoformat() if created is not None else None,
        "named_at": f.named_at.isoformat() if f.named_at is not None else None,
        "size": f.size,
        "verified": bool(v and v.ok),
        "problem": v.problem if v is not None else "",
    }


def cmd_backups(args: argparse.Namespace) -> int:
    from iq_desktop.services import auto_backup as ab

    tag: str | None = None
    if args.folder is not None:
        folder = Path(args.folder)
    else:
        with open_vault_from_args(args) as vault:
            cfg = ab.config(vault)
            tag = vault.get_setting(ab.TAG)
        if cfg.folder is None:
            raise Refused(
                "No backup folder is set; give --folder DIR, or set one with: iq-desktop backup-auto --folder DIR"
            )
        folder = cfg.folder
    try:
        files = ab.list_backups(folder, tag, verify=True)
    except OSError:
        raise Refused(f"The backup folder {folder} cannot be read: is the drive plugged in?") from None
    rows = [_row(f) for f in files]
    if args.json:
        out(json.dumps(rows, indent=2))
        return 0
    if not rows:
        out(f"No backups in {folder}.")
        return 0
    out(f"{'created (local time)':<20} {'seq':>6}  {'size':>10}  {'verifies':<8}  file")
    for f, row in zip(files, rows, strict=True):
        created = f.verified.created_at if f.verified is not None else None
        seq = str(f.seq) if f.ours and f.seq is not None else "-"
        ok = "yes" if row["verified"] else f"NO ({row['problem']})"
        out(f"{_when(created or f.named_at):<20} {seq:>6}  {f.size:>10}  {ok:<8}  {f.name}")
    return 0
