"""Test helper: decrypt SQLCipher 4 pages ourselves, to look into free pages and the WAL "with the key".

SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes at the end of each page (16-byte IV, then
a 64-byte HMAC-SHA512), AES-256-CBC. With a raw key (``x'<64 hex>'``) the key is the AES key as is.
Page 1 starts with the 16-byte salt; its encrypted part starts after it. We do not check the HMACs.
"""

from __future__ import annotations

from collections.abc import Iterator

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def db_pages(data: bytes, key: bytes) -> Iterator[bytes]:
    for i in range(len(data) // PAGE):
        yield _decrypt(data[i * PAGE : (i + 1) * PAGE], key, first=i == 0)


def wal_pages(data: bytes, key: bytes) -> Iterator[bytes]:
    pos = WAL_HEADER
    while pos + FRAME_HEADER + PAGE <= len(data):
        page_no = int.from_bytes(data[pos : pos + 4], "big")
        yield _decrypt(data[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], key, first=page_no == 1)
        pos += FRAME_HEADER + PAGE


def plaintext(db: bytes, wal: bytes, key: bytes) -> bytes:
    """Every page of the database file and every frame of the WAL, decrypted and concatenated."""
    return b"".join(db_pages(db, key)) + b"".join(wal_pages(wal, key))
