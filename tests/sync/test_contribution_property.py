"""Property tests of what leaves the laptop: the site's contributions (wire schema 2, docs/privacy.md).

For random valid records, computed by the real code (records written to a vault, ``contributions.refresh``,
the outbox's frozen text; the transaction is then rolled back):

* every contribution validates against the wire schema the server uses, and the server hashes it as the
  laptop does;
* it holds no value of a personal field (names, contact data, birth date, notes, the counsellor, the
  scheme's provider, any id) and does not change when only such fields (or person facts no figure uses)
  change: nothing derived from them, not even a hash, is in it;
* the cell keys of one person's cells differ from cell to cell and period to period (no linkage
  through keys).

And at the network level (random records of 2-5 sites synced to one real server process): every stored
cell row is the count of one cell over a site and a period, nothing stored is specific to a person
(re-assigning one person's records of different years to different people leaves every stored
non-random value unchanged), and no stored key links two rows counting the same person.
"""

from __future__ import annotations

import dataclasses
import json
import re
import secrets
import uuid
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from iq_desktop.domain import codes, figures, lattice, rules, wire
from iq_desktop.domain.records import (
    PERSONAL_CLIENT_FIELDS,
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    TrainingParticipation,
)
from iq_desktop.services import contributions, records, sync_service
from iq_server.services import ingest
from tests.sync.conftest import new_vault
from tests.sync.server import ServerProcess
from tests.sync.strategies import TODAY, clients, emails, events, personal_text, phones, postcodes, sessions, trainings

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
YEARS = (2019, 2021)  # a few years: people with records in several periods and years
in_years = st.dates(date(YEARS[0], 1, 1), date(YEARS[1], 12, 31))
_CELL_WORDS = " ".join(
    [*figures.FIXED_CELLS, "occupation", "training.completers", "contribution", "retraction", "period", "cells"]
)


@dataclasses.dataclass
class Site:
    clients: list[Client]
    sessions: list[CounsellingSession]
    trainings: list[TrainingParticipation]
    schemes: list[JobTrainingScheme]
    events: list[GroupEvent]

    def records_of(self, client_id: str) -> list[str]:
        return [s.id for s in self.sessions if s.client_id == client_id] + [
            t.id for t in self.trainings if t.client_id == client_id
        ]


@st.composite
def sites(draw: st.DrawFn, max_people: int = 4, with_events: bool = True) -> Site:
    """Valid records of one site: people with sessions (the first one initial) and participations (in
    a course scheme or individual), schemes, events; dates in :data:`YEARS`."""
    schemes = [
        JobTrainingScheme(draw(st.sampled_from(codes.TrainingFormat)), draw(st.sampled_from(codes.TrainingType)),
                          draw(in_years), provider=draw(personal_text))
        for _ in range(draw(st.integers(0, 2)))
    ]  # fmt: skip
    site = Site([], [], [], schemes, [])
    for _ in range(draw(st.integers(1, max_people))):
        client = draw(clients())
        assume(not rules.validate_client(client, TODAY))
        site.clients.append(client)
        days = sorted(draw(st.lists(in_years, max_size=4)))
        for i, day in enumerate(days):
            kind = codes.SessionKind.INITIAL if i == 0 else draw(st.sampled_from(codes.SessionKind))
            s = dataclasses.replace(draw(sessions(client)), date=day, kind=kind, next_appointment=None)
            site.sessions.append(s)
        for _ in range(draw(st.integers(0, 2))):
            t = draw(trainings(client))
            start = draw(in_years)
            end = None if t.end is None else max(start, min(t.end, TODAY))
            scheme = draw(st.none() | st.sampled_from(schemes)) if schemes else None
            t = dataclasses.replace(t, start=start, end=end, scheme_id=scheme.id if scheme else None)
            assume(not rules.validate_training(t, TODAY, client_exists=True, scheme_exists=True))
            site.trainings.append(t)
    if with_events:
        site.events = [dataclasses.replace(draw(events()), date=draw(in_years)) for _ in range(draw(st.integers(0, 2)))]
    return site


class _Rollback(Exception):
    pass


def _write(uow: Any, site: Site) -> None:
    for c in site.clients:
        uow.clients.save(c)
    for sc in site.schemes:
        uow.schemes.save(sc)
    for s in site.sessions:
        uow.sessions.insert_if_new(s)
    for t in site.trainings:
        uow.trainings.save(t)
    for e in site.events:
        uow.events.save(e)


