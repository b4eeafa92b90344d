"""The key file (``keys.json`` beside ``vault.db``): the vault's data key, wrapped once per user.

File format (JSON, UTF-8)::

    {
      "format": "iq-desktop-keyfile",
      "version": 1,
      "vault_id": "<uuid4>",
      "key_check": "<b64, 16 bytes>",       # HMAC-SHA256(data key, label + vault_id)[:16]
      "slots": [
        {"type": "passphrase", "user": "Ana", "role": "coordinator",
         "kdf": {"alg": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4},
         "salt": "<b64, 16>", "nonce": "<b64, 12>", "ciphertext": "<b64, 48>"},
        ...,
        {"type": "recovery", "nonce": "<b64, 12>", "ciphertext": "<b64, 48>"}
      ]
    }

Each passphrase slot is AES-256-GCM(key = Argon2id(passphrase, salt, kdf), data key) with the
canonical JSON of the slot header (format, version, vault_id, type, user, role, kdf, salt) as
associated data.  Editing a slot's role, user, parameters, salt or the vault_id therefore makes the
slot fail to open -- which is indistinguishable from a wrong passphrase, so it is reported as
:class:`WrongPassphrase`.  The recovery slot is AES-256-GCM under HKDF-SHA256(recovery key,
info=b"iq-desktop recovery slot v1").

When :meth:`KeyFile.create` makes a new data key, the data key is *derived* from the recovery key
(HKDF-SHA256, info=b"iq-desktop data key v1"), so the recovery key alone re-opens the vault even if
the key file is lost (:func:`data_key_from_recovery_key`, :meth:`KeyFile.rebuild`).  Consequence:
the recovery key cannot be changed without re-keying the vault.

Roles are enforced by the app, not by cryptography: every user's slot holds the same data key.

Optional slot fields (issue 11, "Users"):

* ``"must_change": true`` -- the user must choose a new passphrase at the next unlock (a new user, or
  after a coordinator reset the passphrase). It is part of the slot's associated data, so removing
  it makes the slot fail to open; it disappears when the user's own new passphrase re-wraps the slot.
* ``"wrapped_role"`` + ``"role_mac"`` -- a coordinator changed the role after the slot was wrapped
  (without the user's passphrase the slot cannot be re-wrapped). ``role`` is the role in force,
  ``wrapped_role`` the one bound into the associated data; ``role_mac`` = HMAC-SHA256(data key,
  label + canonical(vault_id, user, salt, role, wrapped_role))[:16], checked after every unlock, so a
  role edited by hand (without the data key) is refused as :class:`KeyFileDamaged`. The next re-wrap
  of the slot (a passphrase change, a recalibration) binds the role in force and drops both fields.

Removing a user deletes the slot (the data key stays the same: an old copy of ``keys.json`` and the
old passphrase still open an old copy of the vault -- docs/security.md, "Users").
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import hmac
import json
import os
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast, get_args

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from iq_desktop.fs.atomic import atomic_create, atomic_replace, remove_stale_temp_files
from iq_desktop.fs.secret_memory import wipe, wipe_immutable

from .errors import (
    CryptoError,
    InsecureKeyFile,
    InvalidUserName,
    KeyFileDamaged,
    KeyFileExists,
    KeyFileMissing,
    KeyFileWriteError,
    NotAllowed,
    UnknownUser,
    UnsupportedKeyFile,
    UserExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from .kdf import KdfParams, calibrate_kdf, derive_key, insecure_kdf_allowed, stronger_kdf
from .policy import passphrase_problems
from .recovery import RECOVERY_KEY_BYTES, format_recovery_key, parse_recovery_key

__all__ = [
    "DATA_KEY_BYTES",
    "KEYFILE_NAME",
    "ROLES",
    "KeyFile",
    "Role",
    "SlotInfo",
    "Unlocked",
    "data_key_from_recovery_key",
]

Role = Literal["counsellor", "coordinator"]
ROLES: tuple[Role, ...] = get_args(Role)

#: Suggested file name, in the same directory as ``vault.db``.
KEYFILE_NAME = "keys.json"

FORMAT = "iq-desktop-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16
KEY_CHECK_BYTES = 16
MAX_USER_CHARS = 64
MAX_SLOTS = 500
MAX_FILE_BYTES = 1024 * 1024

_RECOVERY_SLOT_INFO = b"iq-desktop recovery slot v1"
_DATA_KEY_INFO = b"iq-desktop data key v1"
_KEY_CHECK_LABEL = b"iq-desktop key check v1\x00"
_ROLE_MAC_LABEL = b"iq-desktop slot role v1\x00"
ROLE_MAC_BYTES = 16


# --------------------------------------------------------------------------------------------
# public value types


@dataclass(frozen=True)
class SlotInfo:
    user: str
    role: Role
    #: the user must choose a new passphrase at the next unlock
    must_change: bool = False


class Unlocked:
    """Result of a successful unlock: the only holder of the data key in memory.

    The key lives in one mutable buffer (:attr:`key_buffer`, a ``bytearray``) that :meth:`wipe`
    overwrites with zeros; pass the buffer (or this object) on, never a ``bytes`` copy. ``data_key``
    returns a ``bytes`` copy for tests and comparisons only. ``repr()`` never shows the key.
    """

    __slots__ = ("_buffer", "must_change", "role", "user")

    def __init__(self, data_key: bytes | bytearray, user: str, role: Role, *, must_change: bool = False) -> None:
        if len(data_key) != DATA_KEY_BYTES:
            raise CryptoError("The data key must be 32 bytes long.")
        self._buffer = bytearray(data_key)
        self.user = user
        self.role: Role = role
        #: the slot asks for a new passphrase before anything else (see the module docstring)
        self.must_change = must_change

    def __repr__(self) -> str:
        return f"Unlocked(user={self.user!r}, role={self.role!r}, wiped={self.wiped})"

    @property
    def key_buffer(self) -> bytearray:
        """The data key itself (not a copy): zeros after :meth:`wipe`."""
        return self._require_key()

    @property
    def data_key(self) -> bytes:
        """A ``bytes`` copy of the key (``b""`` once wiped): an immutable copy Python cannot erase, so
        for tests and comparisons only; production code passes :attr:`key_buffer`."""
        return b"" if self.wiped else bytes(self._buffer)

    @property
    def wiped(self) -> bool:
        return not any(self._buffer)

    def wipe(self) -> None:
        """Overwrite the key buffer with zeros (idempotent)."""
        wipe(self._buffer)

    def _require_key(self) -> bytearray:
        if self.wiped:
            raise CryptoError("The vault has been locked; unlock it again.")
        return self._buffer


def _take(key: bytes | bytearray, user: str, role: Role, *, must_change: bool = False) -> Unlocked:
    """An :class:`Unlocked` from a key this module computed (decrypted or derived): the key is moved
    into the mutable buffer and the immutable original overwritten in place (CPython)."""
    unlocked = Unlocked(key, user, role, must_change=must_change)
    if isinstance(key, bytearray):
        wipe(key)
    else:
        wipe_immutable(key)
    return unlocked


# --------------------------------------------------------------------------------------------
# helpers


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _kdf_json(params: KdfParams) -> dict[str, object]:
    return {
        "alg": "argon2id",
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
    }


def _user_key(name: str) -> str:
    """Comparison key for user names: NFC, stripped, case-folded."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def clean_user_name(name: str) -> str:
    """Return the user name as stored (NFC, stripped) or raise :class:`InvalidUserName`."""
    if not isinstance(name, str):
        raise InvalidUserName("The user name must be text.")
    cleaned = unicodedata.normalize("NFC", name).strip()
    if not cleaned:
        raise InvalidUserName("The user name must not be empty.")
    if len(cleaned) > MAX_USER_CHARS:
        raise InvalidUserName(f"The user name must not be longer than {MAX_USER_CHARS} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in cleaned):
        raise InvalidUserName("The user name must not contain control characters or line breaks.")
    return cleaned


def _check_role(role: str) -> Role:
    if role == "counsellor":
        return "counsellor"
    if role == "coordinator":
        return "coordinator"
    raise CryptoError(f"Unknown role; use one of: {', '.join(ROLES)}.")


def _check_new_passphrase(passphrase: str, user: str = "") -> None:
    if not isinstance(passphrase, str):
        raise WeakPassphrase(["The passphrase must be text."])
    problems = passphrase_problems(passphrase, [user] if isinstance(user, str) else [])
    if problems:
        raise WeakPassphrase(problems)


def _check_new_kdf(kdf: KdfParams) -> None:
    """New slots get production parameters; the test suite's fast ones only inside the test suite."""
    if not kdf.at_least_min() and not insecure_kdf_allowed():
        raise CryptoError("Key derivation parameters below the production minimum are for the test suite only.")


def _recovery_wrapping_key(recovery_raw: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=_RECOVERY_SLOT_INFO).derive(recovery_raw)


def _data_key_from_recovery_raw(recovery_raw: bytes) -> bytes:
    return HKDF(hashes.SHA256(), DATA_KEY_BYTES, salt=None, info=_DATA_KEY_INFO).derive(recovery_raw)


def data_key_from_recovery_key(recovery_key: str) -> bytes:
    """The data key of a vault whose key file was created by :meth:`KeyFile.create` *without* an
    explicit ``data_key`` -- usable when the key file itself is lost.  (For other vaults the result
    is simply a wrong key; the store notices when the database does not open.)"""
    return _data_key_from_recovery_raw(parse_recovery_key(recovery_key))


def _key_check(data_key: bytes | bytearray, vault_id: str) -> bytes:
    mac = hmac.new(data_key, _KEY_CHECK_LABEL + vault_id.encode("ascii"), hashlib.sha256)
    return mac.digest()[:KEY_CHECK_BYTES]


def _role_mac(data_key: bytes | bytearray, vault_id: str, user: str, salt: bytes, role: Role, wrapped: Role) -> bytes:
    body = _canonical({"vault_id": vault_id, "user": user, "salt": _b64e(salt), "role": role, "wrapped_role": wrapped})
    return hmac.new(data_key, _ROLE_MAC_LABEL + body, hashlib.sha256).digest()[:ROLE_MAC_BYTES]


# --------------------------------------------------------------------------------------------
# slots


@dataclass(frozen=True)
class _PassphraseSlot:
    user: str
    role: Role
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    must_change: bool = False
    #: the role bound into the associated data when a coordinator changed ``role`` later, else None
    wrapped_role: Role | None = None
    role_mac: bytes | None = None

    @property
    def bound_role(self) -> Role:
        return self.wrapped_role if self.wrapped_role is not None else self.role

    def aad(self, vault_id: str) -> bytes:
        return _passphrase_aad(vault_id, self.user, self.bound_role, self.kdf, self.salt, self.must_change)

    def to_json(self) -> dict[str, object]:
        doc: dict[str, object] = {
            "type": "passphrase",
            "user": self.user,
            "role": self.role,
            "kdf": _kdf_json(self.kdf),
            "salt": _b64e(self.salt),
            "nonce": _b64e(self.nonce),
            "ciphertext": _b64e(self.ciphertext),
        }
        if self.must_change:
            doc["must_change"] = True
        if self.wrapped_role is not None and self.role_mac is not None:
            doc["wrapped_role"] = self.wrapped_role
            doc["role_mac"] = _b64e(self.role_mac)
        return doc


@dataclass(frozen=True)
class _RecoverySlot:
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, object]:
        return {"type": "recovery", "nonce": _b64e(self.nonce), "ciphertext": _b64e(self.ciphertext)}


