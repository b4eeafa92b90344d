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

    text = _read_input(args.file)
    with importing.paused_gc():
        raw = importing.read_json_records(text)
        del text
        with open_vault_from_args(args) as vault:
            plan = importing.import_records(vault, raw, skip_invalid=args.skip_invalid)
    for number, rtype, record_id in plan.accepted:
        out(f"{number}\t{rtype.value}\t{record_id}")
    for refusal in plan.refused:
        err(f"refused: {refusal.describe()}")
    refused = f"; refused {len(plan.refused)}." if plan.refused else "."
    err(f"Saved {plan.saved_count} of {plan.total} records{refused}")
    return 0


def _read_input(name: str) -> str:
    try:
        if name == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        size = Path(name).stat().st_size
        from iq_desktop.services.importing import MAX_FILE_BYTES

        if size > MAX_FILE_BYTES:
            raise Refused(f"The import file is larger than {MAX_FILE_BYTES // 2**20} MiB; split it into smaller files.")
        return Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise Refused("The import file is not UTF-8 text; save it as UTF-8 and try again.") from None
    except OSError as exc:
        raise Refused(f"Cannot read the import file ({exc.strerror or type(exc).__name__}).") from None


def cmd_list(args: argparse.Namespace) -> int:
    from iq_desktop.services import exporting

    with open_vault_from_args(args) as vault:
        records = exporting.all_records(vault, types=[args.type] if args.type else None)
    if args.json:
        json.dump([exporting.record_dict(r) for r in records], sys.stdout, ensure_ascii=False, indent=1)
        out()
    else:
        for r in records:
            out(exporting.summary_line(r))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from iq_desktop.services import exporting

    with open_vault_from_args(args) as vault:
        record = exporting.find_record(vault, args.id)
    if record is None:
        raise Refused("No record with this id in the vault; see “iq-desktop list” for the ids.")
    data = exporting.record_dict(record)
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
    with open_vault_from_args(args) as vault:
        vault.backup(Path(args.out))
    err(f"Wrote an encrypted backup of the vault and its key file to {args.out}.")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from iq_desktop.services import demo

    if args.count < 1:
        raise Refused("--count must be at least 1.")
    with open_vault_from_args(args) as vault:
        counts = demo.create_demo_data(vault, args.count, seed=args.seed)
    err("Created synthetic demo records: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()) + ".")
    return 0
