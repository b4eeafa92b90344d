"""Key management for the encrypted vault: passphrase slots, recovery key, Argon2id.

No Qt and no SQL here.  The store opens SQLCipher from ``Unlocked.key_buffer`` (the 32-byte key buffer).
"""

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
from .kdf import MIN_KDF, TEST_KDF, KdfParams, calibrate_kdf, derive_key
from .keyfile import (
    KEYFILE_NAME,
    ROLES,
    KeyFile,
    Role,
    SlotInfo,
    Unlocked,
    clean_user_name,
    data_key_from_recovery_key,
)
from .policy import passphrase_problems, passphrase_strength
from .recovery import format_recovery_key, parse_recovery_key

__all__ = [
    "KEYFILE_NAME",
    "MIN_KDF",
    "ROLES",
    "TEST_KDF",
    "CryptoError",
    "InsecureKeyFile",
    "InvalidUserName",
    "KdfParams",
    "KeyFile",
    "KeyFileDamaged",
    "KeyFileExists",
    "KeyFileMissing",
    "KeyFileWriteError",
    "NotAllowed",
    "Role",
    "SlotInfo",
    "UnknownUser",
    "Unlocked",
    "UnsupportedKeyFile",
    "UserExists",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "calibrate_kdf",
    "clean_user_name",
    "data_key_from_recovery_key",
    "derive_key",
    "format_recovery_key",
    "parse_recovery_key",
    "passphrase_problems",
    "passphrase_strength",
]
