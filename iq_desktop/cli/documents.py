"""Document commands of the headless CLI (documents are stored inside the encrypted vault)::

    iq-desktop attach CLIENT_ID FILE --kind K [--procedure ID]     prints the new document's id
    iq-desktop documents CLIENT_ID [--json]                        the client's documents and checklist
    iq-desktop document-save DOC_ID --out FILE                     decrypted to FILE (refused if it exists)
    iq-desktop detach DOC_ID [--yes]                               delete a document for good

File names go to stdout only (``documents``); stderr lines never carry them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from iq_desktop.cli.common import Refused, SubParsers, add_command, err, open_vault_from_args, out

KINDS = ("certificate", "transcript", "translation", "decision", "consent", "id", "other")
MAX_MB = 25  # services.documents.MAX_DOCUMENT_MB (not imported here: the parser loads no services)


def register(subparsers: SubParsers) -> None:
    """Add the document commands to the CLI (called by ``iq_desktop.cli.parser.build_parser``)."""
    p = add_command(subparsers, "attach", cmd_attach,
                    f"attach a file (at most {MAX_MB} MB) to a client, stored encrypted inside the vault")  # fmt: skip
    p.add_argument("client_id", metavar="CLIENT_ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", required=True, choices=KINDS, help="what the document is")
    p.add_argument("--procedure", metavar="ID", help="the client's recognition procedure it belongs to")
    p = add_command(subparsers, "documents", cmd_documents, "list a client's documents and the checklist")
    p.add_argument("client_id", metavar="CLIENT_ID")
    p.add_argument("--json", action="store_true")
    p = add_command(subparsers, "document-save", cmd_document_save,
                    "write a document, decrypted, to a file you choose (keep it safe)")  # fmt: skip
    p.add_argument("document_id", metavar="DOC_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p = add_command(subparsers, "detach", cmd_detach, "delete a document from the vault for good")
    p.add_argument("document_id", metavar="DOC_ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_attach(args: argparse.Namespace) -> int:
    from iq_desktop.services import documents

    path = Path(args.file)
    if not path.is_file():
        raise Refused("The file to attach was not found (or is not a file).")
    with open_vault_from_args(args) as vault:
        info = documents.attach(vault, args.client_id, path, args.kind, procedure_id=args.procedure)
    out(info.id)
    err(f"Attached a {info.kind.value} document ({_size(info.size)}), stored encrypted inside the vault.")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    from iq_desktop.services import documents, records

    with open_vault_from_args(args) as vault:
        if records.get_client(vault, args.client_id) is None:
            raise Refused("No client with this id in the vault; see “iq-desktop list --type client” for the ids.")
        listed = documents.list_documents(vault, args.client_id)
        lists = documents.checklist(vault, args.client_id)
    if args.json:
        data = {
            "documents": [
                {"id": d.id, "kind": d.kind.value, "file_name": d.file_name, "size": d.size, "sha256": d.sha256,
                 "added_at": d.added_at.isoformat(), "added_by": d.added_by, "procedure": d.procedure_id}
                for d in listed
            ],
            "checklist": [
                {"procedure": c.procedure_id, "required": [k.value for k in c.required],
                 "present": sorted(k.value for k in c.present), "missing": [k.value for k in c.missing]}
                for c in lists
            ],
        }  # fmt: skip
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        out()
        return 0
    for d in listed:
        out("\t".join([d.id, d.kind.value, _size(d.size), d.added_at.date().isoformat(), d.procedure_id or "-",
                       d.file_name]))  # fmt: skip
    for c in lists:
        marks = " ".join(f"{'✔' if k in c.present else '✘'} {k.value}" for k in c.required)
        out(f"checklist {c.procedure_id or '(no procedure)'}: {marks}")
    return 0


def cmd_document_save(args: argparse.Namespace) -> int:
    from iq_desktop.services import documents

    with open_vault_from_args(args) as vault:
        info = documents.save_as(vault, args.document_id, Path(args.out))
    err(f"Wrote the document ({_size(info.size)}, checksum verified) to {args.out}. It is in clear there: keep it "
        "safe, delete it when done.")  # fmt: skip
    return 0


def cmd_detach(args: argparse.Namespace) -> int:
    from iq_desktop.services import documents

    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused("Removing a document cannot be undone; run again with --yes to confirm.")
        if input("Remove this document from the vault for good? Type “yes”: ").strip().lower() != "yes":
            raise Refused("Not confirmed; nothing was removed.")
    with open_vault_from_args(args) as vault:
        documents.detach(vault, args.document_id)
    err("Removed the document from the vault.")
    return 0


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n} bytes"
