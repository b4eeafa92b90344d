"""Issue 10, items 7, 8 and 18: the test KDF only inside the test suite, re-calibration at a later
unlock, and bounded KDF parameters in the key file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.crypto import MIN_KDF, TEST_KDF, InsecureKeyFile, KdfParams, KeyFile, KeyFileDamaged
from iq_desktop.crypto import kdf as kdf_module
from iq_desktop.crypto.kdf import TEST_KDF_ENV, insecure_kdf_allowed, stronger_kdf

ROOT = Path(__file__).resolve().parents[3]
PW = "Meine Katze frisst gern Kuchen am Montag"
TOKEN = (ROOT / "tests" / "insecure-kdf.token").read_text("ascii").strip()


def _clock(*readings: float) -> Iterator[float]:
    return iter(readings)


# --- item 7: IQ_INSECURE_TEST_KDF only inside the test suite ---------------------------------------


def test_the_test_kdf_needs_the_suites_token(monkeypatch: pytest.MonkeyPatch) -> None:
    assert os.environ[TEST_KDF_ENV] == TOKEN  # set by tests/conftest.py
    assert insecure_kdf_allowed()
    for value in ("1", "true", TOKEN[:-1], TOKEN + "x", ""):
        monkeypatch.setenv(TEST_KDF_ENV, value)
        assert not insecure_kdf_allowed(), value
    monkeypatch.delenv(TEST_KDF_ENV)
    assert not insecure_kdf_allowed()


def test_a_frozen_bundle_never_honours_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert os.environ[TEST_KDF_ENV] == TOKEN
    assert not insecure_kdf_allowed()


def test_outside_the_suite_a_test_kdf_slot_is_refused_and_none_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keys.json"
    _kf, unlocked, recovery = KeyFile.create(path, "Ana", PW, kdf=TEST_KDF)  # inside the suite: allowed
    unlocked.wipe()
    monkeypatch.setenv(TEST_KDF_ENV, "1")  # what a production user might set
    with pytest.raises(InsecureKeyFile, match="meant for tests only"):
        KeyFile.load(path).unlock("Ana", PW)
    with pytest.raises(Exception, match="test suite only"):
        KeyFile.create(tmp_path / "other.json", "Bo", PW, kdf=TEST_KDF)
    # the way out: the recovery key sets a new passphrase at production strength
    again = KeyFile.load(path).recover(recovery, "Ana", PW, kdf=MIN_KDF)
    again.wipe()
    assert KeyFile.load(path).kdf_of("Ana") == MIN_KDF
    KeyFile.load(path).unlock("Ana", PW).wipe()


def test_cli_refuses_a_test_vault_and_ignores_the_variable_without_the_token(tmp_path: Path) -> None:
    from iq_desktop.services.vault import create_vault

    data = tmp_path / "data"
    vault, _recovery = create_vault(data, "coordinator", PW, kdf=TEST_KDF)
    vault.lock()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PW, TEST_KDF_ENV: "1"}
    result = subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "list"],
        env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 1
    assert "meant for tests only" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_init_with_the_variable_set_to_1_makes_a_production_vault(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PW, TEST_KDF_ENV: "1"}
    result = subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "init", "--user", "Ana"],
        env=env, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "is ignored" in result.stderr
    assert KeyFile.load(data / "keys.json").kdf_of("Ana").at_least_min()


# --- item 18: bounded parameters -------------------------------------------------------------------


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 4 * 1024 * 1024, "iterations": 3, "lanes": 4},  # the review's 4 GiB
        {"memory_kib": 65536, "iterations": 64, "lanes": 4},
        {"memory_kib": 256 * 1024 + 1024, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": 17, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": 64},
    ],
)
def test_a_key_file_beyond_the_limits_is_refused_before_any_derivation(tmp_path: Path, kdf: dict[str, int]) -> None:
    path = tmp_path / "keys.json"
    KeyFile.create(path, "Ana", PW, kdf=TEST_KDF)[1].wipe()
    doc = json.loads(path.read_text("utf-8"))
    doc["slots"][0]["kdf"].update(kdf)
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(KeyFileDamaged, match="tampered"):
        KeyFile.load(path)


def test_the_limits_are_what_calibration_can_choose() -> None:
    assert kdf_module.MAX_KDF_MEMORY_KIB == kdf_module.CALIBRATION_MAX_MEMORY_KIB == 256 * 1024
    assert kdf_module.MAX_KDF_ITERATIONS == kdf_module.CALIBRATION_MAX_ITERATIONS == 16
    strongest = kdf_module.calibrate_kdf((0.5, 1.0), _timer=lambda p: 1e-6)  # an impossibly fast machine
    assert strongest.memory_kib <= kdf_module.MAX_KDF_MEMORY_KIB
    assert strongest.iterations <= kdf_module.MAX_KDF_ITERATIONS


# --- item 8: re-calibration at a later unlock ------------------------------------------------------


def test_stronger_kdf_scales_up_and_never_down() -> None:
    up = stronger_kdf(MIN_KDF, 0.25)  # the floor took 0.25 s: this machine can do 3x
    assert up is not None and up.at_least_min()
    assert up.memory_kib * up.iterations >= 2.5 * MIN_KDF.memory_kib * MIN_KDF.iterations
    assert stronger_kdf(MIN_KDF, 0.6) is None  # within the target
    assert stronger_kdf(MIN_KDF, 3.0) is None  # slow machine: never weaker
    assert stronger_kdf(TEST_KDF, 0.001) is None  # the test suite's parameters are left alone
    capped = stronger_kdf(KdfParams(256 * 1024, 3, 4), 0.01)
    assert capped == KdfParams(256 * 1024, kdf_module.MAX_KDF_ITERATIONS, 4)
    assert stronger_kdf(KdfParams(256 * 1024, 16, 4), 0.01) is None  # at the limits already


def test_a_fast_unlock_rewraps_the_slot_under_stronger_parameters(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    _kf, first, _recovery = KeyFile.create(path, "Ana", PW, kdf=MIN_KDF)
    key = first.data_key
    first.wipe()
    readings = _clock(10.0, 10.4)  # the unlock took 0.4 s: below the 0.5-1 s target
    unlocked = KeyFile.load(path).unlock("Ana", PW, recalibrate=(0.5, 1.0), clock=lambda: next(readings))
    assert unlocked.data_key == key
    now = KeyFile.load(path).kdf_of("Ana")
    assert now.memory_kib * now.iterations > MIN_KDF.memory_kib * MIN_KDF.iterations
    again = KeyFile.load(path)
    readings = _clock(0.0, 0.7)  # in the target now: nothing changes
    assert again.unlock("Ana", PW, recalibrate=(0.5, 1.0), clock=lambda: next(readings)).data_key == key
    assert again.recalibrated is None
    assert KeyFile.load(path).kdf_of("Ana") == now


def test_open_vault_recalibrates_and_audits(data_dir: Path) -> None:
    from iq_desktop.services.vault import create_vault, open_vault

    vault, _recovery = create_vault(data_dir, "coordinator", PW, kdf=MIN_KDF)
    vault.lock()
    readings = _clock(5.0, 5.2)
    vault = open_vault(data_dir, "coordinator", PW, clock=lambda: next(readings))
    try:
        with vault._uow(readonly=True) as uow:
            assert uow.audit.count("recalibrate_kdf") == 1
    finally:
        vault.lock()
    stronger = KeyFile.load(data_dir / "keys.json").kdf_of("coordinator")
    assert stronger.memory_kib * stronger.iterations > MIN_KDF.memory_kib * MIN_KDF.iterations
    open_vault(data_dir, "coordinator", PW).lock()  # the new slot opens with the same passphrase
