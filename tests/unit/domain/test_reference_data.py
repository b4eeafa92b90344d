"""Sanity checks for the shipped reference lists in ``resources/reference``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

REF = Path(__file__).resolve().parents[3] / "resources" / "reference"

# fmt: off
EU_EEA_CH = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH",
}
# fmt: on
FILES = [
    "countries.json",
    "frequent_third_countries.json",
    "kldb2010.json",
    "kldb2010_groups.json",
    "federal_states.json",
]


def load(name: str) -> Any:
    with (REF / name).open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.mark.parametrize("name", FILES)
def test_file_loads_as_a_non_empty_list(name: str) -> None:
    data = load(name)
    assert isinstance(data, list) and data


@pytest.mark.parametrize("name", [f for f in FILES if f != "frequent_third_countries.json"])
def test_records_sorted_by_unique_code_with_non_empty_names(name: str) -> None:
    data = load(name)
    codes = [row["code"] for row in data]
    assert len(codes) == len(set(codes))
    assert codes == sorted(codes)
    for row in data:
        for key, value in row.items():
            assert isinstance(value, str) and value.strip() == value and value, (name, row, key)


def test_countries() -> None:
    countries = load("countries.json")
    assert 245 <= len(countries) <= 260
    groups = {"eu_eea_ch", "third_country", "stateless_unknown"}
    for c in countries:
        assert set(c) == {"code", "name_de", "name_en", "group"}
        assert re.fullmatch(r"[A-Z]{2}", c["code"]), c
        assert c["group"] in groups, c
    by_code = {c["code"]: c for c in countries}
    assert {code for code, c in by_code.items() if c["group"] == "eu_eea_ch"} == EU_EEA_CH
    assert len(EU_EEA_CH) == 31
    assert by_code["XX"] == {
        "code": "XX",
        "name_de": "staatenlos",
        "name_en": "stateless",
        "group": "stateless_unknown",
    }
    assert by_code["ZZ"] == {"code": "ZZ", "name_de": "unbekannt", "name_en": "unknown", "group": "stateless_unknown"}
    assert {code for code, c in by_code.items() if c["group"] == "stateless_unknown"} == {"XX", "ZZ"}
    assert by_code["DE"]["name_de"] == "Deutschland"
    assert by_code["SY"]["name_de"] == "Syrien"
    assert by_code["TR"]["name_de"] == "Türkei"
    assert "XK" not in by_code  # Kosovo has no ISO 3166-1 code


def test_frequent_third_countries_are_third_countries() -> None:
    frequent = load("frequent_third_countries.json")
    by_code = {c["code"]: c for c in load("countries.json")}
    assert 15 <= len(frequent) <= 30
    assert len(frequent) == len(set(frequent))
    assert frequent == sorted(frequent)
    for code in frequent:
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert by_code[code]["group"] == "third_country", code
    assert {"SY", "AF", "UA", "TR", "IR"} <= set(frequent)


def test_kldb_occupations() -> None:
    occupations = load("kldb2010.json")
    assert len(occupations) >= 250
    for o in occupations:
        assert set(o) == {"code", "title_de", "title_en"}
        assert re.fullmatch(r"[0-9]{5}", o["code"]), o
        assert o["code"][4] in "1234", o  # requirement level
    titles = [o["title_de"] for o in occupations]
    assert len(titles) == len(set(titles))
    codes = {o["code"] for o in occupations}
    # a few anchor codes the domain relies on
    assert {"81302", "81404", "81474", "81804", "82102", "83112", "83124", "84124", "43414", "25104"} <= codes


def test_every_occupation_group_exists() -> None:
    groups = load("kldb2010_groups.json")
    for g in groups:
        assert set(g) == {"code", "title_de", "title_en"}
        assert re.fullmatch(r"[0-9]{3}", g["code"]), g
    group_codes = {g["code"] for g in groups}
    used = {o["code"][:3] for o in load("kldb2010.json")}
    assert used <= group_codes
    assert group_codes <= used  # no orphan groups


def test_federal_states() -> None:
    states = load("federal_states.json")
    assert len(states) == 16
    for s in states:
        assert set(s) == {"code", "name_de", "name_en"}
        assert re.fullmatch(r"DE-[A-Z]{2}", s["code"]), s
    assert {s["code"] for s in states} == {
        "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
        "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH",
    }  # fmt: skip
