"""Record use cases against a real encrypted vault: validation, writes, the figures' change mark (no
per-record outbox entries), audit, lists; the outbox repository as the user sees it."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta

import pytest

from iq_desktop.domain.codes import (
    Audience,
    GermanLevel,
    RecordType,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
    TrainingType,
)
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, JobTrainingScheme, TrainingParticipation
from iq_desktop.domain.wire import CellValue, ContributionPayload
from iq_desktop.services import records as R
from iq_desktop.services.batch import save_batch
from iq_desktop.services.contributions import CHANGED_SEQ
from iq_desktop.services.errors import IQError, NotFound, ValidationError
from iq_desktop.services.vault import Vault


def _client(**kw: object) -> Client:
    base: dict[str, object] = {
        "first_name": "Amira",
        "last_name": "Haddad",
        "birth_date": date(1990, 5, 17),
        "nationality": "SY",
        "qualification_country": "SY",
    }
    base.update(kw)
    return Client(**base)  # type: ignore[arg-type]


def _seq(vault: Vault) -> int:
    """The change counter the contributions are refreshed from (``figures_changed_seq``)."""
    with vault._uow(readonly=True) as uow:
        return int(uow.settings.get(CHANGED_SEQ) or 0)


def _contribution(n: int, period: str = "2024-Q1") -> ContributionPayload:
    return ContributionPayload(period=period, cells={"initial.total": CellValue(n=n, k=0)})


ITEM_A, ITEM_B = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))


def test_save_and_get_client_session_training_event(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    assert _seq(vault) == 0  # a new person alone counts in no figure
    topics = frozenset({Topic.RECOGNITION, Topic.FI_WAGES})
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1), topics=topics))
    assert _seq(vault) == 1
    t = R.save_training(vault, TrainingParticipation(c.id, date(2024, 4, 1)))
    e = R.save_event(vault, GroupEvent(date(2024, 2, 1), audience=Audience.BUSINESS, participants=12))
    assert _seq(vault) == 3
    got = R.get_client(vault, c.id)
    assert got is not None and got.first_name == "Amira" and got.birth_date == date(1990, 5, 17)
    gs = R.get_session(vault, s.id)
    assert gs is not None and gs.topics == s.topics and gs.site_id == "TEST-SITE-01" and gs.counsellor == vault.user
    assert R.get_training(vault, t.id) == t and t.scheme_id is None
    ge = R.get_event(vault, e.id)
    assert ge is not None and ge.participants == 12 and ge.site_id == "TEST-SITE-01"
    assert R.get_record(vault, t.id) == t and R.get_record(vault, "nope") is None
    sessions, trainings = R.client_history(vault, c.id)
    assert [x.id for x in sessions] == [s.id] and [x.id for x in trainings] == [t.id]
    assert [r.sync_state for r in R.list_sessions(vault)] == ["pending"]
    assert R.pending_outbox(vault) == []  # nothing per record: contributions are computed before a sync
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("create") >= 4


def test_validation_failures_save_nothing(vault: Vault) -> None:
    with pytest.raises(ValidationError) as err:
        R.save_client(vault, _client(birth_date=date.today() + timedelta(days=3), email="nope"))
    fields = {p.field for p in err.value.problems}
    assert {"birth_date", "email"} <= fields
    assert "Amira" not in str(err.value) and err.value.message("de")
    c = R.save_client(vault, _client())
    with pytest.raises(ValidationError) as err:
        R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 1), kind=SessionKind.FOLLOW_UP))
    assert [p.field for p in err.value.problems] == ["kind"]
    with pytest.raises(ValidationError):
        R.save_session(vault, CounsellingSession("no-such-client", date(2024, 1, 1)))
    with pytest.raises(ValidationError):
        R.save_training(vault, TrainingParticipation(c.id, date(2024, 5, 1), end=date(2024, 4, 1)))
    with pytest.raises(ValidationError):
        R.save_event(vault, GroupEvent(date(2024, 2, 1), participants=0))
    assert R.count_sessions(vault) == 0 and R.pending_outbox(vault) == []


def test_a_follow_up_needs_an_initial_session_and_every_save_marks_the_figures(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    march = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1)))
    april = R.save_session(vault, CounsellingSession(c.id, date(2024, 4, 1), kind=SessionKind.FOLLOW_UP))
    assert _seq(vault) == 2
    with vault._uow() as uow:  # as after a sync whose contributions held both
        uow.sessions.mark_all("pending", "sent")
    jan = R.save_session(vault, CounsellingSession(c.id, date(2023, 1, 10)))  # typed in later: allowed (a year before)
    states = {r.id: r.sync_state for r in R.list_sessions(vault)}
    assert states == {jan.id: "pending", march.id: "sent", april.id: "sent"}  # only the saved one waits
    R.delete_record(vault, RecordType.SESSION, jan.id)
    assert _seq(vault) == 4 and R.get_session(vault, jan.id) is None
    assert R.pending_outbox(vault) == []


def test_every_edit_marks_the_figures_changed_and_the_session_waiting(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1)))
    with vault._uow() as uow:
        uow.sessions.mark_all("pending", "sent")
    s.notes = "private note"
    R.save_session(vault, s)
    assert _seq(vault) == 2 and R.list_sessions(vault)[0].sync_state == "pending"
    # a client edit may change a figure (the occupation): marked, but their sessions' states stay
    with vault._uow() as uow:
        uow.sessions.mark_all("pending", "sent")
    c.german_level = GermanLevel.B2
    R.save_client(vault, c)
    assert _seq(vault) == 3 and R.list_sessions(vault)[0].sync_state == "sent"
    assert R.pending_outbox(vault) == []
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("edit") == 2


def test_delete_marks_the_figures_and_queues_nothing(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    session = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1)))
    training = R.save_training(vault, TrainingParticipation(c.id, date(2024, 4, 1)))
    event = R.save_event(vault, GroupEvent(date(2024, 2, 1)))
    with vault._uow() as uow:
        uow.drafts.put("training", training.id, '{"status": "completed"}', user=vault.user)
    before = _seq(vault)
    R.delete_record(vault, "session", session.id)
    R.delete_record(vault, "training", training.id)
    R.delete_record(vault, RecordType.EVENT, event.id)
    assert _seq(vault) == before + 3
    assert R.get_session(vault, session.id) is None and R.get_training(vault, training.id) is None
    assert R.get_event(vault, event.id) is None and R.pending_outbox(vault) == []
    with pytest.raises(NotFound):
        R.delete_record(vault, "training", training.id)
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("delete") == 3
        assert uow.drafts.get("training", training.id, user=vault.user) is None


def test_delete_client_with_records_refused(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1)))
    with pytest.raises(IQError):
        R.delete_record(vault, "client", c.id)
    lonely = R.save_client(vault, _client(first_name="Lonely"))
    R.delete_record(vault, "client", lonely.id)
    assert R.get_client(vault, lonely.id) is None


def test_erase_client(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    other = R.save_client(vault, _client(first_name="Other"))
    s1 = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1)))
    s2 = R.save_session(vault, CounsellingSession(c.id, date(2024, 4, 1), kind=SessionKind.FOLLOW_UP))
    t = R.save_training(vault, TrainingParticipation(c.id, date(2024, 4, 1)))
    keep = R.save_session(vault, CounsellingSession(other.id, date(2024, 3, 1)))
    with vault._uow() as uow:
        uow.drafts.put("session", s1.id, '{"notes": "draft"}', user=vault.user)
    before = _seq(vault)
    R.erase_client(vault, c.id)
    assert _seq(vault) == before + 1
    assert R.get_client(vault, c.id) is None and R.get_session(vault, s1.id) is None
    assert R.get_session(vault, s2.id) is None
    assert R.get_training(vault, t.id) is None and R.get_session(vault, keep.id) is not None
    assert R.pending_outbox(vault) == []
    with vault._uow(readonly=True) as uow:
        assert uow.drafts.get("session", s1.id, user=vault.user) is None
        (entry,) = uow.audit.recent(action="erase")
    assert entry.record_id == c.id and "Amira" not in entry.detail
    with pytest.raises(NotFound):
        R.erase_client(vault, c.id)


def test_lists_find_and_filters(vault: Vault) -> None:
    a = R.save_client(vault, _client(first_name="Zoë", last_name="Müller-Şahin"))
    b = R.save_client(vault, _client(first_name="Jan", last_name="Nowak", birth_date=None))
    R.save_session(vault, CounsellingSession(a.id, date(2024, 1, 5), topics=frozenset({Topic.FI_LEAVE})))
    R.save_session(vault, CounsellingSession(b.id, date(2024, 2, 5)))
    R.save_session(vault, CounsellingSession(a.id, date(2024, 3, 5), kind=SessionKind.FOLLOW_UP))
    rows = R.list_sessions(vault)
    assert [r.date.month for r in rows] == [3, 2, 1]
    assert rows[0].client_name == "Müller-Şahin, Zoë" and rows[0].sync_state == "pending"
    assert [r.date.month for r in R.list_sessions(vault, newest_first=False, limit=2)] == [1, 2]
    assert [r.date.month for r in R.list_sessions(vault, offset=1, limit=1)] == [2]
    assert [r.date.month for r in R.list_sessions(vault, topic=Topic.FI_LEAVE)] == [1]
    assert R.count_sessions(vault, period=(date(2024, 2, 1), date(2024, 3, 31))) == 2
    with vault._uow() as uow:
        assert uow.sessions.mark_all("pending", "sent") == 3
    assert R.count_sessions(vault, sync_state="sent") == 3 and R.count_sessions(vault, sync_state="pending") == 0
    assert [r.date.month for r in R.list_sessions(vault, sync_state="sent")] == [3, 2, 1]
    first = rows[-1]
    with vault._uow() as uow:
        uow.sessions.set_sync_state([first.id], "quarantined")
    assert [r.id for r in R.list_sessions(vault, sync_state="quarantined")] == [first.id]
    assert R.count_sessions(vault, sync_state="sent") == 2 and R.count_sessions(vault, sync_state="quarantined") == 1
    assert R.count_sessions(vault, sync_state="sent", topic=Topic.FI_LEAVE) == 0
    assert R.count_sessions(vault, sync_state="not_queued") == 0
    assert R.list_sessions(vault, sync_state="not_queued") == []
    for fragment in ("muller", "MÜLLER", "sahin zoe", "zoe mül", "ller-ş"):
        assert [r.id for r in R.find_clients(vault, fragment)] == [a.id], fragment
    found = R.find_clients(vault, "nowak")
    assert found[0].birth_year is None and found[0].last_contact == date(2024, 2, 5)
    assert R.find_clients(vault, "%") == [] and len(R.find_clients(vault, "")) == 2
    assert R.find_clients(vault, "a")[0].display_name == "Müller-Şahin, Zoë"


def test_outbox_views_and_repository_states(vault: Vault) -> None:
    """The outbox as the user sees it, filled through the repository (the services queue nothing per
    record: :mod:`iq_desktop.services.contributions` queues the site's contributions)."""
    c = R.save_client(vault, _client())
    R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 1)))
    assert R.pending_outbox(vault) == []
    with vault._uow() as uow:
        uow.outbox.enqueue(ITEM_A, "contribution", _contribution(3))
        uow.outbox.enqueue(ITEM_B, "contribution", _contribution(5, "2024-Q2"))
        uow.outbox.mark_quarantined(ITEM_B, 1, "participants out of range")
    assert [q.record_id for q in R.quarantined_outbox(vault)] == [ITEM_B]
    assert R.outbox_summary(vault) == {"pending": 1, "sent": 0, "quarantined": 1, "superseded": 0}
    with vault._uow() as uow:
        uow.outbox.mark_sent(ITEM_A, 1)
        assert uow.outbox.acked() == [(ITEM_A, 1)]
        assert uow.outbox.requeue([ITEM_A]) == 1
        assert [x.record_id for x in uow.outbox.pending()] == [ITEM_A]
    view = R.outbox_entry(vault, ITEM_A)
    assert view is not None and json.loads(view.payload)["cells"] == {"initial.total": {"k": 0, "n": 3}}
    for view in R.pending_outbox(vault):
        assert "Amira" not in view.payload and "Haddad" not in view.payload and "1990-05-17" not in view.payload


