"""Import records from JSON (one object, an array, or JSON lines): read, check everything, then save.

The format is documented in ``docs/import-format.md`` (schema: ``docs/import.schema.json``).
Every field added since the first release is optional, so older files import unchanged (a training
without ``scheme_id`` is its own individually tailored scheme). Rules:

* every record is parsed and validated before anything is written; one invalid record refuses the
  whole import (``skip_invalid=False``) and nothing is saved;
* with ``skip_invalid=True`` the valid records are saved and the refused ones are reported;
* everything valid (recognition procedures included) is saved in ONE transaction by the bulk path
  (:func:`iq_desktop.services.batch.save_batch`: ``executemany``, the figures marked changed once, one
  audit entry): all or nothing.

Messages name the record's number (1-based position in the file), its type, the field and the
reason, never a value from the file: a name or birth date must not end up in a terminal log.
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, time
from typing import Any, TypeVar

from iq_desktop.domain.codes import RecordType, SessionKind, Topic
from iq_desktop.domain.procedure_rules import IMPORT_KEYS as PROCEDURE_KEYS
from iq_desktop.domain.procedure_rules import procedure_from_dict, validate_procedure
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    RecognitionProcedure,
    Record,
    TrainingParticipation,
)
from iq_desktop.domain.rules import (
    Problem,
    ValidationError,
    client_from_dict,
    event_from_dict,
    scheme_from_dict,
    second_initial,
    session_from_dict,
    training_from_dict,
    validate_session,
    validate_training,
)
from iq_desktop.services.errors import ServiceError
from iq_desktop.services.vault import Vault

#: Keys a record may carry, per type (``type`` and the file-local ``id`` included).
ALLOWED_KEYS: dict[RecordType, frozenset[str]] = {
    RecordType.CLIENT: frozenset(f.name for f in fields(Client)) | {"type"},
    RecordType.SESSION: frozenset(f.name for f in fields(CounsellingSession)) - {"client_id"} | {"type", "client"},
    RecordType.TRAINING: frozenset(f.name for f in fields(TrainingParticipation)) - {"client_id"} | {"type", "client"},
    RecordType.EVENT: frozenset(f.name for f in fields(GroupEvent)) | {"type"},
    RecordType.SCHEME: frozenset(f.name for f in fields(JobTrainingScheme)) | {"type"},
}
MAX_FILE_BYTES = 512 * 1024 * 1024
_RECORD_TYPES: dict[str, RecordType] = {t.value: t for t in RecordType}  # a lookup, not an Enum() call per record
#: A recognition procedure (laptop only; not a :class:`RecordType`: nothing of it is ever counted or sent).
PROCEDURE = "procedure"
_PROCEDURE_FIELD = {"training_id": "training", "client_id": "client"}  # the domain's field -> the file's key


#: A record other records of an import file may name by its file id.
R = TypeVar("R", Client, JobTrainingScheme)


@dataclass(slots=True)
class Refusal:
    number: int  # 1-based position of the record in the file
    record_type: str
    problems: list[Problem]

    def describe(self, lang: str = "en") -> str:
        what = "; ".join(f"{p.field}: {p.message(lang)}" for p in self.problems)
        word = "Datensatz" if lang == "de" else "record"
        return f"{word} {self.number} ({self.record_type}): {what}"


@dataclass(slots=True)
class ImportPlan:
    """What an import would save: parsed, validated domain records, in file order per type."""

    total: int = 0
    clients: list[Client] = field(default_factory=list)
    sessions: list[CounsellingSession] = field(default_factory=list)
    trainings: list[TrainingParticipation] = field(default_factory=list)
    events: list[GroupEvent] = field(default_factory=list)
    schemes: list[JobTrainingScheme] = field(default_factory=list)
    accepted: list[tuple[int, RecordType, str]] = field(default_factory=list)  # (number, type, new id)
    refused: list[Refusal] = field(default_factory=list)
    procedures: list[RecognitionProcedure] = field(default_factory=list)
    #: (number, new id) of the accepted procedures (not in ``accepted``: a procedure is no RecordType)
    accepted_procedures: list[tuple[int, str]] = field(default_factory=list)

    @property
    def saved_count(self) -> int:
        return (
            len(self.clients) + len(self.sessions) + len(self.trainings) + len(self.events) + len(self.schemes)
            + len(self.procedures)
        )  # fmt: skip

    def accepted_lines(self) -> list[tuple[int, str, str]]:
        """(number, type, new id) of every accepted record, procedures included, in file order."""
        rows = [(n, t.value, i) for n, t, i in self.accepted] + [(n, PROCEDURE, i) for n, i in self.accepted_procedures]
        return sorted(rows)


class ImportFileError(ServiceError):
    """The file as a whole cannot be read (not JSON, empty, wrong shape). Message: personal-data free."""


class ImportRefused(ServiceError):
    """At least one record is invalid and ``skip_invalid`` was not given: nothing was saved."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        first = plan.refused[0]
        others = [r.number for r in plan.refused[1:]]
        also = ""
        if others:
            shown = ", ".join(str(n) for n in others[:3])
            more = f" and {len(others) - 3} more" if len(others) > 3 else ""
            also = f" Also invalid: record{'s' if len(others) > 1 else ''} {shown}{more}."
        what = "; ".join(str(p) for p in first.problems)
        super().__init__(
            f"Import refused, nothing was saved: record {first.number} of {plan.total} ({first.record_type}) is "
            f"not valid: {what}.{also} Fix the file, or run again with --skip-invalid to save only the valid records."
        )


