"""Documents of a client (certificates, transcripts, certified translations, decisions, consent forms,
ID): attached INTO the encrypted vault, never in clear on disk.

* :func:`attach` streams the file into the vault in chunks of 1 MiB (``document_chunk``), computing its
  SHA-256 on the way, in ONE transaction: a file larger than :data:`MAX_DOCUMENT_MB` MB is refused (also
  one that grows while it is read) and nothing is kept.
* :func:`read_document` (the GUI's viewer) decrypts into memory only; :func:`save_as` writes the
  decrypted file to the path the user chose, through a private temporary file in that same folder
  (``fs.atomic``), checking the SHA-256 before the file is put in place: a damaged or altered document
  is refused and nothing is left behind.
* :func:`detach` deletes a document (``secure_delete``; the WAL is checkpointed and truncated, as after
  an erasure). Erasing or purging a client deletes their documents with them (``ON DELETE CASCADE``).
* :func:`checklist`: per recognition procedure, which of the required kinds are there.

Every act is audited (``create``/``show``/``export``/``delete`` with record type ``document``); the audit
detail holds the kind and the size only, never the file name (which may be personal). Backups hold the
documents (they are part of ``vault.db``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from iq_desktop.domain.codes import DocumentKind, ProcedureDecision
from iq_desktop.domain.records import new_id
from iq_desktop.fs.atomic import atomic_writer
from iq_desktop.services.errors import NotFound, ServiceError
from iq_desktop.services.vault import Vault
from iq_desktop.store.codec import utcnow
from iq_desktop.store.document_repo import CHUNK_BYTES, DocumentRepository, DocumentRow

__all__ = [
    "CHUNK_BYTES",
    "MAX_DOCUMENT_BYTES",
    "MAX_DOCUMENT_MB",
    "REQUIRED_KINDS",
    "Checklist",
    "DocumentDamaged",
    "DocumentInfo",
    "DocumentRefused",
    "DocumentTooLarge",
    "ProcedureChoice",
    "attach",
    "checklist",
    "client_procedures",
    "detach",
    "get_document",
    "list_documents",
    "read_document",
    "save_as",
]

#: The largest document that can be attached, in MB (MiB): stated in the GUI, the CLI and docs/security.md.
MAX_DOCUMENT_MB = 25
MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024
#: What a recognition procedure needs; a decision too once the authority has decided.
REQUIRED_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind.CERTIFICATE,
    DocumentKind.TRANSCRIPT,
    DocumentKind.TRANSLATION,
    DocumentKind.ID,
)
AUDIT_TYPE = "document"
MAX_NAME_CHARS = 200


class DocumentRefused(ServiceError):
    """A document cannot be attached, saved or found as asked (no personal data in the message)."""


class DocumentTooLarge(DocumentRefused):
    def __init__(self) -> None:
        super().__init__(
            f"The file is larger than {MAX_DOCUMENT_MB} MB; documents up to {MAX_DOCUMENT_MB} MB can be attached. "
            "Scan it at a lower resolution, or split it into several files."
        )


class DocumentDamaged(DocumentRefused):
    def __init__(self) -> None:
        super().__init__(
            "The stored document does not match its checksum: it is damaged or was altered. Nothing was written. "
            "Restore a backup to get it back."
        )


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document's facts (not its bytes). ``file_name`` may be personal: shown, never logged."""

    id: str
    client_id: str
    procedure_id: str | None
    kind: DocumentKind
    file_name: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str

    def __repr__(self) -> str:
        return f"DocumentInfo(id={self.id!r}, kind={self.kind.value!r}, size={self.size})"


@dataclass(frozen=True, slots=True)
class ProcedureChoice:
    """A client's recognition procedure as the documents show it."""

    id: str
    label: str
    decided: bool


@dataclass(frozen=True, slots=True)
class Checklist:
    """Which required kinds a procedure has (``procedure_id`` None: the client has no procedure; their
    documents are checked as a whole). Documents attached to the client without a procedure count for
    every procedure of the client (an ID serves them all)."""

    procedure_id: str | None
    label: str
    required: tuple[DocumentKind, ...]
    present: frozenset[DocumentKind]

    @property
    def missing(self) -> tuple[DocumentKind, ...]:
        return tuple(k for k in self.required if k not in self.present)

    @property
    def complete(self) -> bool:
        return not self.missing


def _info(row: DocumentRow) -> DocumentInfo:
    kind = DocumentKind(row.kind) if row.kind in DocumentKind._value2member_map_ else DocumentKind.OTHER
    return DocumentInfo(
        row.id, row.client_id, row.procedure_id, kind, row.file_name, row.size, row.sha256, row.added_at, row.added_by
    )