def _passphrase_aad(
    vault_id: str, user: str, role: Role, kdf: KdfParams, salt: bytes, must_change: bool = False
) -> bytes:
    header: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "type": "passphrase",
        "user": user,
        "role": role,
        "kdf": _kdf_json(kdf),
        "salt": _b64e(salt),
    }
    if must_change:  # only when set: the slots written before the flag existed keep their header
        header["must_change"] = True
    return _canonical(header)


def _recovery_aad(vault_id: str) -> bytes:
    return _canonical({"format": FORMAT, "version": VERSION, "vault_id": vault_id, "type": "recovery"})


def _make_passphrase_slot(
    vault_id: str,
    user: str,
    role: Role,
    passphrase: str,
    kdf: KdfParams,
    data_key: bytes | bytearray,
    *,
    must_change: bool = False,
) -> _PassphraseSlot:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    wrapping_key = derive_key(passphrase, salt, kdf)
    aad = _passphrase_aad(vault_id, user, role, kdf, salt, must_change)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, aad)
    return _PassphraseSlot(user, role, kdf, salt, nonce, ciphertext, must_change=must_change)


def _make_recovery_slot(vault_id: str, recovery_raw: bytes, data_key: bytes | bytearray) -> _RecoverySlot:
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(_recovery_wrapping_key(recovery_raw)).encrypt(nonce, data_key, _recovery_aad(vault_id))
    return _RecoverySlot(nonce, ciphertext)