# --- reading -------------------------------------------------------------------------------------


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many records are built (none of them form
    cycles): with 100,000 records alive, its repeated full scans would take ~40% of the import."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A line of a JSON-lines file that could not be read as a record (with ``skip_invalid``: it is
    refused as that record, the others are read)."""

    line: int
    why: str


def read_import(data: bytes, *, skip_invalid: bool = False) -> list[Any]:
    """Records from the bytes of an import file (UTF-8): one object, an array, or JSON lines. With
    ``skip_invalid`` a JSON-lines record that is not UTF-8 or not JSON becomes an :class:`Unreadable`
    (refused with its line number when planned) instead of refusing the whole file."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            f"The import file is larger than {MAX_FILE_BYTES // 2**20} MiB; split it into smaller files."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if not skip_invalid:
            raise ImportFileError(
                f"The import file is not UTF-8 text: line {line} holds a byte that is not UTF-8. Save the file "
                "as UTF-8, or (JSON lines) run with --skip-invalid to save the other records."
            ) from None
        lines: list[str | Unreadable] = []
        for lineno, raw_line in enumerate(data.split(b"\n"), start=1):
            try:
                lines.append(raw_line.decode("utf-8"))
            except UnicodeDecodeError:
                lines.append(Unreadable(lineno, "the line holds a byte that is not UTF-8"))
        return _read_json_lines(lines, skip_invalid=True)
    return read_json_records(text, skip_invalid=skip_invalid)


def read_json_records(text: str, *, skip_invalid: bool = False) -> list[Any]:
    """Records from the text of an import file: one object, an array, or JSON lines."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportFileError("The import file is empty; it needs at least one record.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as first:
        lines = text.split("\n")
        looks_like_lines = first.msg == "Extra data" or any(
            _is_one_record(x) for x in [x for x in lines if x.strip()][:5]
        )
        if first.msg != "Extra data" and not (skip_invalid and looks_like_lines):
            raise ImportFileError(
                f"The import file is not valid JSON ({first.msg} at line {first.lineno}, column {first.colno}); "
                "fix the file and try again."
            ) from None
        return _read_json_lines(list(lines), skip_invalid=skip_invalid)
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        if not data:
            raise ImportFileError("The import file is an empty list; it needs at least one record.")
        return data
    raise ImportFileError("The import file must hold a JSON object, an array of objects, or one object per line.")


def _is_one_record(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _read_json_lines(lines: list[str | Unreadable], *, skip_invalid: bool = False) -> list[Any]:
    out: list[Any] = []
    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, Unreadable):
            out.append(line)
            continue
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            why = f"line {lineno} is not valid JSON ({exc.msg}, column {exc.colno})"
            if skip_invalid:
                out.append(Unreadable(lineno, why))
                continue
            raise ImportFileError(
                f"Line {lineno} of the import file is not valid JSON ({exc.msg}, column {exc.colno}); "
                "in JSON lines format every line must be one complete record. Fix it, or run with "
                "--skip-invalid to save the other records."
            ) from None
    if not out:
        raise ImportFileError("The import file is empty; it needs at least one record.")
    return out


# --- checking ------------------------------------------------------------------------------------

Initials = list[tuple[date, frozenset[Topic]]]
"""The date and topics of each of a client's initial sessions."""
VaultClientLookup = Callable[[str], "Initials | None"]
"""For an id of a client already in the vault: their initial sessions (``None``: no such client)."""
VaultSchemeLookup = Callable[[str], bool]
"""Whether a job-training scheme with this id is already in the vault."""
VaultTrainingLookup = Callable[[str], "str | None"]
"""For a job-training participation's id in the vault: its client's id (``None``: no such training)."""


def _problem(field_name: str, en: str, de: str) -> Problem:
    return Problem(field_name, en, de)


_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,39}$")


