"""Reference lists shipped in ``resources/reference``: countries, KldB 2010 occupations, states."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from iq_desktop.resources import resource

STATELESS = "XX"
UNKNOWN_COUNTRY = "ZZ"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_de: str
    name_en: str
    group: str  # "eu_eea_ch" | "third_country" | "stateless_unknown"

    def name(self, lang: str = "de") -> str:
        return self.name_de if lang == "de" else self.name_en


@dataclass(frozen=True, slots=True)
class Occupation:
    code: str
    title_de: str
    title_en: str

    @property
    def group(self) -> str:
        return self.code[:3]

    def title(self, lang: str = "de") -> str:
        return self.title_de if lang == "de" else self.title_en


def _load(name: str) -> Any:
    with resource("reference", name).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def countries() -> dict[str, Country]:
    return {c["code"]: Country(c["code"], c["name_de"], c["name_en"], c["group"]) for c in _load("countries.json")}


@cache
def frequent_third_countries() -> frozenset[str]:
    return frozenset(_load("frequent_third_countries.json"))


@cache
def occupations() -> dict[str, Occupation]:
    return {o["code"]: Occupation(o["code"], o["title_de"], o["title_en"]) for o in _load("kldb2010.json")}


@cache
def occupation_groups() -> dict[str, Occupation]:
    return {g["code"]: Occupation(g["code"], g["title_de"], g["title_en"]) for g in _load("kldb2010_groups.json")}


@cache
def federal_states() -> dict[str, dict[str, str]]:
    return {s["code"]: s for s in _load("federal_states.json")}


def country_group(code: str) -> str:
    """Generalise a country to what may leave the laptop: ``eu_eea_ch``, a frequent third country's
    own code, ``other`` or ``stateless_unknown``."""
    country = countries().get(code)
    if country is None or country.group == "stateless_unknown":
        return "stateless_unknown"
    if country.group == "eu_eea_ch":
        return "eu_eea_ch"
    if code in frequent_third_countries():
        return code
    return "other"