# --------------------------------------------------------------------------------------------
# parsing (every problem becomes KeyFileDamaged)


class _Malformed(Exception):
    pass


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Malformed(f"duplicate field {key!r}")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _Malformed(f"invalid number {name}")


def _field(obj: dict[str, Any], key: str, kind: type) -> Any:
    if key not in obj:
        raise _Malformed(f"missing field {key!r}")
    value = obj[key]
    ok = type(value) is int if kind is int else isinstance(value, kind)
    if not ok:
        raise _Malformed(f"field {key!r} has the wrong type")
    return value


def _b64_field(obj: dict[str, Any], key: str, length: int) -> bytes:
    text = _field(obj, key, str)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _Malformed(f"field {key!r} is not valid base64") from None
    if len(raw) != length:
        raise _Malformed(f"field {key!r} has the wrong length")
    return raw


def _only_keys(obj: dict[str, Any], allowed: Iterable[str], where: str) -> None:
    extra = set(obj) - set(allowed)
    if extra:
        raise _Malformed(f"unexpected field(s) in {where}: {', '.join(sorted(extra))}")


def _parse_kdf(obj: Any) -> KdfParams:
    if not isinstance(obj, dict):
        raise _Malformed("kdf must be an object")
    _only_keys(obj, ("alg", "memory_kib", "iterations", "lanes"), "kdf")
    if _field(obj, "alg", str) != "argon2id":
        raise _Malformed("unknown key derivation algorithm")
    try:
        return KdfParams(
            memory_kib=_field(obj, "memory_kib", int),
            iterations=_field(obj, "iterations", int),
            lanes=_field(obj, "lanes", int),
        )
    except CryptoError:  # beyond what calibration ever chooses: a crafted file, refused before deriving
        raise _Malformed(
            "its key derivation parameters are out of range: the file may have been tampered with"
        ) from None


