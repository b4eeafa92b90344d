"""CLI commands about records: ``add`` (import), ``list``, ``show``, ``erase``, ``export``, ``backup``,
``demo-data``. Record values go to stdout only (``list``/``show``); stderr lines never carry them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from iq_desktop.cli.common import Refused, err, open_vault_from_args, out


def cmd_add(args: argparse.Namespace) -> int:
    from iq_desktop.services import importing
    from iq_desktop.services.batch import source_digest

    data = _read_input(args.file)
    source = source_digest(data)
    with importing.paused_gc():
        raw = importing.read_import(data, skip_invalid=args.skip_invalid)
        del data
        with open_vault_from_args(args) as vault:
            plan = importing.import_records(
                vault, raw, skip_invalid=args.skip_invalid, source=source, again=getattr(args, "again", False)
            )
    # saved (committed): from here on nothing can turn the outcome into a failure
    for number, rtype, record_id in plan.accepted_lines():
        out(f"{number}\t{rtype}\t{record_id}")
    for refusal in plan.refused:
        err(f"refused: {refusal.describe()}")
    refused = f"; refused {len(plan.refused)}." if plan.refused else "."
    err(f"Saved {plan.saved_count} of {plan.total} records{refused}")
    return 0


def _read_input(name: str) -> bytes:
    """The import file's bytes (``-``: standard input), at most ``MAX_FILE_BYTES`` (also for stdin)."""
    from iq_desktop.services.importing import MAX_FILE_BYTES

    too_big = Refused(f"The import file is larger than {MAX_FILE_BYTES // 2**20} MiB; split it into smaller files.")
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise too_big
            return data
        if Path(name).stat().st_size > MAX_FILE_BYTES:
            raise too_big
        with open(name, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise too_big
        return data
    except OSError as exc:
        raise Refused(f"Cannot read the import file ({exc.strerror or type(exc).__name__}).") from None


def cmd_list(args: argparse.Namespace) -> int:
    from iq_desktop.services import exporting

    if args.type == "procedure":
        return _list_procedures(args)
    from iq_desktop.domain.procedure_rules import procedure_dict
    from iq_desktop.services import procedures

    with open_vault_from_args(args) as vault:  # without --type: the recognition procedures too
        records, found = exporting.list_everything(
            vault, types=[args.type] if args.type else None, full=args.json, procedures=not args.type
        )
        personal = vault.is_coordinator
    if args.json:
        rows = [exporting.record_dict(r) for r in records] + [procedure_dict(p) for p in found]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        out()
    else:
        for r in records:
            out(exporting.summary_line(r, personal=personal))
        for p in found:
            out(procedures.summary_line(p))
    return 0


def _list_procedures(args: argparse.Namespace) -> int:
    """``list --type procedure``: recognition procedures (laptop only), one line each or ``--json``."""
    from iq_desktop.domain.procedure_rules import procedure_dict
    from iq_desktop.services import procedures

    with open_vault_from_args(args) as vault:
        found = procedures.list_procedures_for_cli(vault, full=args.json)
    if args.json:
        json.dump([procedure_dict(p) for p in found], sys.stdout, ensure_ascii=False, indent=1)
        out()
    else:
        for p in found:
            out(procedures.summary_line(p))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from iq_desktop.domain.procedure_rules import procedure_dict
    from iq_desktop.services import exporting, procedures

    with open_vault_from_args(args) as vault:
        record = exporting.show_record(vault, args.id)
        procedure = procedures.show_procedure(vault, args.id) if record is None else None
    if record is None and procedure is None:
        raise Refused("No record with this id in the vault; see “iq-desktop list” for the ids.")
    data = exporting.record_dict(record) if record is not None else procedure_dict(procedure, timestamps=True)  # type: ignore[arg-type]
    if args.json:
        out(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        width = max(len(k) for k in data)
        for key, value in data.items():
            out(f"{key.ljust(width)}  {exporting.csv_cell(value).replace(';', ', ')}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from iq_desktop.services import records

    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused("Erasing a client cannot be undone; run again with --yes to confirm.")
        answer = input("Erase this client and all their sessions and trainings for good? Type “erase”: ")
        if answer.strip().lower() != "erase":
            raise Refused("Not confirmed; nothing was erased.")
    with open_vault_from_args(args) as vault:
        records.erase_client(vault, args.client_id)
    err("Erased the client's personal data and records.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from iq_desktop.services import exporting

    with open_vault_from_args(args) as vault:
        count = exporting.export(vault, args.format, Path(args.out))
    err(
        f"Exported {count} records to {args.out}. The file holds personal data in clear: keep it safe, delete it "
        "when done."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Like the GUI's "Save a backup…": recorded as the last backup (the reminder counts it), a failure too."""
    from iq_desktop.services import auto_backup

    with open_vault_from_args(args) as vault:
        auto_backup.backup_now(vault, Path(args.out))
    err(f"Wrote an encrypted backup of the vault and its key file to {args.out}.")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    """Report what retention would purge today; with ``--apply`` (a coordinator) purge it, whatever the
    share of clients (the confirmation the automatic retention waits for)."""
    from iq_desktop.services import retention

    with open_vault_from_args(args) as vault:
        trusted = retention.trusted_date(vault)
        if args.apply:
            vault.require_coordinator("confirm a retention purge")
            done = retention.purge_retention(vault, confirmed=True)
            err(
                f"Deleted the personal data of {done.clients:,} of {done.total_clients:,} clients with no contact "
                f"since {done.cutoff.isoformat()} ({done.sessions:,} sessions, {done.trainings:,} trainings)."
            )
            return 0
        plan = retention.preview_retention(vault)
        held = retention.held_back(vault)
    out(f"cut-off:        {plan.cutoff.isoformat()} (this computer's date minus the retention period)")
    out(f"newest trusted: {trusted.isoformat() if trusted else 'none yet (no sync, no session)'} "
        "(the server's date at the last sync, or the newest session)")  # fmt: skip
    out(f"would delete:   {plan.clients:,} of {plan.total_clients:,} clients ({plan.sessions:,} sessions, "
        f"{plan.trainings:,} trainings)")  # fmt: skip
    if held is not None and held.why:
        err(held.why)
    elif plan.why:
        err(plan.why)
    if plan.clients:
        err("Nothing was deleted. Check the computer's date, then run again with --apply (a coordinator) to delete.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into the data folder (a coordinator's passphrase of the backup, or its recovery
    key); an existing vault only with --replace (it is kept beside as ``*.before-restore-<time>``)."""
    import os

    from iq_desktop.cli.common import data_dir, secret
    from iq_desktop.services import backup
    from iq_desktop.services import vault as vs

    directory = data_dir(args)
    if not Path(args.file).is_file():
        raise Refused(f"The backup file {args.file} was not found.")
    if vs.vault_exists(directory) and not args.replace:
        raise Refused(f"A vault already exists in {directory}; nothing was changed. Run again with --replace to "
                      "replace it (the current files are kept beside it as *.before-restore-<time>).")  # fmt: skip
    if args.recovery_key or (os.environ.get("IQ_RECOVERY_KEY") and not os.environ.get("IQ_PASSPHRASE")):
        key = secret("IQ_RECOVERY_KEY", "Recovery key of the backup: ", "recovery key")
        info = backup.restore_backup(Path(args.file), directory, replace=args.replace, recovery_key=key)
    else:
        who = f" for {args.user}" if args.user else ""
        passphrase = secret("IQ_PASSPHRASE", f"Passphrase{who} in the backup: ", "passphrase")
        info = backup.restore_backup(Path(args.file), directory, replace=args.replace, user=args.user,
                                     passphrase=passphrase)  # fmt: skip
    kept = " The vault it replaced is kept beside it (*.before-restore-*)." if info.replaced else ""
    err(f"Restored the backup of {info.created_at[:10] or 'an unknown date'} into {directory}.{kept} The next sync "
        "compares it with the server first, so the network's figures become this vault's again.")  # fmt: skip
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from iq_desktop.services import demo

    if args.count < 1:
        raise Refused("--count must be at least 1.")
    with open_vault_from_args(args) as vault:
        counts = demo.create_demo_data(vault, args.count, seed=args.seed)
    err("Created synthetic demo records: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()) + ".")
    return 0