def clean_file_name(name: str) -> str:
    """The last part of ``name`` without control characters, at most :data:`MAX_NAME_CHARS` characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C").strip()
    if len(base) > MAX_NAME_CHARS:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: MAX_NAME_CHARS - len(ext) - 1] + dot + ext) if dot and len(ext) < 12 else base[:MAX_NAME_CHARS]
    return base if base not in ("", ".", "..") else "document"


def _detail(kind: str, size: int) -> str:
    return f"kind={kind} size={size}"


# --- attaching -------------------------------------------------------------------------------------


def attach(
    vault: Vault,
    client_id: str,
    source: Path | str | bytes | BinaryIO,
    kind: DocumentKind | str,
    *,
    file_name: str | None = None,
    procedure_id: str | None = None,
) -> DocumentInfo:
    """Attach a file (a path, the bytes, or an open binary file) to a client, and optionally to one of
    their procedures. The file is read :data:`CHUNK_BYTES` at a time straight into the vault (ONE
    transaction, audited ``create``); :class:`DocumentTooLarge` above :data:`MAX_DOCUMENT_MB` MB."""
    try:
        kind = DocumentKind(kind)
    except ValueError:
        raise DocumentRefused(
            f"Unknown document kind; use one of: {', '.join(k.value for k in DocumentKind)}."
        ) from None
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = clean_file_name(file_name or path.name)
        try:
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                raise DocumentTooLarge()
            with open(path, "rb") as fh:
                return _attach(vault, client_id, fh, kind, name, procedure_id)
        except IsADirectoryError:
            raise DocumentRefused("This is a folder, not a file; choose the file to attach.") from None
        except OSError as exc:
            raise DocumentRefused(f"The file cannot be read ({exc.strerror or type(exc).__name__}).") from None
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > MAX_DOCUMENT_BYTES:
            raise DocumentTooLarge()
        return _attach(vault, client_id, io.BytesIO(bytes(source)), kind, clean_file_name(file_name or ""),
                       procedure_id)  # fmt: skip
    return _attach(vault, client_id, source, kind, clean_file_name(file_name or ""), procedure_id)


def _attach(
    vault: Vault, client_id: str, fh: BinaryIO, kind: DocumentKind, name: str, procedure_id: str | None
) -> DocumentInfo:
    digest = hashlib.sha256()
    size = 0
    row = DocumentRow(new_id(), client_id, procedure_id, kind.value, name, 0, "", utcnow(), vault.user)
    with vault._uow() as uow:
        if not uow.clients.exists(client_id):
            raise NotFound("person", client_id)
        if procedure_id is not None and procedure_id not in {p.id for p in uow.procedures.for_client(client_id)}:
            raise DocumentRefused("This procedure does not belong to this person; choose one of theirs, or none.")
        uow.documents.add(row)
        seq = 0
        while chunk := fh.read(CHUNK_BYTES):
            size += len(chunk)
            if size > MAX_DOCUMENT_BYTES:  # grew while being read: nothing is kept (rollback)
                raise DocumentTooLarge()
            digest.update(chunk)
            uow.documents.add_chunk(row.id, seq, chunk)
            seq += 1
        uow.documents.set_content(row.id, size, digest.hexdigest())
        uow.audit.add(vault.user, "create", AUDIT_TYPE, row.id, _detail(kind.value, size))
    return _info(DocumentRow(row.id, client_id, procedure_id, kind.value, name, size, digest.hexdigest(),
                             row.added_at, vault.user))  # fmt: skip


# --- reading ---------------------------------------------------------------------------------------


def list_documents(vault: Vault, client_id: str) -> list[DocumentInfo]:
    """A client's documents (facts only, not their bytes), oldest first."""
    with vault._uow(readonly=True) as uow:
        return [_info(r) for r in uow.documents.for_client(client_id)]


def get_document(vault: Vault, document_id: str) -> DocumentInfo:
    with vault._uow(readonly=True) as uow:
        row = uow.documents.get(document_id)
    if row is None:
        raise NotFound("document", document_id)
    return _info(row)


