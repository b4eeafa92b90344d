"""Retention (purge of inactive clients' personal data; the figures marked changed) and the site's figures."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from iq_desktop.domain.codes import Audience, EventTopic, SessionKind, Topic, TrainingFormat, TrainingStatus
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from iq_desktop.services import records as R
from iq_desktop.services.contributions import CHANGED_SEQ
from iq_desktop.services.figures import site_figures
from iq_desktop.services.retention import auto_retention, purge_retention, retention_cutoff
from iq_desktop.services.vault import Vault


def test_retention_cutoff() -> None:
    assert retention_cutoff(date(2027, 3, 31), 36) == date(2024, 3, 31)
    assert retention_cutoff(date(2027, 3, 31), 1) == date(2027, 2, 28)
    assert retention_cutoff(date(2024, 1, 15), 13) == date(2022, 12, 15)


def _seq(vault: Vault) -> int:
    with vault._uow(readonly=True) as uow:
        return int(uow.settings.get(CHANGED_SEQ) or 0)


def _queued(vault: Vault) -> dict[str, dict[str, int]]:
    """period -> cell -> count of the latest queued contribution of every period."""
    out = {}
    with vault._uow(readonly=True) as uow:
        for e in uow.outbox.current():
            data = json.loads(e.payload)
            if data.get("type") == "contribution":
                out[data["period"]] = {c: v["n"] for c, v in data["cells"].items()}
    return out


def test_purge_removes_inactive_people_and_never_lowers_past_figures(vault: Vault) -> None:
    old = R.save_client(vault, Client("Old", "Contact"))
    s_old = R.save_session(vault, CounsellingSession(old.id, date(2021, 1, 10)))
    recent = R.save_client(vault, Client("Recent", "Contact"))
    R.save_session(vault, CounsellingSession(recent.id, date(2021, 1, 10)))
    R.save_session(vault, CounsellingSession(recent.id, date.today(), kind=SessionKind.FOLLOW_UP))
    training = R.save_client(vault, Client("In", "Training"))
    R.save_training(vault, TrainingParticipation(training.id, date(2021, 1, 1)))  # ongoing: still in contact
    before = _seq(vault)
    # the client rows were written today: nothing is stale yet
    assert purge_retention(vault).clients == 0
    assert _seq(vault) == before  # nothing purged: nothing to recompute
    with vault._uow() as uow:  # as if the client records had been typed in years ago
        uow.connection.exec_driver_sql("UPDATE client SET updated_at = '2021-01-10 09:00:00.000000'")
    held = purge_retention(vault, months=36)  # 1 of 3 clients: more than 5 %, needs a confirmation
    assert held.held and held.clients == 1 and R.get_client(vault, old.id) is not None
    result = purge_retention(vault, months=36, confirmed=True)
    assert result.clients == 1 and result.sessions == 1
    assert R.get_client(vault, old.id) is None and R.get_session(vault, s_old.id) is None
    assert R.get_client(vault, recent.id) is not None and R.get_client(vault, training.id) is not None
    # the purge queued everything first and made the periods before the cut-off final: 2021-Q1 still
    # counts both initial sessions, also after a later refresh
    assert _queued(vault)["2021-Q1"]["initial.total"] == 2
    R.save_client(vault, Client("Later", "Edit"))  # any later change and refresh
    vault.prepare_outbox()
    assert _queued(vault)["2021-Q1"]["initial.total"] == 2
    assert _queued(vault)["2021"]["initial.total"] == 2
    with vault._uow(readonly=True) as uow:
        (entry,) = uow.audit.recent(action="retention", limit=1)
    assert "clients=1" in entry.detail


def test_bad_retention_setting_falls_back_to_default(vault: Vault) -> None:
    vault.set_setting("retention_months", "three years")
    assert purge_retention(vault).cutoff == retention_cutoff(date.today(), 36)


def test_auto_retention_runs_once_a_day_and_distrusts_clock_jumps(vault: Vault) -> None:
    now = datetime.now(UTC)
    assert auto_retention(vault, now=now + timedelta(days=3 * 365)) is None  # clock jumped: do nothing
    assert auto_retention(vault, now=now - timedelta(days=30)) is None  # clock went back: do nothing
    assert auto_retention(vault, now=now) is not None
    assert auto_retention(vault, now=now) is None  # already ran today


def test_site_figures(vault: Vault) -> None:
    a = R.save_client(vault, Client("A", "A", occupation_code=None))
    b = R.save_client(vault, Client("B", "B"))
    R.save_session(vault, CounsellingSession(a.id, date(2024, 1, 5), topics=frozenset({Topic.RECOGNITION})))
    R.save_session(
        vault, CounsellingSession(b.id, date(2024, 2, 5), topics=frozenset({Topic.RECOGNITION, Topic.JOB_TRAINING}))
    )
    R.save_session(
        vault,
        CounsellingSession(a.id, date(2024, 3, 5), kind=SessionKind.FOLLOW_UP, topics=frozenset({Topic.FI_WAGES})),
    )
    c = R.save_client(vault, Client("C", "C"))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 1), topics=frozenset({Topic.FI_LEAVE})))
    R.save_session(vault, CounsellingSession(c.id, date(2023, 2, 1)))  # outside the period
    R.save_training(
        vault,
        TrainingParticipation(
            a.id,
            date(2024, 1, 1),
            format=TrainingFormat.COURSE_BASED,
            status=TrainingStatus.COMPLETED,
            end=date(2024, 3, 1),
        ),
    )
    R.save_event(
        vault,
        GroupEvent(date(2024, 1, 20), audience=Audience.MIGRANTS, topic=EventTopic.FAIR_INTEGRATION, participants=14),
    )
    R.save_event(vault, GroupEvent(date(2024, 1, 21), audience=Audience.BUSINESS, participants=7))
    gone = R.save_event(vault, GroupEvent(date(2024, 1, 22), audience=Audience.BUSINESS, participants=99))
    R.delete_record(vault, "event", gone.id)
    report = site_figures(vault, date(2024, 1, 1), date(2024, 3, 31), as_of=date(2024, 4, 15))
    cells = {(s["id"], r["id"]): [c["value"] for c in r["cells"]] for s in report["sections"] for r in s["rows"]}
    # initial sessions with recognition and/or job training: a (Jan), b (Feb); c's Feb session is FI only
    assert cells[("initial", "total")] == [2]
    assert cells[("initial", "recognition")] == [1] and cells[("initial", "combined")] == [1]
    assert cells[("fair_integration", "individuals")] == [2]  # a (a follow-up counts) and c
    assert cells[("fair_integration", "events")] == [1] and cells[("fair_integration", "participants")] == [14]
    assert cells[("job_training", "course_based")] == [1] and cells[("job_training", "completers")] == [1]
    assert cells[("job_training", "individuals")] == [1]
    assert cells[("stakeholders", "business")] == [0, 0, 1, 7, 0]  # the deleted event is in no figure
    assert cells[("states", "DE-BY")] == [2, 1, 0, 1]
    assert {d["cell"] for d in report["definitions"]} >= {"initial.total", "fi.individuals"}


def test_retention_purges_old_drafts_and_drafts_of_purged_people(vault: Vault) -> None:
    from iq_desktop.services import drafts

    old = R.save_client(vault, Client("Old", "Contact"))
    R.save_session(vault, CounsellingSession(old.id, date(2021, 1, 10)))
    drafts.save_draft(vault, "session", "", f'{{"client_id": "{old.id}"}}')  # fresh, but about a purged person
    drafts.save_draft(vault, "client", "", '{"first_name": "forgotten"}')
    drafts.save_draft(vault, "event", "", '{"participants": 3}')
    with vault._uow() as uow:
        uow.connection.exec_driver_sql("UPDATE client SET updated_at = '2021-01-10 09:00:00.000000'")
        uow.connection.exec_driver_sql(
            "UPDATE draft SET updated_at = '2021-01-10 09:00:00.000000' WHERE kind = 'client'"
        )
    assert purge_retention(vault, months=36, confirmed=True).clients == 1
    assert [d[0] for d in drafts.list_drafts(vault)] == ["event"]
    with vault._uow(readonly=True) as uow:
        (entry,) = uow.audit.recent(action="retention", limit=1)
    assert "drafts=2" in entry.detail


def test_an_open_procedure_or_a_recent_document_keeps_a_person_from_the_purge(vault: Vault) -> None:
    """Retention reads every trace of contact: a recognition procedure still waiting for its decision or
    a document attached recently keeps the person (and the procedure, and the document); a procedure
    decided long ago with its old document does not."""
    from iq_desktop.domain.codes import ProcedureDecision
    from iq_desktop.domain.records import RecognitionProcedure
    from iq_desktop.services import documents, procedures

    def person(first: str) -> str:
        c = R.save_client(vault, Client(first, "Verfahren"))
        R.save_session(vault, CounsellingSession(c.id, date(2021, 1, 10)))
        return c.id

    waiting, attached, closed = person("Wartet"), person("Dokument"), person("Erledigt")
    pending = procedures.save_procedure(vault, RecognitionProcedure(waiting, "81302", applied=date(2021, 2, 1)))
    decided = procedures.save_procedure(
        vault,
        RecognitionProcedure(
            closed, "81302", applied=date(2021, 2, 1), decision=ProcedureDecision.FULL, decided=date(2021, 6, 1)
        ),
    )
    documents.attach(vault, closed, b"%PDF-1.4 old", "decision", file_name="bescheid.pdf")
    doc = documents.attach(vault, attached, b"%PDF-1.4 new", "certificate", file_name="zeugnis.pdf")
    with vault._uow() as uow:  # everything typed in years ago, except the document attached last week
        uow.connection.exec_driver_sql("UPDATE client SET updated_at = '2021-01-10 09:00:00.000000'")
        uow.connection.exec_driver_sql("UPDATE procedure SET updated_at = '2021-06-01 09:00:00.000000'")
        uow.connection.exec_driver_sql(
            "UPDATE document SET added_at = '2021-06-01 09:00:00.000000' WHERE client_id = ?", (closed,)
        )
    result = purge_retention(vault, months=36, confirmed=True)
    assert result.clients == 1
    assert R.get_client(vault, closed) is None and procedures.get_procedure(vault, decided.id) is None
    assert R.get_client(vault, waiting) is not None and procedures.get_procedure(vault, pending.id) is not None
    assert R.get_client(vault, attached) is not None
    assert [d.id for d in documents.list_documents(vault, attached)] == [doc.id]
    with vault._uow(readonly=True) as uow:
        (entry,) = uow.audit.recent(action="retention", limit=1)
    assert "clients=1 sessions=1 trainings=0 procedures=1 documents=1" in entry.detail  # what went with them