def queued(vault: Any, site: Site, secret: str) -> dict[str, Any]:
    """period -> the outbox entry of its contribution, as the real code queues it for ``site``'s records
    (written to ``vault`` in a transaction that is rolled back afterwards)."""
    out: dict[str, Any] = {}
    try:
        with vault._uow() as uow:
            uow.settings.set(contributions.SECRET, secret)
            _write(uow, site)
            contributions.refresh(uow, force=True)
            for e in uow.outbox.current():
                out[json.loads(e.payload)["period"]] = e
            raise _Rollback
    except _Rollback:
        pass
    return out


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    v = new_vault(tmp_path_factory.mktemp("scratch") / "vault")
    yield v
    v.lock()


def _personal(site: Site) -> tuple[list[str], set[str]]:
    """Every personal value of the site as text, and those that are numbers."""
    texts: list[str] = []
    for c in site.clients:
        for name in PERSONAL_CLIENT_FIELDS:
            value = getattr(c, name)
            if isinstance(value, date):
                texts += [value.isoformat(), value.strftime("%d.%m.%Y"), value.strftime("%Y%m%d")]
            elif value:
                texts.append(str(value))
    texts += [s.counsellor for s in site.sessions] + [s.notes for s in site.sessions]
    texts += [sc.provider for sc in site.schemes if sc.provider]
    texts += [r.id for group in (site.clients, site.sessions, site.trainings, site.schemes, site.events) for r in group]
    numbers = {t for t in texts if t.isdigit()}
    return [t for t in texts if t], numbers


def _strings_and_numbers(obj: object) -> tuple[list[str], list[int]]:
    if isinstance(obj, dict):
        parts = [_strings_and_numbers(v) for v in obj.values()]
        return [str(k) for k in obj] + [s for p in parts for s in p[0]], [n for p in parts for n in p[1]]
    if isinstance(obj, int):
        return [], [obj]
    return [str(obj)], []


@SETTINGS
@given(site=sites())
def test_every_contribution_is_valid_and_holds_nothing_personal(scratch: Any, site: Site) -> None:
    for value in _personal(site)[0]:
        assume(value.lower() not in _CELL_WORDS.lower())
    items = queued(scratch, site, secrets.token_hex(32))
    assert set(items) <= {p.label for d in _dates(site) for p in lattice.periods_of(d)}
    texts, numbers = _personal(site)
    for period, e in items.items():
        raw = {"record_id": e.record_id, "revision": e.revision, "schema_version": e.schema_version,
               "payload": json.loads(e.payload)}  # fmt: skip
        ingest.check_versions([raw])  # the server's version check lets it in
        envelope = wire.RecordEnvelope.model_validate_json(json.dumps(raw))  # the schema both sides use
        wire.RecordBatch(site_id="site-1", records=[envelope])
        assert ingest.canonical(envelope)[1] == e.payload_hash == wire.payload_hash(envelope.payload)
        payload = envelope.payload
        assert isinstance(payload, wire.ContributionPayload) and payload.period == period
        assert payload.cells and all(v.n > 0 for v in payload.cells.values())
        strings, ints = _strings_and_numbers(raw)
        for value in texts:
            for s in strings:
                if value in numbers:  # a postcode may occur by chance inside a random hex id: whole tokens only
                    assert not re.search(rf"(?<![0-9A-Za-z]){value}(?![0-9A-Za-z])", s), "a personal number left"
                else:
                    assert value not in s, "a personal value left the laptop"
        assert not numbers & {str(i) for i in ints}
        assert set(raw["payload"]) == {"type", "period", "cells"}


def _dates(site: Site) -> list[date]:
    return [s.date for s in site.sessions] + [t.start for t in site.trainings] + [
        sc.start for sc in site.schemes] + [e.date for e in site.events]  # fmt: skip