def _key_problems(rec: Mapping[str, Any], rtype: RecordType) -> list[Problem]:
    unknown = rec.keys() - ALLOWED_KEYS[rtype]
    if not unknown:
        return []
    names = sorted(k if isinstance(k, str) and _FIELD_NAME.match(k) else "(unnamed)" for k in unknown)
    return [
        _problem(
            k,
            "Unknown field for this record type; see docs/import-format.md for the field names.",
            "Unbekanntes Feld für diesen Datensatztyp; die Feldnamen stehen in docs/import-format.md.",
        )
        for k in names
    ]


def _unstorable(value: Any, where: str = "record", depth: int = 0) -> str | None:
    """Where ``value`` (a parsed record) holds text that cannot be stored (a lone surrogate from a
    ``\\ud800`` escape, or NUL), as a field name; None if it holds none."""
    if isinstance(value, str):
        return where if ("\x00" in value or _SURROGATE.search(value)) else None
    if depth > 8:
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            name = k if isinstance(k, str) and _FIELD_NAME.match(k) else "(unnamed)"
            if isinstance(k, str) and _unstorable(k, name, depth + 1):
                return "(unnamed)"
            found = _unstorable(v, name, depth + 1)
            if found is not None:
                return found
    if isinstance(value, list):
        for v in value:
            found = _unstorable(v, where, depth + 1)
            if found is not None:
                return found
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
_TIME = re.compile(r"^([0-9]{2}):([0-9]{2})$")


def _file_id(rec: Mapping[str, Any], key: str) -> tuple[str | None, list[Problem]]:
    v = rec.get(key)
    if v is None:
        return None, []
    if isinstance(v, bool) or not isinstance(v, str | int) or str(v).strip() == "":
        return None, [
            _problem(key, "Must be a non-empty text (an id).", "Muss ein nicht leerer Text (eine Kennung) sein.")
        ]
    return str(v).strip(), []


def _client_ref(rec: Mapping[str, Any]) -> tuple[str | None, list[Problem]]:
    """The file id of the client a session, training or procedure names (``client``, required)."""
    ref, problems = _file_id(rec, "client")
    if ref is None and not problems:
        problems = [
            _problem(
                "client",
                "Missing: give the id of the client (a client record in this file or a client in the vault).",
                "Fehlt: die Kennung der Person angeben (ein Personen-Datensatz dieser Datei oder eine "
                "Person im Tresor).",
            )
        ]
    return ref, problems


