"""Property tests of de-identification (docs/privacy.md):

for any valid record, the de-identified output validates against the wire schema the server uses, and
contains no value from a personal field; and it does not change when only personal fields change.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from iq_desktop.domain import codes, deid, rules, wire
from iq_desktop.domain.records import PERSONAL_CLIENT_FIELDS, Client
from tests.sync.strategies import TODAY, clients, events, personal_text, sessions, trainings

_VOCAB = " ".join(
    [m.value for enum in vars(codes).values() if isinstance(enum, type) and hasattr(enum, "__members__") for m in enum]  # type: ignore[attr-defined]
    + list(codes.FEDERAL_STATES)
    + [
        f
        for m in (wire.SessionPayload, wire.TrainingPayload, wire.EventPayload, wire.PersonFacts, wire.RecordEnvelope)
        for f in m.model_fields
    ]
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _personal_values(client: Client, *extra: str) -> list[str]:
    out = []
    for name in PERSONAL_CLIENT_FIELDS:
        value = getattr(client, name)
        if value is None or value == "":
            continue
        if isinstance(value, date):
            out += [value.isoformat(), value.strftime("%d.%m.%Y"), value.strftime("%Y%m%d"), value.strftime("%m-%d")]
        else:
            out.append(str(value))
    out += [e for e in extra if e]
    out.append(client.id)
    return out


def _leaves(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _leaves(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _leaves(v)]
    return [json.dumps(obj)]


def _keys(obj: object) -> set[str]:
    if isinstance(obj, dict):
        return set(obj) | {k for v in obj.values() for k in _keys(v)}
    if isinstance(obj, list):
        return {k for v in obj for k in _keys(v)}
    return set()


def _assert_clean(payload: wire.SessionPayload | wire.TrainingPayload | wire.EventPayload, personal: list[str]) -> None:
    envelope = wire.RecordEnvelope(record_id=uuid.uuid4(), revision=1, payload=payload)
    text = envelope.model_dump_json()
    again = wire.RecordEnvelope.model_validate_json(text)  # the server's schema accepts it as is
    assert again == envelope
    wire.RecordBatch(site_id="site-1", records=[again])
    assert wire.payload_hash(payload) == wire.payload_hash(json.loads(payload.model_dump_json()))
    for value in personal:
        for leaf in _leaves(json.loads(text)):
            assert value not in leaf, "a personal value left the laptop"
    keys = _keys(json.loads(text))
    for field in (*PERSONAL_CLIENT_FIELDS, "counsellor", "client_id", "site_id", "next_appointment", "arrival_year"):
        assert field not in keys


def _valid_client(c: Client) -> None:
    assume(not rules.validate_client(c, TODAY))
    for v in (c.first_name, c.last_name, c.notes):
        assume(v not in _VOCAB)


@SETTINGS
@given(st.data())
def test_session_payload_is_valid_and_clean(data: st.DataObject) -> None:
    client = data.draw(clients())
    _valid_client(client)
    s = data.draw(sessions(client))
    assume(not rules.validate_session(s, TODAY, client_exists=True, has_earlier_initial=True))
    assume(s.counsellor not in _VOCAB and s.notes not in _VOCAB)
    payload = deid.deidentify_session(s, client, first_contact=data.draw(st.booleans()))
    _assert_clean(payload, _personal_values(client, s.counsellor, s.notes))
    assert payload.quarter == deid.quarter(s.date)


@SETTINGS
@given(st.data())
def test_training_payload_is_valid_and_clean(data: st.DataObject) -> None:
    client = data.draw(clients())
    _valid_client(client)
    t = data.draw(trainings(client))
    assume(not rules.validate_training(t, TODAY, client_exists=True))
    _assert_clean(deid.deidentify_training(t, client), _personal_values(client))


@SETTINGS
@given(events())
def test_event_payload_is_valid(e: object) -> None:
    assert not rules.validate_event(e, TODAY)  # type: ignore[arg-type]
    _assert_clean(deid.deidentify_event(e), [])  # type: ignore[arg-type]


@SETTINGS
@given(st.data())
def test_output_ignores_personal_fields(data: st.DataObject) -> None:
    """Two people who differ only in names, contact data, notes and the counsellor give the same record:
    nothing derived from a personal field (not even a hash) can be in it."""
    client = data.draw(clients())
    s = data.draw(sessions(client))
    other = dataclasses.replace(
        client,
        first_name=data.draw(personal_text),
        last_name=data.draw(personal_text),
        phone="+49 30 1234567",
        email="someone.else@example.org",
        postcode="10115",
        notes="different",
        id=str(uuid.uuid4()),
    )
    s2 = dataclasses.replace(
        s, client_id=other.id, counsellor=data.draw(personal_text), notes="x", id=str(uuid.uuid4())
    )
    a = deid.deidentify_session(s, client, first_contact=True)
    b = deid.deidentify_session(s2, other, first_contact=True)
    assert a == b
    assert wire.payload_hash(a) == wire.payload_hash(b)


@SETTINGS
@given(st.data())
def test_birth_day_and_month_do_not_leave(data: st.DataObject) -> None:
    """Only the age band leaves: two birth dates in the same band on the session date give the same record."""
    client = data.draw(clients())
    s = data.draw(sessions(client))
    assume(client.birth_date is not None)
    a = deid.deidentify_session(s, client, first_contact=False)
    moved = dataclasses.replace(client, birth_date=date(client.birth_date.year, 1, 1))  # type: ignore[union-attr]
    b = deid.deidentify_session(s, moved, first_contact=False)
    if a.person.age_band == b.person.age_band:
        assert a == b
    assert a.person.age_band in set(codes.AgeBand)