@SETTINGS
@given(site=sites(), data=st.data())
def test_contributions_ignore_personal_fields(scratch: Any, site: Site, data: st.DataObject) -> None:
    """People who differ only in names, contact data, birth date, notes, person facts no figure uses,
    the counsellor and the scheme's provider give exactly the same contributions."""
    other = Site(
        [
            dataclasses.replace(
                c, first_name=data.draw(personal_text), last_name=data.draw(personal_text),
                birth_date=data.draw(st.none() | st.dates(date(1930, 1, 1), date(2008, 12, 31))),
                phone=data.draw(phones), email=data.draw(emails), postcode=data.draw(postcodes),
                notes=data.draw(personal_text), gender=data.draw(st.sampled_from(codes.Gender)),
                nationality="UA" if c.nationality != "UA" else "SY", arrival_year=None,
                german_level=data.draw(st.sampled_from(codes.GermanLevel)),
                residence_status=data.draw(st.sampled_from(codes.ResidenceStatus)),
                qualification_level=data.draw(st.sampled_from(codes.QualificationLevel)),
            )
            for c in site.clients
        ],
        [dataclasses.replace(s, counsellor=data.draw(personal_text), notes="other", duration_minutes=15,
                             interpreter=not s.interpreter) for s in site.sessions],
        [dataclasses.replace(t, training_type=data.draw(st.sampled_from(codes.TrainingType)))
         for t in site.trainings],
        [dataclasses.replace(sc, provider=data.draw(personal_text)) for sc in site.schemes],
        site.events,
    )  # fmt: skip
    secret = secrets.token_hex(32)
    a, b = queued(scratch, site, secret), queued(scratch, other, secret)
    assert {p: (e.record_id, e.payload, e.payload_hash) for p, e in a.items()} == {
        p: (e.record_id, e.payload, e.payload_hash) for p, e in b.items()
    }


@SETTINGS
@given(site=sites(max_people=1, with_events=False))
def test_the_keys_of_one_persons_cells_are_all_different(scratch: Any, site: Site) -> None:
    """One person's records: every cell of every period that counts them has its own key, so equal keys
    never show that two cells (or two periods) count the same person, not even where a count is 1."""
    secret = secrets.token_hex(32)
    items = queued(scratch, site, secret)
    keys = [(p, c, v["k"]) for p, e in items.items() for c, v in json.loads(e.payload)["cells"].items()]
    assert len({k for _, _, k in keys}) == len(keys), "two cells share a key"
    person = site.clients[0].id
    for p, c, k in keys:  # where the person alone is counted, the key is theirs for this cell and period only
        if c in ("fi.individuals", "training.individuals") or c.startswith("training.completers."):
            assert k == contributions.key_function(bytes.fromhex(secret), p)(person, c)


# --- the network: several sites synced to one real server -------------------------------------------------

SITES = 5
NETWORK = settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, list[Any]]]:
    """One real server and five laptops of five sites (two states, three networks), enrolled once."""
    root = tmp_path_factory.mktemp("network")
    server = ServerProcess(root / "server").start()
    vaults = []
    try:
        for i in range(SITES):
            site_id = f"site-p{i}"
            server.add_site(site_id, state=("DE-BE", "DE-BB")[i % 2], network=f"IQ Netz {i % 3}")
            vault = new_vault(root / f"vault{i}")
            sync_service.enrol(vault, server.url, server.enrolment_code(site_id))
            vaults.append(vault)
        yield server, vaults
    finally:
        for v in vaults:
            v.lock()
        server.stop()


def _replace_all(vault: Any, site: Site) -> None:
    """The vault holds exactly ``site``'s records afterwards (earlier examples' records deleted)."""
    for c in records_of_vault(vault, "clients"):
        records.erase_client(vault, c)
    for e in records_of_vault(vault, "events"):
        records.delete_record(vault, "event", e)
    for sc in records_of_vault(vault, "schemes"):
        records.delete_record(vault, "scheme", sc)
    from iq_desktop.services.batch import save_batch

    save_batch(vault, clients=site.clients, sessions=site.sessions, trainings=site.trainings, events=site.events,
               schemes=site.schemes)  # fmt: skip


def records_of_vault(vault: Any, kind: str) -> list[str]:
    with vault._uow(readonly=True) as uow:
        return [r.id for r in getattr(uow, kind).all()]


def _aggregates(vault: Any) -> dict[tuple[str, str], int]:
    """(period, cell) -> the site's count, from its records (every lattice period with data)."""
    with vault._uow(readonly=True) as uow:
        facts = contributions.load_facts(uow)
    return _aggregate_facts(facts)


def _aggregate_facts(facts: figures.SiteFacts) -> dict[tuple[str, str], int]:
    out = {}
    for label in {p.label for d in facts.dates() for p in lattice.periods_of(d)}:
        period = lattice.parse(label)
        for cell, n in figures.count(facts, period.start, period.end).n.items():
            if n:
                out[(label, cell)] = n
    return out


