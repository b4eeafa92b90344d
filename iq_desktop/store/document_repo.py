"""Documents inside the vault: one ``document`` row (its facts) and its bytes in ``document_chunk`` rows of
:data:`CHUNK_BYTES` each (migration v7). Nothing here reads a document's bytes unless asked for them,
one chunk at a time; opening the vault never touches them. A client's documents go with the client
(``ON DELETE CASCADE``; ``secure_delete`` zeroes the freed pages)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from iq_desktop.store.schema import T

__all__ = ["CHUNK_BYTES", "DocumentRepository", "DocumentRow"]

#: Bytes per stored chunk (the last one of a document may be shorter).
CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: str
    client_id: str
    procedure_id: str | None
    kind: str
    file_name: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str

    def __repr__(self) -> str:  # the file name may be personal: never in a log or a traceback
        return f"DocumentRow(id={self.id!r}, kind={self.kind!r}, size={self.size})"


_COLUMNS = ("id", "client_id", "procedure_id", "kind", "file_name", "size", "sha256", "added_at", "added_by")
_CHUNK = select(T.document_chunk.c.data).where(
    T.document_chunk.c.document_id == bindparam("b_doc"), T.document_chunk.c.seq == bindparam("b_seq")
)
_ADD_CHUNK = insert(T.document_chunk)


def _row(r: Any) -> DocumentRow:
    return DocumentRow(*(r[c] for c in _COLUMNS))


class DocumentRepository:
    def __init__(self, conn: Connection) -> None:
        self._c = conn

    # --- writing ----------------------------------------------------------------------------------
    def add(self, row: DocumentRow) -> None:
        """Insert the document's row (before its chunks: they reference it)."""
        self._c.execute(insert(T.document), {c: getattr(row, c) for c in _COLUMNS})

    def add_chunk(self, document_id: str, seq: int, data: bytes) -> None:
        self._c.execute(_ADD_CHUNK, {"document_id": document_id, "seq": seq, "data": data})

    def set_content(self, document_id: str, size: int, sha256: str) -> None:
        """Size and SHA-256 once every chunk is written (same transaction)."""
        d = T.document
        self._c.execute(update(d).where(d.c.id == document_id).values(size=size, sha256=sha256))

    def delete(self, document_id: str) -> bool:
        """Delete a document and its chunks (``secure_delete``: their pages are zeroed)."""
        self._c.execute(delete(T.document_chunk).where(T.document_chunk.c.document_id == document_id))
        return bool(self._c.execute(delete(T.document).where(T.document.c.id == document_id)).rowcount)

    def delete_for_client(self, client_id: str) -> int:
        """Delete every document of a client (also done by ``ON DELETE CASCADE``); how many."""
        ids = [r[0] for r in self._c.execute(select(T.document.c.id).where(T.document.c.client_id == client_id))]
        for document_id in ids:
            self.delete(document_id)
        return len(ids)

    # --- reading ----------------------------------------------------------------------------------
    def get(self, document_id: str) -> DocumentRow | None:
        r = self._c.execute(select(T.document).where(T.document.c.id == document_id)).mappings().first()
        return _row(r) if r else None

    def for_client(self, client_id: str) -> list[DocumentRow]:
        d = T.document
        query = select(d).where(d.c.client_id == client_id).order_by(d.c.added_at, d.c.id)
        return [_row(r) for r in self._c.execute(query).mappings()]

    def count_for_client(self, client_id: str) -> int:
        d = T.document
        return int(self._c.execute(select(func.count()).where(d.c.client_id == client_id)).scalar_one())

    def chunk_count(self, document_id: str) -> int:
        c = T.document_chunk
        return int(self._c.execute(select(func.count()).where(c.c.document_id == document_id)).scalar_one())

    def chunks(self, document_id: str, count: int) -> Iterator[bytes | None]:
        """The document's chunks in order, one query (and one chunk in memory) at a time; None for a
        missing chunk (the caller reports the document as damaged)."""
        for seq in range(count):
            value = self._c.execute(_CHUNK, {"b_doc": document_id, "b_seq": seq}).scalar_one_or_none()
            yield None if value is None else bytes(value)