class _Planner:
    def __init__(
        self,
        *,
        today: date,
        site_id: str,
        counsellor: str,
        vault_client: VaultClientLookup,
        vault_scheme: VaultSchemeLookup,
        vault_training: VaultTrainingLookup | None = None,
        stops: Iterable[str] = (),
    ) -> None:
        self.vault_training = vault_training or (lambda _key: None)
        self.stops = {name.casefold(): name for name in stops}  # folded -> the coordinator's spelling
        self.pending_procedures: list[tuple[int, RecognitionProcedure, str]] = []  # (number, procedure, client key)
        self.procedure_ids: dict[str, int] = {}  # file id -> number
        self.today = today
        self.site_id = site_id
        self.counsellor = counsellor
        self.vault_client = vault_client
        self.vault_scheme = vault_scheme
        self.plan = ImportPlan()
        self.file_clients: dict[str, tuple[int, Client | None]] = {}  # file id -> (number, client or refused)
        self.file_schemes: dict[str, tuple[int, JobTrainingScheme | None]] = {}  # the same for schemes
        self.vault_cache: dict[str, Initials | None] = {}
        self.pending_sessions: list[tuple[int, CounsellingSession, str]] = []  # (number, session, client key)
        # (number, training, client key, scheme key or None)
        self.pending_trainings: list[tuple[int, TrainingParticipation, str, str | None]] = []
        self.records_by_number: dict[int, Record] = {}
        #: a training's file ``id`` -> its number (None: the id is used twice), for a procedure's ``training``
        self.file_trainings: dict[str, int | None] = {}

    def refuse(self, number: int, rtype: str, problems: list[Problem]) -> None:
        self.plan.refused.append(Refusal(number, rtype, problems))

    def take(self, number: int, raw: Any) -> None:
        if isinstance(raw, Unreadable):
            self.refuse(
                number,
                "?",
                [
                    _problem(
                        f"line {raw.line}",
                        raw.why[:1].upper() + raw.why[1:] + ".",
                        "Die Zeile ist kein lesbarer Datensatz (JSON, UTF-8).",
                    )
                ],
            )
            return
        bad = _unstorable(raw)
        if bad is not None:
            self.refuse(
                number,
                str(raw.get("type", "?"))[:20] if isinstance(raw, dict) and isinstance(raw.get("type"), str) else "?",
                [
                    _problem(
                        bad,
                        "Holds a character that cannot be stored (a lone surrogate or a NUL character).",
                        "Enthält ein Zeichen, das nicht gespeichert werden kann (ein einzelnes Surrogat "
                        "oder ein NUL-Zeichen).",
                    )
                ],
            )
            return
        if not isinstance(raw, dict):
            self.refuse(
                number,
                "?",
                [_problem("type", "A record must be a JSON object.", "Ein Datensatz muss ein JSON-Objekt sein.")],
            )
            return
        given = raw.get("type")
        if given == PROCEDURE:
            self._procedure(number, raw)
            return
        rtype = _RECORD_TYPES.get(given) if isinstance(given, str) else None
        if rtype is None:
            allowed = ", ".join([*(t.value for t in RecordType), PROCEDURE])
            self.refuse(
                number,
                "?",
                [
                    _problem(
                        "type",
                        f"Missing or unknown record type; use one of: {allowed}.",
                        f"Datensatztyp fehlt oder ist unbekannt; erlaubt: {allowed}.",
                    )
                ],
            )
            return
        problems = _key_problems(raw, rtype)
        if rtype is RecordType.CLIENT:
            self._client(number, raw, problems)
            return
        if rtype is RecordType.SCHEME:
            self._scheme(number, raw, problems)
            return
        ref: str | None = None
        scheme_ref: str | None = None
        if rtype is RecordType.TRAINING and raw.get("scheme_id") is not None:
            scheme_ref, scheme_problems = _file_id(raw, "scheme_id")
            problems += scheme_problems
            raw = {k: v for k, v in raw.items() if k != "scheme_id"}  # resolved in the second pass
        if rtype is not RecordType.EVENT:
            ref, ref_problems = _client_ref(raw)
            problems += ref_problems
        record: Record | None = None
        try:
            if rtype is RecordType.EVENT:
                record = event_from_dict(raw, self.today, site_id=self.site_id)
            elif rtype is RecordType.SESSION:
                record = session_from_dict(raw, "", site_id=self.site_id, counsellor=self.counsellor)
                problems += self._appointment(raw, record)
            else:
                record = training_from_dict(raw, "")
        except ValidationError as exc:
            problems += exc.problems
        if problems or record is None:
            self.refuse(number, rtype.value, problems)
        elif isinstance(record, CounsellingSession):
            self.pending_sessions.append((number, record, ref or ""))
        elif isinstance(record, TrainingParticipation):
            self.pending_trainings.append((number, record, ref or "", scheme_ref))
            label = raw.get("id")
            if isinstance(label, str | int) and not isinstance(label, bool) and str(label).strip():
                label = str(label).strip()
                self.file_trainings[label] = None if label in self.file_trainings else number
        else:
            self.records_by_number[number] = record

    def _appointment(self, raw: Mapping[str, Any], s: CounsellingSession) -> list[Problem]:
        """A session's laptop-only fields: ``appointment_time`` (``HH:MM``), ``appointment_place`` (one
        of the coordinator's stops, or empty); ``recorded_by`` is always the importing user."""
        problems: list[Problem] = []
        s.recorded_by = self.counsellor
        when = raw.get("appointment_time")
        if when not in (None, ""):
            m = _TIME.match(when) if isinstance(when, str) else None
            if m is None or int(m[1]) > 23 or int(m[2]) > 59:
                problems.append(
                    _problem(
                        "appointment_time",
                        "Not a time; write it as HH:MM (e.g. 09:30).",
                        "Keine Uhrzeit; bitte als HH:MM angeben (z. B. 09:30).",
                    )
                )
            else:
                s.appointment_time = time(int(m[1]), int(m[2]))
        place = raw.get("appointment_place")
        if place is not None and not isinstance(place, str):
            problems.append(_problem("appointment_place", "Must be text.", "Muss Text sein."))
        elif place and " ".join(place.split()):
            known = self.stops.get(" ".join(place.split()).casefold())
            if known is None:
                problems.append(
                    _problem(
                        "appointment_place",
                        "Not one of the stops the coordinator keeps (Agenda page); add it there first, or leave "
                        "it empty.",
                        "Kein Ort aus der Liste der Orte (Seite Agenda); dort zuerst eintragen oder leer lassen.",
                    )
                )
            else:
                s.appointment_place = known
        if (s.appointment_time is not None or s.appointment_place) and s.next_appointment is None:
            problems.append(
                _problem(
                    "next_appointment",
                    "A time or place needs the date of the next appointment.",
                    "Für Uhrzeit oder Ort bitte auch das Datum des nächsten Termins angeben.",
                )
            )
        return problems

    def _procedure(self, number: int, raw: Mapping[str, Any]) -> None:
        """A recognition procedure: its ``client`` is resolved in the second pass (like a session's)."""
        problems: list[Problem] = []
        unknown = raw.keys() - PROCEDURE_KEYS
        if unknown:
            names = sorted(k if isinstance(k, str) and _FIELD_NAME.match(k) else "(unnamed)" for k in unknown)
            problems += [
                _problem(
                    k,
                    "Unknown field for this record type; see docs/import-format.md for the field names.",
                    "Unbekanntes Feld für diesen Datensatztyp; die Feldnamen stehen in docs/import-format.md.",
                )
                for k in names
            ]
        local_id, id_problems = _file_id(raw, "id")
        problems += id_problems
        if local_id is not None and local_id in self.procedure_ids:
            other = self.procedure_ids[local_id]
            problems.append(
                _problem(
                    "id",
                    f"The same procedure id is already used by record {other}; ids must be unique.",
                    f"Dieselbe Kennung hat schon Datensatz {other}; Kennungen müssen eindeutig sein.",
                )
            )
        elif local_id is not None:
            self.procedure_ids[local_id] = number
        ref, ref_problems = _client_ref(raw)
        problems += ref_problems
        record: RecognitionProcedure | None = None
        try:
            record = procedure_from_dict(raw, "", self.today)
        except ValidationError as exc:
            problems += [Problem(_PROCEDURE_FIELD.get(x.field, x.field), x.en, x.de) for x in exc.problems]
        if problems or record is None:
            self.refuse(number, PROCEDURE, problems)
        else:
            self.pending_procedures.append((number, record, ref or ""))

    def _client(self, number: int, raw: Mapping[str, Any], problems: list[Problem]) -> None:
        self._with_file_id(number, raw, problems, "client", self.file_clients, client_from_dict)

    def _scheme(self, number: int, raw: Mapping[str, Any], problems: list[Problem]) -> None:
        self._with_file_id(number, raw, problems, "scheme", self.file_schemes, scheme_from_dict)

    def _with_file_id(
        self,
        number: int,
        raw: Mapping[str, Any],
        problems: list[Problem],
        rtype: str,
        by_file_id: dict[str, tuple[int, R | None]],
        parse: Callable[[dict[str, Any], date], R],
    ) -> None:
        """A record other records of the file name by its ``id`` (a client, a scheme): parse it and
        remember it (or that it was refused) under its file id, which must be unique."""
        local_id, id_problems = _file_id(raw, "id")
        problems = problems + id_problems
        if local_id is not None and local_id in by_file_id:
            other = by_file_id[local_id][0]
            problems.append(
                _problem(
                    "id",
                    f"The same {rtype} id is already used by record {other}; ids must be unique.",
                    f"Dieselbe Kennung hat schon Datensatz {other}; Kennungen müssen eindeutig sein.",
                )
            )
            local_id = None
        body = {k: v for k, v in raw.items() if k not in ("id", "type")}
        record: R | None = None
        try:
            record = parse(body, self.today)
        except ValidationError as exc:
            problems = problems + exc.problems
        if problems:
            record = None
            self.refuse(number, rtype, problems)
        if local_id is not None:
            by_file_id[local_id] = (number, record)
        if record is not None:
            self.records_by_number[number] = record

    # -- second pass: references, history -------------------------------------------------------

    def resolve_scheme(self, key: str) -> tuple[str | None, Problem | None]:
        """(scheme id, problem) for a training's ``scheme_id``: a scheme of this file, else of the vault."""
        if key in self.file_schemes:
            number, scheme = self.file_schemes[key]
            if scheme is None:
                return None, _problem(
                    "scheme_id",
                    f"The job-training scheme it refers to (record {number}) was refused.",
                    f"Die zugehörige Qualifizierungsmaßnahme (Datensatz {number}) wurde abgelehnt.",
                )
            return scheme.id, None
        if self.vault_scheme(key):
            return key, None
        return None, _problem(
            "scheme_id",
            "The job-training scheme it refers to is neither in this file nor in the vault.",
            "Die zugehörige Qualifizierungsmaßnahme ist weder in dieser Datei noch im Tresor.",
        )

    def resolve(self, key: str) -> tuple[str | None, Initials | None, Problem | None]:
        """(client id, initial sessions known from the vault, problem) for a reference in the file."""
        if key in self.file_clients:
            number, client = self.file_clients[key]
            if client is None:
                return (
                    None,
                    None,
                    _problem(
                        "client",
                        f"The client it refers to (record {number}) was refused.",
                        f"Die zugehörige Person (Datensatz {number}) wurde abgelehnt.",
                    ),
                )
            return client.id, [], None
        if key not in self.vault_cache:
            self.vault_cache[key] = self.vault_client(key)
        initials = self.vault_cache[key]
        if initials is None:
            return (
                None,
                None,
                _problem(
                    "client",
                    "The client it refers to is neither in this file nor in the vault.",
                    "Die zugehörige Person ist weder in dieser Datei noch im Tresor.",
                ),
            )
        return key, initials, None

    def resolve_training(self, proc: RecognitionProcedure) -> tuple[bool, Problem | None]:
        """(whether the training is the procedure's client's, problem) for a procedure's ``training``: a
        training of this file (by its file ``id``; then ``proc.training_id`` becomes its new id), else
        of the vault (as ``list --json`` writes it, so its output imports again)."""
        key = proc.training_id
        if key is None:
            return True, None
        if key not in self.file_trainings:
            return self.vault_training(key) == proc.client_id, None
        number = self.file_trainings[key]
        training = self.records_by_number.get(number) if number is not None else None
        if number is None:
            return False, _problem(
                "training",
                "More than one training of this file has this id; ids must be unique.",
                "Mehrere Qualifizierungen dieser Datei haben diese Kennung; Kennungen müssen eindeutig sein.",
            )
        if not isinstance(training, TrainingParticipation):
            return False, _problem(
                "training",
                f"The job training it refers to (record {number}) was refused.",
                f"Die verknüpfte Qualifizierung (Datensatz {number}) wurde abgelehnt.",
            )
        proc.training_id = training.id
        return training.client_id == proc.client_id, None

    def _without_second_initials(
        self, checked: list[tuple[int, CounsellingSession]], vault_initials: dict[str, Initials]
    ) -> list[tuple[int, CounsellingSession]]:
        """Refuse an initial session of the same counselling type within the new-case months of another one
        of the client's (in the vault, or earlier in date, then line, in this file), as the forms do."""
        refused: set[int] = set()
        accepted: dict[str, Initials] = {}
        initials = sorted(
            ((n, s) for n, s in checked if s.kind is SessionKind.INITIAL), key=lambda ns: (ns[1].date, ns[0])
        )
        for number, s in initials:
            mine = accepted.setdefault(s.client_id, [])
            problems = second_initial(s, [*vault_initials.get(s.client_id, ()), *mine])
            if problems:
                self.refuse(number, "session", problems)
                refused.add(number)
            else:
                mine.append((s.date, s.topics))
        return [(n, s) for n, s in checked if n not in refused]

    def finish(self) -> ImportPlan:
        vault_initials: dict[str, Initials] = {}
        checked: list[tuple[int, CounsellingSession]] = []
        for number, s, key in self.pending_sessions:
            client_id, initials, problem = self.resolve(key)
            if problem is not None or client_id is None:
                self.refuse(number, "session", [problem] if problem else [])
                continue
            s.client_id = client_id
            vault_initials[client_id] = initials or []
            problems = validate_session(s, self.today, client_exists=True, has_earlier_initial=True)
            if problems:
                self.refuse(number, "session", problems)
                continue
            checked.append((number, s))
        checked = self._without_second_initials(checked, vault_initials)
        earliest_initial: dict[str, date] = {}
        for client_id, initials in vault_initials.items():
            for d, _topics in initials:
                _keep_min(earliest_initial, client_id, d)
        for _number, s in checked:
            if s.kind is SessionKind.INITIAL:
                _keep_min(earliest_initial, s.client_id, s.date)
        for number, s in checked:
            first = earliest_initial.get(s.client_id)
            problems = validate_session(
                s, self.today, client_exists=True, has_earlier_initial=first is not None and first <= s.date
            )
            if problems:
                self.refuse(number, "session", problems)
            else:
                self.records_by_number[number] = s
        for number, t, key, scheme_key in self.pending_trainings:
            client_id, _, problem = self.resolve(key)
            if problem is not None or client_id is None:
                self.refuse(number, "training", [problem] if problem else [])
                continue
            t.client_id = client_id
            if scheme_key is not None:
                scheme_id, problem = self.resolve_scheme(scheme_key)
                if problem is not None or scheme_id is None:
                    self.refuse(number, "training", [problem] if problem else [])
                    continue
                t.scheme_id = scheme_id
            problems = validate_training(t, self.today, client_exists=True)
            if problems:
                self.refuse(number, "training", problems)
            else:
                self.records_by_number[number] = t
        for number, proc, key in self.pending_procedures:
            client_id, _, problem = self.resolve(key)
            if problem is not None or client_id is None:
                self.refuse(number, PROCEDURE, [problem] if problem else [])
                continue
            proc.client_id = client_id
            training_ok, problem = self.resolve_training(proc)
            if problem is not None:
                self.refuse(number, PROCEDURE, [problem])
                continue
            problems = [
                Problem(_PROCEDURE_FIELD.get(x.field, x.field), x.en, x.de)
                for x in validate_procedure(proc, self.today, client_exists=True, training_of_client=training_ok)
            ]
            if problems:
                self.refuse(number, PROCEDURE, problems)
            else:
                self.plan.procedures.append(proc)
                self.plan.accepted_procedures.append((number, proc.id))
        plan = self.plan
        plan.refused.sort(key=lambda r: r.number)
        buckets: dict[RecordType, list[Any]] = {
            RecordType.CLIENT: plan.clients,
            RecordType.SESSION: plan.sessions,
            RecordType.TRAINING: plan.trainings,
            RecordType.EVENT: plan.events,
            RecordType.SCHEME: plan.schemes,
        }
        for number in sorted(self.records_by_number):
            record = self.records_by_number[number]
            buckets[record.TYPE].append(record)
            plan.accepted.append((number, record.TYPE, record.id))
        return plan


