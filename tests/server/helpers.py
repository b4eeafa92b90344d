"""Wire-schema-2 items for the server tests, without the desktop: contributions (a site's cells for one
lattice period), retractions, and a version-1 record (which the server refuses)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import Any

from iq_desktop.domain.figures import KEY_MASK

#: A cell's value as given to :func:`contribution`: a count (its key sum is made up from the item, the
#: cell and the count) or (count, key sum).
CellSpec = int | tuple[int, int]


def unit_keys(seed: str, n: int) -> int:
    """The sum (mod 2**32) of ``n`` pseudo-random 32-bit unit keys derived from ``seed``."""
    total = 0
    for i in range(n):
        total += int.from_bytes(hashlib.sha256(f"{seed}:{i}".encode()).digest()[:4], "big")
    return total & KEY_MASK


def cells(spec: Mapping[str, CellSpec], seed: str) -> dict[str, dict[str, int]]:
    out = {}
    for cid, v in spec.items():
        n, k = v if isinstance(v, tuple) else (v, unit_keys(f"{seed}:{cid}", v))
        out[cid] = {"n": n, "k": k}
    return out


def contribution(period: str = "2019-Q1", spec: Mapping[str, CellSpec] | None = None,
                 record_id: str | None = None, revision: int = 1) -> dict[str, Any]:  # fmt: skip
    """An envelope carrying a contribution to ``period`` (default: 12 recognition-only initial sessions)."""
    rid = record_id or str(uuid.uuid4())
    spec = {"initial.total": 12, "initial.recognition": 12} if spec is None else spec
    payload = {"type": "contribution", "period": period, "cells": cells(spec, rid)}
    return {"record_id": rid, "revision": revision, "schema_version": 2, "payload": payload}


def retraction(record_id: str, revision: int) -> dict[str, Any]:
    return {"record_id": record_id, "revision": revision, "schema_version": 2, "payload": {"type": "retraction"}}


def v1_session(record_id: str | None = None) -> dict[str, Any]:
    """A wire-schema-1 record (a session with a person block), as laptops not yet upgraded send it."""
    person = {
        "age_band": "30_34", "gender": "female", "nationality": "eu_eea_ch", "qualification_country": "eu_eea_ch",
        "residence": "residence_title", "german_level": "B1", "qualification_level": "academic",
        "occupation_group": "813", "regulated_profession": True,
    }  # fmt: skip
    payload = {
        "type": "session", "quarter": "2019-Q1", "kind": "initial", "first_contact": True, "topics": ["recognition"],
        "channel": "in_person", "language": "de", "interpreter": False, "referred_by": "self",
        "outcomes": ["information_given"], "duration_minutes": 60, "person": person,
    }  # fmt: skip
    return {"record_id": record_id or str(uuid.uuid4()), "revision": 1, "schema_version": 1, "payload": payload}
