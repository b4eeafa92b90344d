"""Export every record of the vault (with personal data) to CSV or XLSX, and the record views of
the CLI's ``list`` and ``show``.

Field names are those of the import format (``docs/import-format.md``), so an export is readable
by the same documentation: a session's or training's ``client`` column holds its client's vault id.

* CSV: one file, one row per record, ``type`` first, then ``id``, then the union of all fields
  (a field that does not belong to a row's type is empty). UTF-8 with BOM, comma-separated; lists
  (topics, outcomes) are joined with ``;``; booleans are ``true``/``false``; dates ``YYYY-MM-DD``.
  Formula injection guard (OWASP "CSV Injection"): a cell whose text starts with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text and
  never runs it as a formula; so does a cell starting with an apostrophe, which keeps the rule
  reversible: remove one leading apostrophe from such a cell to get the stored value.
* XLSX: one sheet per record type (clients, sessions, trainings, events, schemes, procedures) with that
  type's columns; text is always stored as text (never as a formula), dates as dates.
* Recognition procedures (laptop only) are exported too: CSV rows of type ``procedure``, the XLSX sheet
  ``procedures``, with the import format's keys (``client``, ``training``: vault ids). Their ``authority``
  is free text: it is in this file (which holds personal data anyway), never in the audit entry or a log.

An export is a data-protection-sensitive act: only a coordinator may do it, it is audited
(``export``, counts only), and the file is written to a temporary file beside the target and renamed
into place, so no half-written file and no temporary file is left behind. Nothing is written to the
system temp dir: openpyxl's per-sheet spool files go to a private folder beside the target too.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from iq_desktop.domain.codes import RecordType, TrainingFormat, TrainingType
from iq_desktop.domain.procedure_rules import procedure_dict
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    RecognitionProcedure,
    Record,
    TrainingParticipation,
    to_dict,
)
from iq_desktop.fs.atomic import atomic_writer
from iq_desktop.services.errors import ServiceError
from iq_desktop.services.vault import Vault

FORMATS = ("csv", "xlsx")
SHEETS = {
    RecordType.CLIENT: "clients",
    RecordType.SESSION: "sessions",
    RecordType.TRAINING: "trainings",
    RecordType.EVENT: "events",
    RecordType.SCHEME: "schemes",
}
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportRefused(ServiceError, ValueError):
    """The export cannot be made (target exists, folder missing, not allowed); personal-data free."""


def record_dict(record: Record) -> dict[str, Any]:
    """A record in the import format's field names (``client`` instead of ``client_id``)."""
    d = to_dict(record)
    if "client_id" in d:
        out = {"type": d.pop("type"), "id": d.pop("id"), "client": d.pop("client_id")}
        out.update(d)
        return out
    return {"type": d.pop("type"), "id": d.pop("id"), **d}


def _columns_of(cls: type[Record]) -> list[str]:
    probe: dict[type[Record], Record] = {
        Client: Client("", ""),
        CounsellingSession: CounsellingSession("", date.min),
        TrainingParticipation: TrainingParticipation("", date.min),
        GroupEvent: GroupEvent(date.min),
        JobTrainingScheme: JobTrainingScheme(TrainingFormat.INDIVIDUAL, TrainingType.BRIDGE_TRAINING, date.min),
    }
    return [k for k in record_dict(probe[cls]) if k != "type"]


COLUMNS: dict[RecordType, list[str]] = {
    RecordType.CLIENT: _columns_of(Client),
    RecordType.SESSION: _columns_of(CounsellingSession),
    RecordType.TRAINING: _columns_of(TrainingParticipation),
    RecordType.EVENT: _columns_of(GroupEvent),
    RecordType.SCHEME: _columns_of(JobTrainingScheme),
}
#: the columns of a recognition procedure (the import format's keys, see :func:`procedure_dict`)
PROCEDURE_SHEET = "procedures"
PROCEDURE_COLUMNS: list[str] = [k for k in procedure_dict(RecognitionProcedure("")) if k != "type"]
CSV_COLUMNS: list[str] = [
    "type",
    *dict.fromkeys(c for cols in [*COLUMNS.values(), PROCEDURE_COLUMNS] for c in cols),
]


# --- reading the vault ---------------------------------------------------------------------------


def all_records(vault: Vault, types: Iterable[str] | None = None) -> list[Record]:
    """Every record of the given types (all types by default)."""
    from iq_desktop.services.queries import all_records as query_all

    if not types:
        return query_all(vault)
    out: list[Record] = []
    for t in types:
        out.extend(query_all(vault, t))
    return out


def find_record(vault: Vault, record_id: str) -> Record | None:
    from iq_desktop.services.queries import get_record

    return get_record(vault, record_id)


def _counts(records: Iterable[Record]) -> str:
    counts: dict[str, int] = {}
    for r in records:
        counts[r.TYPE.value] = counts.get(r.TYPE.value, 0) + 1
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))