def _keep_min(d: dict[str, date], key: str, value: date) -> None:
    current = d.get(key)
    if current is None or value < current:
        d[key] = value


def plan_import(
    raw_records: Iterable[Any],
    *,
    today: date,
    site_id: str = "",
    counsellor: str = "",
    vault_client: VaultClientLookup | None = None,
    vault_scheme: VaultSchemeLookup | None = None,
    vault_training: VaultTrainingLookup | None = None,
    stops: Iterable[str] = (),
) -> ImportPlan:
    """Parse and validate every record; touches no storage (``vault_client``, ``vault_scheme`` and
    ``vault_training`` look up existing clients, schemes and job trainings; ``stops``: the places a
    session's ``appointment_place`` may name)."""
    planner = _Planner(
        today=today,
        site_id=site_id,
        counsellor=counsellor,
        vault_client=vault_client or (lambda _key: None),
        vault_scheme=vault_scheme or (lambda _key: False),
        vault_training=vault_training,
        stops=stops,
    )
    total = 0
    for total, raw in enumerate(raw_records, start=1):
        planner.take(total, raw)
    planner.plan.total = total
    return planner.finish()


# --- saving --------------------------------------------------------------------------------------


def import_records(
    vault: Vault,
    raw_records: list[Any],
    *,
    skip_invalid: bool = False,
    today: date | None = None,
    source: str | None = None,
    again: bool = False,
) -> ImportPlan:
    """Check every record, then save the valid ones in one transaction. Without ``skip_invalid`` a
    single invalid record refuses the whole import (:class:`ImportRefused`) and nothing is saved.

    ``source``: ``batch.source_digest`` of the file's bytes; the same file imported before is refused
    (:class:`~iq_desktop.services.batch.AlreadyImported`, nothing saved) unless ``again``."""
    site = vault.site

    def vault_client(client_id: str) -> Initials | None:
        with vault._uow(readonly=True) as uow:
            if not uow.clients.exists(client_id):
                return None
            if not any(kind == SessionKind.INITIAL for _, _, kind in uow.sessions.timeline(client_id)):
                return []
            return [(x.date, x.topics) for x in uow.sessions.for_client(client_id) if x.kind is SessionKind.INITIAL]

    def vault_scheme(scheme_id: str) -> bool:
        with vault._uow(readonly=True) as uow:
            return uow.schemes.exists(scheme_id)

    def vault_training(training_id: str) -> str | None:
        with vault._uow(readonly=True) as uow:
            training = uow.trainings.get(training_id)
        return training.client_id if training is not None else None

    from iq_desktop.services.agenda import stops
    from iq_desktop.services.batch import save_batch

    day = today or date.today()
    with paused_gc():
        plan = plan_import(
            raw_records,
            today=day,
            site_id=site.site_id if site else "",
            counsellor=vault.user,
            vault_client=vault_client,
            vault_scheme=vault_scheme,
            vault_training=vault_training,
            stops=stops(vault),
        )
        if plan.refused and not skip_invalid:
            raise ImportRefused(plan)
        if plan.saved_count == 0:
            raise ImportFileError(f"None of the {plan.total} records is valid; nothing was saved.")
        _name_anonymous(vault, plan.clients, day)
        save_batch(
            vault,
            clients=plan.clients,
            sessions=plan.sessions,
            trainings=plan.trainings,
            events=plan.events,
            schemes=plan.schemes,
            procedures=plan.procedures,
            action="import",
            source=source,
            again=again,
        )
    return plan


def _name_anonymous(vault: Vault, clients: list[Client], day: date) -> None:
    """Anonymous clients of the file without a pseudonym get the day's next ones ("anonym 2026-12-04 #3")."""
    nameless = [c for c in clients if c.anonymous and not c.pseudonym]
    if not nameless:
        return
    from iq_desktop.domain.rules import pseudonym
    from iq_desktop.services.records import next_pseudonym

    with vault._uow(readonly=True) as uow:
        first = next_pseudonym(uow, day)
    number = int(first.rsplit("#", 1)[1])
    for i, c in enumerate(nameless):
        c.pseudonym = pseudonym(day, number + i)