def test_training_status(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    t = R.save_training(vault, TrainingParticipation(c.id, date(2023, 1, 1)))
    t.status, t.end = TrainingStatus.COMPLETED, date(2023, 12, 1)
    R.save_training(vault, t)
    assert R.get_training(vault, t.id).status is TrainingStatus.COMPLETED  # type: ignore[union-attr]
    assert _seq(vault) == 2


def test_save_batch(vault: Vault) -> None:
    existing = R.save_client(vault, _client(first_name="Old"))
    late = R.save_session(vault, CounsellingSession(existing.id, date(2024, 6, 1)))
    with vault._uow() as uow:
        uow.sessions.mark_all("pending", "sent")
    before = _seq(vault)
    clients = [_client(first_name=f"P{i}") for i in range(50)]
    sessions = [CounsellingSession(c.id, date(2024, 1, 1 + i % 20)) for i, c in enumerate(clients)]
    sessions.append(CounsellingSession(existing.id, date(2024, 1, 2)))
    course = JobTrainingScheme(TrainingFormat.COURSE_BASED, TrainingType.BRIDGE_TRAINING, date(2024, 2, 1))
    trainings = [TrainingParticipation(clients[0].id, date(2024, 2, 1), scheme_id=course.id)]
    events = [GroupEvent(date(2024, 2, 1), participants=3)]
    saved = save_batch(vault, clients=clients, sessions=sessions, trainings=trainings, events=events, schemes=[course])
    assert saved == 104
    assert R.count_sessions(vault) == 52 and _seq(vault) == before + 1  # one mark for the whole batch
    states = {r.id: r.sync_state for r in R.list_sessions(vault, limit=100)}
    assert states.pop(late.id) == "sent" and set(states.values()) == {"pending"}
    assert R.get_scheme(vault, course.id) == course
    assert R.get_training(vault, trainings[0].id).scheme_id == course.id  # type: ignore[union-attr]
    assert R.get_session(vault, sessions[0].id).site_id == "TEST-SITE-01"  # type: ignore[union-attr]
    assert R.pending_outbox(vault) == []
    with vault._uow(readonly=True) as uow:
        (entry,) = uow.audit.recent(action="import")
    assert "sessions=51" in entry.detail and "schemes=1" in entry.detail
    # an existing session saved again in a batch waits again
    late.notes = "edited"
    save_batch(vault, sessions=[late])
    assert R.get_session(vault, late.id).notes == "edited"  # type: ignore[union-attr]
    assert {r.id: r.sync_state for r in R.list_sessions(vault, limit=100)}[late.id] == "pending"
    with pytest.raises(IQError):
        save_batch(vault, sessions=[CounsellingSession("missing", date(2024, 1, 1))])
    with pytest.raises(IQError, match="scheme"):
        save_batch(vault, trainings=[TrainingParticipation(existing.id, date(2024, 3, 1), scheme_id="missing")])
    assert R.count_sessions(vault) == 52


def test_acknowledgements_in_bulk_and_dropped_while_in_flight(vault: Vault) -> None:
    """Outbox repository: bulk acknowledgements, and an item dropped while its batch was on the way."""
    with vault._uow() as uow:
        uow.outbox.enqueue(ITEM_A, "contribution", _contribution(1))
        uow.outbox.enqueue(ITEM_B, "contribution", _contribution(2, "2024-Q2"))
        in_flight = uow.outbox.pending()
    assert {e.record_id for e in in_flight} == {ITEM_A, ITEM_B}
    with vault._uow() as uow:  # gone while the batch is on the way: entry dropped
        assert uow.outbox.drop_unsent(ITEM_B) == 1
    assert R.outbox_entry(vault, ITEM_B) is None
    with vault._uow() as uow:
        uow.outbox.mark_sent_many([(e.record_id, e.revision) for e in in_flight])
        uow.outbox.mark_sent_many([(ITEM_A, 1)])  # a repeated acknowledgement changes nothing
        assert sorted(uow.outbox.acked()) == sorted([(ITEM_A, 1), (ITEM_B, 1)])
    assert R.outbox_entry(vault, ITEM_A).state == "sent"  # type: ignore[union-attr]
    retraction = R.outbox_entry(vault, ITEM_B)
    assert retraction is not None and retraction.revision == 2 and retraction.state == "pending"
    assert json.loads(retraction.payload) == {"type": "retraction"}
    with vault._uow() as uow:
        uow.outbox.mark_sent(ITEM_B, 2)
        uow.outbox.mark_sent(ITEM_B, 1)  # a late, older acknowledgement does not lower the acked revision
        assert dict(uow.outbox.acked())[ITEM_B] == 2


def test_drafts(vault: Vault) -> None:
    from iq_desktop.services import drafts

    c = R.save_client(vault, _client())
    drafts.save_draft(vault, "client", "", '{"first_name": "half"}')
    drafts.save_draft(vault, "client", c.id, '{"notes": "typing"}')
    drafts.save_draft(vault, "client", c.id, '{"notes": "typing more"}')
    assert drafts.load_draft(vault, "client", c.id) == '{"notes": "typing more"}'
    assert len(drafts.list_drafts(vault)) == 2
    R.erase_client(vault, c.id)
    assert drafts.load_draft(vault, "client", c.id) is None
    drafts.delete_draft(vault, "client", "")
    assert drafts.list_drafts(vault) == []


def test_disk_full_is_a_clear_message_and_saves_nothing(vault: Vault) -> None:
    from iq_desktop.services.errors import DiskProblem

    c = R.save_client(vault, _client())
    with vault._uow() as uow:  # every pooled connection: cap the file at its current size
        pages = uow.connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    engine = vault.store.engine
    conns = [engine.connect() for _ in range(3)]
    for conn in conns:
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        conn.rollback()
    for conn in conns:
        conn.close()
    before = R.count_sessions(vault)
    with pytest.raises(DiskProblem, match="disk is full"):
        for i in range(200):
            R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 1), notes=f"{i} " + "x" * 5000))
    saved = R.count_sessions(vault)
    assert saved >= before
    with vault._uow(readonly=True) as uow:  # whatever was saved is whole: its state, mark and audit row exist
        assert {row.sync_state for row in R.list_sessions(vault, limit=1000)} <= {"pending"}
        assert int(uow.settings.get(CHANGED_SEQ) or 0) == saved
        assert uow.audit.count("create") == saved + 2  # + the vault and the client
    vault.store.engine.dispose()  # new connections have no cap
    R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 2)))