def list_records(vault: Vault, types: Iterable[str] | None = None, *, full: bool = False) -> list[Record]:
    """The records for ``iq-desktop list``: reading personal data in bulk, so it is audited (``list``, or
    ``list_full``; counts only). ``full`` (every field, e.g. ``--json``) is a coordinator's action, as
    an export is (:class:`NotAllowed` otherwise, audited as ``refused``); without it a counsellor gets
    the lines of :func:`summary_line` with ``personal=False``."""
    return list_everything(vault, types, full=full, procedures=False)[0]


def list_everything(
    vault: Vault, types: Iterable[str] | None = None, *, full: bool = False, procedures: bool = True
) -> tuple[list[Record], list[RecognitionProcedure]]:
    """:func:`list_records`, and (``procedures``) every recognition procedure too (``list`` without
    ``--type``); one audit entry with the counts of both (never the procedures' authority)."""
    if full and not vault.is_coordinator:
        vault.audit("refused", detail="list_full: not a coordinator")
        vault.require_coordinator("print every record with all its personal data (list --json); use “export”")
    records = all_records(vault, types)
    found: list[RecognitionProcedure] = []
    if procedures:
        from iq_desktop.services.procedures import list_all_procedures

        found = list_all_procedures(vault)
    detail = _counts(records) + (f"{', ' if records else ''}procedure={len(found)}" if found else "")
    vault.audit_soon("list_full" if full else "list", detail=detail)  # kept if another program writes
    return records, found


def show_record(vault: Vault, record_id: str) -> Record | None:
    """One record for ``iq-desktop show`` (any role: the client page shows the same); audited (``show``)."""
    record = find_record(vault, record_id)
    if record is not None:
        vault.audit("show", record.TYPE.value, record.id)
    return record


def _initials(client: Client) -> str:
    return " ".join(f"{part[0]}." for part in (client.first_name.strip(), client.last_name.strip()) if part) or "-"


def summary_line(record: Record, *, personal: bool = True) -> str:
    """One line for ``iq-desktop list`` (stdout only). A client's line shows the name and date of birth
    only with ``personal`` (coordinators); otherwise the id and the initials (``A. B.``)."""
    if isinstance(record, Client):
        if not personal:
            return f"client\t{record.id}\t{_initials(record)}"
        born = record.birth_date.isoformat() if record.birth_date else "-"
        return f"client\t{record.id}\t{record.display_name}\t{born}"
    if isinstance(record, CounsellingSession):
        topics = ",".join(sorted(record.topics))
        return (
            f"session\t{record.id}\t{record.date.isoformat()}\t{record.kind.value}\t{topics}\tclient {record.client_id}"
        )
    if isinstance(record, TrainingParticipation):
        end = record.end.isoformat() if record.end else "-"
        return (
            f"training\t{record.id}\t{record.start.isoformat()}\t{end}\t{record.training_type.value}\t"
            f"{record.status.value}\tclient {record.client_id}"
        )
    if isinstance(record, JobTrainingScheme):
        return f"scheme\t{record.id}\t{record.start.isoformat()}\t{record.format.value}\t{record.training_type.value}"
    return (
        f"event\t{record.id}\t{record.date.isoformat()}\t{record.format.value}\t{record.topic.value}\t"
        f"{record.participants} participants"
    )


# --- writing -------------------------------------------------------------------------------------


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