def _split_by_year(facts: figures.SiteFacts, person: str) -> figures.SiteFacts:
    """The same records, but ``person``'s records of each year belong to a different (new) person."""

    def who(day: date) -> str:
        return f"{person}|{day.year}"

    return dataclasses.replace(
        facts,
        sessions=[dataclasses.replace(s, person=who(s.date)) if s.person == person else s for s in facts.sessions],
        trainings=[dataclasses.replace(t, person=who(t.start)) if t.person == person else t for t in facts.trainings],
    )


def _units(facts: figures.SiteFacts, secret: bytes) -> dict[tuple[str, str], set[str]]:
    """(period, cell) -> the units (people, sessions, trainings, schemes, events) the cell counts."""
    out: dict[tuple[str, str], set[str]] = {}
    for label in {p.label for d in facts.dates() for p in lattice.periods_of(d)}:
        period = lattice.parse(label)

        def key(unit: str, cell: str, label: str = label) -> int:
            out.setdefault((label, cell), set()).add(unit)
            return 0

        figures.count(facts, period.start, period.end, key=key)
    return out


@NETWORK
@given(st.lists(sites(max_people=5), min_size=2, max_size=SITES))
def test_the_server_stores_no_person_level_row_and_nothing_specific_to_a_person(
    network: tuple[ServerProcess, list[Any]], data: list[Site]
) -> None:
    server, vaults = network
    used = vaults[: len(data)]
    for vault, site in zip(used, data, strict=True):
        _replace_all(vault, site)
        summary = sync_service.sync_now(vault)
        assert summary.complete and summary.rejected == 0, summary
    # what someone holding the server's database finds: the tables hold no column about a person ...
    assert [r[1] for r in server.query("PRAGMA table_info(item_cell)")] == [
        "record_id", "cell", "period", "state", "network", "site_id", "n", "k"]  # fmt: skip
    assert {r[1] for r in server.query("PRAGMA table_info(item)")} == {
        "record_id", "revision", "payload_hash", "rtype", "device_id", "site_id", "state", "network",
        "received_on", "period", "keep_until"}  # fmt: skip
    rows = server.query(
        "SELECT c.site_id, c.period, c.cell, c.n, c.k FROM item_cell c JOIN item i ON i.record_id = c.record_id "
        "WHERE i.rtype = 'contribution'"
    )
    for vault, site in zip(used, data, strict=True):
        with vault._uow(readonly=True) as uow:
            site_id = uow.settings.get("site_id")
            facts = contributions.load_facts(uow)
            secret = bytes.fromhex(uow.settings.get(contributions.SECRET) or "")
        stored = [(p, c, n, k) for s, p, c, n, k in rows if s == site_id]
        # ... every row is the count of one cell over the whole site and one period: one row per cell and
        # period (not one per person or record), holding exactly the site's count
        cells = {(p, c): n for p, c, n, _ in stored}
        assert len(cells) == len(stored), "two rows for one cell of one period"
        assert cells == _aggregates(vault)
        # ... nothing stored is specific to a person: the same rows whether one person's records of
        # different years are theirs or different people's (the server cannot link them) ...
        units = _units(facts, secret)
        people = {s.client_id for s in site.sessions} | {t.client_id for t in site.trainings}
        for person in people:
            if len(site.records_of(person)) < 2:
                continue
            assert _aggregate_facts(_split_by_year(facts, person)) == cells, "a stored row depends on one person"
            # ... and no stored key links two rows that count this person (each row's key is its own)
            counting = [k for p, c, _, k in stored if _counts(units.get((p, c), set()), person, site)]
            assert len(set(counting)) == len(counting), "two rows counting one person share a key"


def _counts(units: set[str], person: str, site: Site) -> bool:
    return person in units or bool(units & set(site.records_of(person)))


def test_the_strategies_make_valid_people() -> None:
    """The generated records pass the app's own validation (the properties are about valid records)."""

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(sites())
    def check(site: Site) -> None:
        for s in site.sessions:
            earlier = any(o.kind == codes.SessionKind.INITIAL and o.date <= s.date and o.client_id == s.client_id
                          and o.id != s.id for o in site.sessions)  # fmt: skip
            assert not rules.validate_session(s, TODAY, client_exists=True, has_earlier_initial=earlier)
        for e in site.events:
            assert not rules.validate_event(e, TODAY)
        for sc in site.schemes:
            assert not rules.validate_scheme(sc, TODAY)
        assert all(uuid.UUID(c.id) for c in site.clients)

    check()