def _copy_verified(uow_documents: DocumentRepository, row: DocumentRow, write: Callable[[bytes], object]) -> None:
    """Write the document's chunks through ``write``, then check size and SHA-256 (DocumentDamaged)."""
    digest = hashlib.sha256()
    size = 0
    count = -(-row.size // CHUNK_BYTES)
    if uow_documents.chunk_count(row.id) != count:
        raise DocumentDamaged()
    for chunk in uow_documents.chunks(row.id, count):
        if chunk is None:
            raise DocumentDamaged()
        size += len(chunk)
        digest.update(chunk)
        write(chunk)
    if size != row.size or digest.hexdigest() != row.sha256:
        raise DocumentDamaged()


def read_document(vault: Vault, document_id: str) -> tuple[DocumentInfo, bytes]:
    """The document decrypted into memory (the GUI's viewer: no file is written), checked against its
    SHA-256; audited ``show``."""
    buf = bytearray()
    with vault._uow() as uow:
        row = uow.documents.get(document_id)
        if row is None:
            raise NotFound("document", document_id)
        _copy_verified(uow.documents, row, buf.extend)
        uow.audit.add(vault.user, "show", AUDIT_TYPE, row.id, _detail(row.kind, row.size))
    return _info(row), bytes(buf)


def save_as(vault: Vault, document_id: str, out: Path | str, *, overwrite: bool = False) -> DocumentInfo:
    """Write the decrypted document to ``out`` (the place the user chose), owner-only (0600), through a
    private temporary file in ``out``'s folder that is removed on any failure; the SHA-256 is checked
    before the file is put in place. ``overwrite``: replace an existing file (the GUI's save dialog has
    asked); otherwise an existing file is refused. Audited ``export``."""
    out = Path(out)
    if out.is_dir():
        raise DocumentRefused(f"{out} is a folder; give the name of the file to write.")
    if not overwrite and out.exists():
        raise DocumentRefused(f"The file {out.name} already exists; choose another name or delete it first.")
    if not out.parent.is_dir():
        raise DocumentRefused(f"The folder {out.parent} does not exist; create it or choose another place.")
    written = False
    try:
        with vault._uow() as uow:  # the audit entry commits only if the file was written
            row = uow.documents.get(document_id)
            if row is None:
                raise NotFound("document", document_id)
            uow.audit.add(vault.user, "export", AUDIT_TYPE, row.id, _detail(row.kind, row.size))
            with atomic_writer(out, overwrite=overwrite, suffix=".part") as fh:
                _copy_verified(uow.documents, row, fh.write)
            written = True
    except FileExistsError:
        raise DocumentRefused(f"The file {out.name} appeared while saving; it was left unchanged.") from None
    except OSError as exc:
        raise DocumentRefused(
            f"Cannot write the file ({exc.strerror or type(exc).__name__}); nothing was written. Check the folder and "
            "the free disk space."
        ) from None
    except BaseException:
        if written:  # the audit entry could not be saved: an unaudited copy must not stay
            with contextlib.suppress(OSError):
                os.remove(out)
        raise
    return _info(row)


# --- removing --------------------------------------------------------------------------------------


def detach(vault: Vault, document_id: str) -> None:
    """Delete a document from the vault for good (``secure_delete``; the WAL is checkpointed and
    truncated, so no page image of it stays in the vault files); audited ``delete``."""
    with vault._uow() as uow:
        row = uow.documents.get(document_id)
        if row is None:
            raise NotFound("document", document_id)
        uow.documents.delete(document_id)
        uow.audit.add(vault.user, "delete", AUDIT_TYPE, row.id, _detail(row.kind, row.size))
    vault.checkpoint_deleted()


# --- the checklist ---------------------------------------------------------------------------------


def client_procedures(vault: Vault, client_id: str) -> list[ProcedureChoice]:
    """The client's recognition procedures, oldest application first."""
    with vault._uow(readonly=True) as uow:
        procedures = uow.procedures.for_client(client_id)
    out = []
    for p in procedures:
        parts = [p.occupation_code or "", p.applied.isoformat() if p.applied else ""]
        out.append(
            ProcedureChoice(p.id, " · ".join(x for x in parts if x), p.decision is not ProcedureDecision.PENDING)
        )
    return out


def required_kinds(decided: bool) -> tuple[DocumentKind, ...]:
    return (*REQUIRED_KINDS, DocumentKind.DECISION) if decided else REQUIRED_KINDS


def build_checklist(procedures: Iterable[ProcedureChoice], documents: Iterable[DocumentInfo]) -> list[Checklist]:
    """The checklists of ``procedures`` from ``documents`` (pure; :func:`checklist` reads both)."""
    procs = list(procedures)
    ids = {p.id for p in procs}
    docs = list(documents)
    general = frozenset(d.kind for d in docs if d.procedure_id is None or d.procedure_id not in ids)
    if not procs:
        return [Checklist(None, "", REQUIRED_KINDS, general)]
    out = []
    for p in procs:
        own = frozenset(d.kind for d in docs if d.procedure_id == p.id)
        out.append(Checklist(p.id, p.label, required_kinds(p.decided), general | own))
    return out


def checklist(vault: Vault, client_id: str, procedure_id: str | None = None) -> list[Checklist]:
    """Per procedure of the client (only ``procedure_id`` if given): which required kinds are there."""
    procs = [p for p in client_procedures(vault, client_id) if procedure_id is None or p.id == procedure_id]
    return build_checklist(procs, list_documents(vault, client_id))