#: First characters that make a spreadsheet read a cell as a formula (OWASP), and the apostrophe itself.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_safe(text: str) -> str:
    """``text`` with a leading apostrophe if it starts like a formula (or with an apostrophe)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(records: Iterable[Record], fh: IO[bytes], procedures: Iterable[RecognitionProcedure] = ()) -> int:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for record in records:
        d = record_dict(record)
        writer.writerow([csv_safe(csv_cell(d.get(c))) for c in CSV_COLUMNS])
        n += 1
    for p in procedures:
        d = procedure_dict(p)
        writer.writerow([csv_safe(csv_cell(d.get(c))) for c in CSV_COLUMNS])
        n += 1
    text.flush()
    text.detach()
    return n


def _xlsx_value(column: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, str) and column in _DATE_COLUMNS and value:
        return date.fromisoformat(value)
    if isinstance(value, str):
        return _ILLEGAL_XLSX.sub("\ufffd", value)
    return value


_DATE_COLUMNS = frozenset(
    {"birth_date", "consent_date", "date", "next_appointment", "start", "end", "applied", "decided"}
)


@contextlib.contextmanager
def _work_dir(beside: Path) -> Iterator[Path]:
    """A private (0700) folder for openpyxl's per-sheet files, in the export's own folder (never the
    system temp dir: the sheets are personal data in clear); removed afterwards. A killed export leaves
    it (``.iq-export-*``) beside the ``.part`` file, in the folder the user chose for the export."""
    work = Path(tempfile.mkdtemp(prefix=".iq-export-", dir=beside))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sheet_writer(ws: Any, path: Path) -> None:
    """Make write-only sheet ``ws`` spool to ``path`` instead of a file in the system temp dir (openpyxl
    names none itself: ``create_temporary_file`` uses ``tempfile``'s default folder)."""
    from openpyxl.worksheet import _writer

    path.touch(mode=0o600)
    _writer.ALL_TEMP_FILES.append(str(path))  # openpyxl removes it from this list (and the disk) at save
    ws._writer = _writer.WorksheetWriter(ws, out=str(path))
    ws._writer.write_top()


def write_xlsx(
    records: Iterable[Record],
    fh: IO[bytes],
    *,
    work_dir: Path | None = None,
    procedures: Iterable[RecognitionProcedure] = (),
) -> int:
    """Write the workbook to ``fh``; openpyxl's sheet files go to ``work_dir``, a private folder beside the
    export (:func:`export` makes it), never to the system temp dir."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    if work_dir is None:
        raise ValueError("write_xlsx needs a work folder beside the export")
    wb = Workbook(write_only=True)
    sheets: dict[str, Any] = {}
    columns: dict[str, list[str]] = {**{t.value: c for t, c in COLUMNS.items()}, "procedure": PROCEDURE_COLUMNS}
    for key, name in [*((t.value, n) for t, n in SHEETS.items()), ("procedure", PROCEDURE_SHEET)]:
        ws = wb.create_sheet(name)
        _sheet_writer(ws, work_dir / f"{name}.xml")
        ws.append(columns[key])
        sheets[key] = ws

    def append(key: str, d: dict[str, Any]) -> None:
        ws = sheets[key]
        row = []
        for column in columns[key]:
            cell = WriteOnlyCell(ws, value=_xlsx_value(column, d.get(column)))
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            elif isinstance(cell.value, date):
                cell.number_format = "YYYY-MM-DD"
            row.append(cell)
        ws.append(row)

    try:
        n = 0
        for record in records:
            append(record.TYPE.value, record_dict(record))
            n += 1
        for p in procedures:
            append("procedure", procedure_dict(p))
            n += 1
        wb.save(fh)
    except BaseException:
        for ws in sheets.values():  # finish the spool files (then removed with the work folder)
            with contextlib.suppress(Exception):
                ws.close()
        raise
    return n


WRITERS: dict[str, Callable[..., int]] = {"csv": write_csv, "xlsx": write_xlsx}


def write_atomically(out: Path, write: Callable[[IO[bytes]], int]) -> int:
    """Write through a temporary file in the target's folder, fsync, rename; never leave the
    temporary file behind (it holds personal data in clear)."""
    out = Path(out)
    _check_target(out)
    try:
        with atomic_writer(out, overwrite=False, suffix=".part") as fh:
            n = write(fh)
    except FileExistsError:
        raise ExportRefused(f"The file {out.name} appeared while exporting; it was left unchanged.") from None
    return n


def _check_target(out: Path) -> None:
    if out.is_dir():
        raise ExportRefused(f"{out} is a folder; give the name of the file to write.")
    if out.exists():
        raise ExportRefused(f"The file {out.name} already exists; choose another name or delete it first.")
    if not out.parent.is_dir():
        raise ExportRefused(f"The folder {out.parent} does not exist; create it or choose another place.")


def export(vault: Vault, fmt: str, out: Path) -> int:
    """Export every record to ``out`` (``csv`` or ``xlsx``); returns the number of records."""
    if fmt not in WRITERS:
        raise ExportRefused(f"Unknown export format; use one of: {', '.join(FORMATS)}.")
    if vault.role != "coordinator":
        raise ExportRefused("Only a coordinator may export records with personal data.")
    from iq_desktop.services.procedures import list_all_procedures

    records = all_records(vault)
    procedures = list_all_procedures(vault)
    counts: dict[str, int] = {}
    for r in records:
        counts[r.TYPE.value] = counts.get(r.TYPE.value, 0) + 1
    if procedures:
        counts["procedure"] = len(procedures)  # counts only: the authority (free text) is never logged
    detail = f"{fmt}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
    written = False
    try:
        with vault._uow() as uow:  # the audit entry commits only if the file was written
            uow.audit.add(vault.user, "export", detail=detail)
            if fmt == "xlsx":
                _check_target(Path(out))
                with _work_dir(Path(out).parent) as work:
                    n = write_atomically(out, lambda fh: write_xlsx(records, fh, work_dir=work, procedures=procedures))
            else:
                n = write_atomically(out, lambda fh: write_csv(records, fh, procedures))
            written = True
    except OSError as exc:
        raise ExportRefused(
            f"Cannot write the export ({exc.strerror or type(exc).__name__}); nothing was "
            "written. Check the folder and the free disk space."
        ) from None
    except BaseException:
        if written:  # the audit entry could not be saved: an unaudited export must not stay
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return n