def test_erase_is_for_coordinators_and_takes_drafts_that_mention_the_person(vault: Vault) -> None:
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services import drafts
    from iq_desktop.services.errors import NotAllowed
    from iq_desktop.services.vault import open_vault

    c = R.save_client(vault, _client())
    other = R.save_client(vault, _client(first_name="Other"))
    drafts.save_draft(vault, "session", "", json.dumps({"client_id": c.id, "notes": "half typed"}))
    drafts.save_draft(vault, "training", "", json.dumps({"client_id": other.id}))
    vault.add_user("carla", "counsellor", "counsellor passphrase 2026", kdf=TEST_KDF)
    counsellor = open_vault(vault.data_dir, "carla", "counsellor passphrase 2026")
    try:
        with pytest.raises(NotAllowed, match="Only a coordinator can erase"):
            R.erase_client(counsellor, c.id)
    finally:
        counsellor.lock()
    assert R.get_client(vault, c.id) is not None
    with vault._uow(readonly=True) as uow:
        (refused,) = uow.audit.recent(action="refused")
    assert refused.user == "carla" and refused.record_id == c.id and "Amira" not in refused.detail
    R.erase_client(vault, c.id)
    assert drafts.load_draft(vault, "session") is None
    assert drafts.load_draft(vault, "training") is not None  # about someone else: kept
    with vault._uow(readonly=True) as uow:
        (erased,) = uow.audit.recent(action="erase")
    assert erased.user == vault.user and erased.record_id == c.id and "drafts=1" in erased.detail