@dataclass
class _State:
    vault_id: str
    key_check: bytes
    slots: list[_PassphraseSlot]
    recovery: _RecoverySlot

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "key_check": _b64e(self.key_check),
            "slots": [s.to_json() for s in self.slots] + [self.recovery.to_json()],
        }
        return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _parse(raw: bytes, name: str) -> _State:
    try:
        doc = json.loads(raw.decode("utf-8"), object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except _Malformed as exc:
        raise KeyFileDamaged(name, str(exc)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise KeyFileDamaged(name, "not valid JSON") from None
    try:
        return _parse_doc(doc, name)
    except _Malformed as exc:
        raise KeyFileDamaged(name, str(exc)) from None


def _parse_doc(doc: Any, name: str) -> _State:
    if not isinstance(doc, dict):
        raise _Malformed("not a key file")
    if doc.get("format") != FORMAT:
        raise _Malformed("not an IQ Desktop key file")
    version = doc.get("version")
    if type(version) is not int:
        raise _Malformed("missing format version")
    if version != VERSION:
        raise UnsupportedKeyFile(name, version)
    _only_keys(doc, ("format", "version", "vault_id", "key_check", "slots"), "key file")
    vault_id = _field(doc, "vault_id", str)
    try:
        if str(uuid.UUID(vault_id)) != vault_id:
            raise ValueError
    except ValueError:
        raise _Malformed("vault_id is not a valid id") from None
    key_check = _b64_field(doc, "key_check", KEY_CHECK_BYTES)
    raw_slots = _field(doc, "slots", list)
    if len(raw_slots) > MAX_SLOTS:
        raise _Malformed("too many slots")
    slots: list[_PassphraseSlot] = []
    recovery: _RecoverySlot | None = None
    seen: set[str] = set()
    for raw_slot in raw_slots:
        if not isinstance(raw_slot, dict):
            raise _Malformed("a slot is not an object")
        kind = _field(raw_slot, "type", str)
        if kind == "recovery":
            _only_keys(raw_slot, ("type", "nonce", "ciphertext"), "recovery slot")
            if recovery is not None:
                raise _Malformed("more than one recovery slot")
            recovery = _RecoverySlot(
                _b64_field(raw_slot, "nonce", NONCE_BYTES),
                _b64_field(raw_slot, "ciphertext", WRAPPED_BYTES),
            )
        elif kind == "passphrase":
            _only_keys(raw_slot, _SLOT_KEYS, "passphrase slot")
            try:
                user = clean_user_name(_field(raw_slot, "user", str))
            except InvalidUserName:
                raise _Malformed("invalid user name") from None
            if user != raw_slot["user"]:
                raise _Malformed("user name not in canonical form")
            if _user_key(user) in seen:
                raise _Malformed("duplicate user")
            seen.add(_user_key(user))
            role = _field(raw_slot, "role", str)
            if role not in ROLES:
                raise _Malformed("unknown role")
            slots.append(
                _PassphraseSlot(
                    user=user,
                    role=cast(Role, role),
                    kdf=_parse_kdf(raw_slot.get("kdf")),
                    salt=_b64_field(raw_slot, "salt", SALT_BYTES),
                    nonce=_b64_field(raw_slot, "nonce", NONCE_BYTES),
                    ciphertext=_b64_field(raw_slot, "ciphertext", WRAPPED_BYTES),
                    **_parse_slot_extras(raw_slot, cast(Role, role)),
                )
            )
        else:
            raise _Malformed("unknown slot type")
    if recovery is None:
        raise _Malformed("no recovery slot")
    if not any(s.role == "coordinator" for s in slots):
        raise _Malformed("no coordinator")
    return _State(vault_id, key_check, slots, recovery)


_SLOT_KEYS = ("type", "user", "role", "kdf", "salt", "nonce", "ciphertext", "must_change", "wrapped_role", "role_mac")


def _parse_slot_extras(raw_slot: dict[str, Any], role: Role) -> dict[str, Any]:
    """The optional fields of a passphrase slot, in their one canonical form (module docstring)."""
    extras: dict[str, Any] = {}
    if "must_change" in raw_slot:
        if _field(raw_slot, "must_change", bool) is not True:
            raise _Malformed("must_change is written only when true")
        extras["must_change"] = True
    if ("wrapped_role" in raw_slot) != ("role_mac" in raw_slot):
        raise _Malformed("wrapped_role and role_mac come together")
    if "wrapped_role" in raw_slot:
        wrapped = _field(raw_slot, "wrapped_role", str)
        if wrapped not in ROLES or wrapped == role:
            raise _Malformed("invalid wrapped_role")
        extras["wrapped_role"] = cast(Role, wrapped)
        extras["role_mac"] = _b64_field(raw_slot, "role_mac", ROLE_MAC_BYTES)
    return extras


def _read(path: Path) -> _State:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing(path.name) from None
    except OSError as exc:
        raise KeyFileDamaged(path.name, f"cannot be read: {exc.strerror or type(exc).__name__}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise KeyFileDamaged(path.name, "file too large")
    if not raw.strip():
        raise KeyFileDamaged(path.name, "file is empty")
    return _parse(raw, path.name)


# --------------------------------------------------------------------------------------------
# the key file


class KeyFile:
    """``keys.json`` beside the vault.

    Every change re-reads the file from disk, applies the change and writes it back atomically
    (temp file in the same directory, flush + fsync, ``os.replace``, fsync of the directory), so a
    crash or ``kill -9`` at any moment leaves either the complete old or the complete new file.
    """

    def __init__(self, path: Path, state: _State) -> None:
        """Internal; use :meth:`create` or :meth:`load`."""
        self._path = Path(path)
        self._state = state
        #: The stronger parameters the last :meth:`unlock` re-wrapped the slot under, else None.
        self.recalibrated: KdfParams | None = None

    # ---- construction ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        user: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        data_key: bytes | None = None,
    ) -> tuple[KeyFile, Unlocked, str]:
        """Create a new key file with ``user`` as its first coordinator.

        Returns ``(keyfile, unlocked, recovery_key)``; show the recovery key to the user once.
        ``kdf`` defaults to :func:`calibrate_kdf` (a few seconds).  With ``data_key=None`` a new
        data key is made (derived from the recovery key).  Raises :class:`KeyFileExists` if
        ``path`` exists.
        """
        recovery_raw = os.urandom(RECOVERY_KEY_BYTES)
        keyfile, unlocked = cls._create(
            Path(path), user, passphrase, kdf=kdf, data_key=data_key, recovery_raw=recovery_raw, vault_id=None
        )
        return keyfile, unlocked, format_recovery_key(recovery_raw)

    @classmethod
    def rebuild(
        cls,
        path: Path,
        recovery_key: str,
        user: str,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        vault_id: str | None = None,
    ) -> tuple[KeyFile, Unlocked]:
        """Make a new key file for a vault whose key file is lost, from its recovery key alone
        (works for vaults created without an explicit ``data_key``).  The recovery key stays the
        same.  The caller must check that the data key opens the database before relying on it."""
        recovery_raw = parse_recovery_key(recovery_key)
        return cls._create(
            Path(path),
            user,
            passphrase,
            kdf=kdf,
            data_key=None,  # derived from the recovery key, as at creation
            recovery_raw=recovery_raw,
            vault_id=vault_id,
        )

    @classmethod
    def _create(
        cls,
        path: Path,
        user: str,
        passphrase: str,
        *,
        kdf: KdfParams | None,
        data_key: bytes | None,
        recovery_raw: bytes,
        vault_id: str | None,
    ) -> tuple[KeyFile, Unlocked]:
        name = clean_user_name(user)
        _check_new_passphrase(passphrase, name)
        if path.exists():
            raise KeyFileExists(path.name)
        derived = data_key is None
        if data_key is None:
            data_key = _data_key_from_recovery_raw(recovery_raw)
        if len(data_key) != DATA_KEY_BYTES:
            raise CryptoError("The data key must be 32 bytes long.")
        if vault_id is None:
            vault_id = str(uuid.uuid4())
        else:
            try:
                vault_id = str(uuid.UUID(vault_id))
            except ValueError:
                raise CryptoError("The vault id is not valid.") from None
        params = kdf if kdf is not None else calibrate_kdf()
        _check_new_kdf(params)
        state = _State(
            vault_id=vault_id,
            key_check=_key_check(data_key, vault_id),
            slots=[_make_passphrase_slot(vault_id, name, "coordinator", passphrase, params, data_key)],
            recovery=_make_recovery_slot(vault_id, recovery_raw, data_key),
        )
        try:
            atomic_create(path, state.to_bytes())
        except FileExistsError:
            raise KeyFileExists(path.name) from None
        except OSError as exc:
            raise KeyFileWriteError(_write_error_message(path, exc)) from None
        if derived:  # ours: moved into the key buffer, the immutable original overwritten
            return cls(path, state), _take(data_key, name, "coordinator")
        return cls(path, state), Unlocked(data_key, name, "coordinator")

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and validate a key file; :class:`KeyFileDamaged` on any problem (subclasses
        :class:`KeyFileMissing`, :class:`UnsupportedKeyFile`)."""
        path = Path(path)
        return cls(path, _read(path))

    # ---- queries -----------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def vault_id(self) -> str:
        return self._state.vault_id

    def users(self) -> list[SlotInfo]:
        return [SlotInfo(s.user, s.role, s.must_change) for s in self._state.slots]

    def kdf_of(self, user: str) -> KdfParams:
        """The Argon2id parameters of ``user``'s slot (e.g. to offer an upgrade if below MIN_KDF)."""
        return self._find(self._state, user).kdf

    # ---- unlocking ---------------------------------------------------------------------

    def unlock(
        self,
        user: str,
        passphrase: str,
        *,
        recalibrate: tuple[float, float] | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> Unlocked:
        """Open ``user``'s slot.  :class:`UnknownUser`, :class:`WrongPassphrase`, :class:`InsecureKeyFile`.

        With ``recalibrate=(low, high)`` the unlock is timed (``clock``); if it took less than ``low``
        seconds, the slot is re-wrapped under stronger parameters (:func:`~.kdf.stronger_kdf`) that
        should take the middle of the target, and :attr:`recalibrated` says so.  A failed re-wrap
        leaves the old slot (the next unlock tries again)."""
        self.recalibrated = None
        started = clock()
        unlocked = self._unlock_in(self._state, user, passphrase)
        elapsed = clock() - started
        if recalibrate is not None:
            self._recalibrate(unlocked, passphrase, elapsed, recalibrate)
        return unlocked

    def _recalibrate(self, unlocked: Unlocked, passphrase: str, elapsed: float, target: tuple[float, float]) -> None:
        slot = self._find(self._state, unlocked.user)
        stronger = stronger_kdf(slot.kdf, elapsed, target)
        if stronger is None:
            return
        try:
            state = self._reread()
            current = self._find(state, unlocked.user)
            if current.salt != slot.salt:  # changed meanwhile (another window): leave it
                return
            self._replace_slot(
                state, current.user, passphrase, unlocked.key_buffer, stronger, must_change=current.must_change
            )
        except CryptoError:  # cannot write now (read-only, disk full) or damaged: unlocking still worked
            return
        self.recalibrated = stronger

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """Return the data key, using the recovery key.  :class:`WrongRecoveryKey`."""
        return self._recovery_unwrap(self._state, parse_recovery_key(recovery_key))

    # ---- changes -----------------------------------------------------------------------

    def add_user(
        self,
        unlocked: Unlocked,
        user: str,
        role: Role,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        must_change: bool = False,
    ) -> None:
        """Add a user (coordinators only).  ``kdf`` defaults to that of the acting user's slot.
        ``must_change``: the new user must choose their own passphrase at the first unlock."""
        data_key = unlocked._require_key()
        if unlocked.role != "coordinator":
            raise NotAllowed("Only a coordinator can add users.")
        checked_role = _check_role(role)
        name = clean_user_name(user)
        _check_new_passphrase(passphrase, name)
        state = self._reread()
        self._check_data_key(state, data_key)
        if any(_user_key(s.user) == _user_key(name) for s in state.slots):
            raise UserExists(name)
        if kdf is None:
            acting = [s for s in state.slots if _user_key(s.user) == _user_key(unlocked.user)]
            kdf = acting[0].kdf if acting else max(state.slots, key=lambda s: s.kdf.memory_kib).kdf
            if not kdf.at_least_min() and not insecure_kdf_allowed():
                kdf = calibrate_kdf()
        _check_new_kdf(kdf)
        slot = _make_passphrase_slot(
            state.vault_id, name, checked_role, passphrase, kdf, data_key, must_change=must_change
        )
        self._write(_State(state.vault_id, state.key_check, [*state.slots, slot], state.recovery))

    def remove_user(self, unlocked: Unlocked, user: str) -> None:
        """Remove a user (coordinators only): the slot is deleted, so the passphrase opens nothing any
        more. The last coordinator cannot be removed, nor can a user remove themselves."""
        data_key = unlocked._require_key()
        if unlocked.role != "coordinator":
            raise NotAllowed("Only a coordinator can remove users.")
        state = self._reread()
        self._check_data_key(state, data_key)
        target = self._find(state, user)
        if _user_key(target.user) == _user_key(unlocked.user):
            raise NotAllowed("You cannot remove yourself; another coordinator can.")
        rest = [s for s in state.slots if s is not target]
        if not any(s.role == "coordinator" for s in rest):
            raise NotAllowed("The last coordinator cannot be removed.")
        self._write(_State(state.vault_id, state.key_check, rest, state.recovery))

    def set_role(self, unlocked: Unlocked, user: str, role: Role) -> bool:
        """Change another user's role (coordinators only); False if it already was ``role``. The last
        coordinator cannot be demoted. The slot keeps its wrapping (the user's passphrase is not known
        here): the new role is bound by a MAC under the data key (module docstring)."""
        data_key = unlocked._require_key()
        if unlocked.role != "coordinator":
            raise NotAllowed("Only a coordinator can change roles.")
        checked = _check_role(role)
        state = self._reread()
        self._check_data_key(state, data_key)
        target = self._find(state, user)
        if _user_key(target.user) == _user_key(unlocked.user):
            raise NotAllowed("You cannot change your own role; another coordinator can.")
        if target.role == checked:
            return False
        if checked != "coordinator" and not any(s.role == "coordinator" for s in state.slots if s is not target):
            raise NotAllowed("The last coordinator cannot be demoted.")
        bound = target.bound_role
        if checked == bound:
            changed = dataclasses.replace(target, role=checked, wrapped_role=None, role_mac=None)
        else:
            mac = _role_mac(data_key, state.vault_id, target.user, target.salt, checked, bound)
            changed = dataclasses.replace(target, role=checked, wrapped_role=bound, role_mac=mac)
        slots = [changed if s is target else s for s in state.slots]
        self._write(_State(state.vault_id, state.key_check, slots, state.recovery))
        return True

    def reset_passphrase(self, unlocked: Unlocked, user: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """A coordinator sets a new passphrase for another user, who must choose their own at the next
        unlock (``must_change``). The acting coordinator's unlocked data key wraps the new slot."""
        data_key = unlocked._require_key()
        if unlocked.role != "coordinator":
            raise NotAllowed("Only a coordinator can reset a passphrase.")
        state = self._reread()
        self._check_data_key(state, data_key)
        target = self._find(state, user)
        if _user_key(target.user) == _user_key(unlocked.user):
            raise NotAllowed("Change your own passphrase instead of resetting it.")
        _check_new_passphrase(new, target.user)
        self._replace_slot(state, target.user, new, data_key, kdf, must_change=True)

    def change_passphrase(self, user: str, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap only ``user``'s slot under ``new``.  ``kdf`` defaults to the slot's current
        parameters (pass a stronger one to upgrade).  Crash-safe: old or new passphrase works."""
        _check_new_passphrase(new, user)
        state = self._reread()
        unlocked = self._unlock_in(state, user, old)
        try:
            self._replace_slot(state, unlocked.user, new, unlocked.key_buffer, kdf)
        finally:
            unlocked.wipe()

    def recover(
        self,
        recovery_key: str,
        user: str,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        must_change: bool = False,
    ) -> Unlocked:
        """Set a new passphrase for ``user`` using the recovery key; returns the unlocked vault.
        ``must_change``: a coordinator set it for someone else, who chooses their own at the next unlock."""
        recovery_raw = parse_recovery_key(recovery_key)
        _check_new_passphrase(new_passphrase, user)
        state = self._reread()
        data_key = self._recovery_unwrap(state, recovery_raw)
        slot = self._find(state, user)
        unlocked = _take(data_key, slot.user, slot.role, must_change=must_change)
        self._replace_slot(state, slot.user, new_passphrase, unlocked.key_buffer, kdf, must_change=must_change)
        return unlocked

    # ---- internals ---------------------------------------------------------------------

    @staticmethod
    def _find(state: _State, user: str) -> _PassphraseSlot:
        key = _user_key(user) if isinstance(user, str) else None
        for slot in state.slots:
            if _user_key(slot.user) == key:
                return slot
        raise UnknownUser(user.strip() if isinstance(user, str) else "?")

    def _check_data_key(self, state: _State, data_key: bytes | bytearray) -> None:
        if not hmac.compare_digest(_key_check(data_key, state.vault_id), state.key_check):
            raise KeyFileDamaged(self._path.name, "the key check does not match the data key")

    def _unlock_in(self, state: _State, user: str, passphrase: str) -> Unlocked:
        slot = self._find(state, user)
        if not slot.kdf.at_least_min() and not insecure_kdf_allowed():
            raise InsecureKeyFile(self._path.name)
        if not isinstance(passphrase, str):
            raise WrongPassphrase()
        wrapping_key = derive_key(passphrase, slot.salt, slot.kdf)
        try:
            data_key = AESGCM(wrapping_key).decrypt(slot.nonce, slot.ciphertext, slot.aad(state.vault_id))
        except InvalidTag:
            raise WrongPassphrase() from None
        unlocked = _take(data_key, slot.user, slot.role, must_change=slot.must_change)
        try:
            self._check_data_key(state, unlocked.key_buffer)
            self._verify_role_mac(state, slot, unlocked.key_buffer)
        except BaseException:
            unlocked.wipe()
            raise
        return unlocked

    def _verify_role_mac(self, state: _State, slot: _PassphraseSlot, data_key: bytes | bytearray) -> None:
        """A role changed after wrapping must carry the MAC only a holder of the data key can make."""
        if slot.wrapped_role is None or slot.role_mac is None:
            return
        expected = _role_mac(data_key, state.vault_id, slot.user, slot.salt, slot.role, slot.wrapped_role)
        if not hmac.compare_digest(expected, slot.role_mac):
            raise KeyFileDamaged(self._path.name, "a user's role was altered")

    def _recovery_unwrap(self, state: _State, recovery_raw: bytes) -> bytes:
        try:
            data_key = AESGCM(_recovery_wrapping_key(recovery_raw)).decrypt(
                state.recovery.nonce, state.recovery.ciphertext, _recovery_aad(state.vault_id)
            )
        except InvalidTag:
            raise WrongRecoveryKey(
                "The recovery key is not correct for this vault (or the key file was altered)."
            ) from None
        self._check_data_key(state, data_key)
        return data_key

    def _replace_slot(
        self,
        state: _State,
        user: str,
        passphrase: str,
        data_key: bytes | bytearray,
        kdf: KdfParams | None,
        *,
        must_change: bool = False,
    ) -> None:
        """Re-wrap ``user``'s slot under ``passphrase``: the role in force is bound anew (no role MAC)."""
        old = self._find(state, user)
        if kdf is None:  # keep the slot's parameters, but never carry test parameters out of the test suite
            kdf = old.kdf if old.kdf.at_least_min() or insecure_kdf_allowed() else calibrate_kdf()
        _check_new_kdf(kdf)
        new = _make_passphrase_slot(
            state.vault_id, old.user, old.role, passphrase, kdf, data_key, must_change=must_change
        )
        slots = [new if s is old else s for s in state.slots]
        self._write(_State(state.vault_id, state.key_check, slots, state.recovery))

    def _reread(self) -> _State:
        """Fresh state from disk (another window/process may have changed the file)."""
        state = _read(self._path)
        if state.vault_id != self._state.vault_id:
            raise KeyFileDamaged(self._path.name, "it now belongs to a different vault")
        self._state = state
        return state

    def _write(self, state: _State) -> None:
        remove_stale_temp_files(self._path)
        try:
            atomic_replace(self._path, state.to_bytes())
        except OSError as exc:
            raise KeyFileWriteError(_write_error_message(self._path, exc)) from None
        self._state = state

    def __repr__(self) -> str:
        return f"KeyFile({str(self._path)!r}, vault_id={self.vault_id!r}, users={len(self._state.slots)})"


def _write_error_message(path: Path, exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    return f"The key file “{path.name}” could not be saved ({reason}). The previous version is unchanged."
