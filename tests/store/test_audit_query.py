"""The audit log's query for the viewer: filters (user, actions, days), newest first, keyset pages that
neither repeat nor skip an entry (also among entries of the same second), the index on ``at``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from iq_desktop.services.audit_log import AuditQuery, audit_page, audit_users, iter_entries, parse_since
from iq_desktop.services.vault import Vault
from iq_desktop.store.audit import AuditFilter

START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def _fill(vault: Vault) -> None:
    with vault._uow() as uow:
        for i in range(30):
            user = "berta" if i % 2 else "carl"
            action = "edit" if i % 3 else "export"
            uow.audit.add(user, action, "session", f"S{i:03d}", at=START + timedelta(hours=i))
        for i in range(5):  # five in the same second
            uow.audit.add("dora", "show", "client", f"C{i}", at=START + timedelta(days=10))


def test_filters(vault: Vault) -> None:
    _fill(vault)
    with vault._uow(readonly=True) as uow:
        berta = uow.audit.page(AuditFilter(user="berta"), limit=100)
        assert len(berta) == 15 and {e.user for e in berta} == {"berta"}
        exports = uow.audit.page(AuditFilter(actions=frozenset({"export"})), limit=100)
        assert len(exports) == 10
        both = uow.audit.page(AuditFilter(actions=frozenset({"export", "show"})), limit=100)
        assert len(both) == 15
        window = uow.audit.page(AuditFilter(since=START, until=START + timedelta(hours=5)), limit=100)
        assert [e.record_id for e in window] == ["S004", "S003", "S002", "S001", "S000"]  # newest first
        naive = uow.audit.page(AuditFilter(since=START.replace(tzinfo=None), until=START + timedelta(hours=1)))
        assert [e.record_id for e in naive] == ["S000"]
        assert {"berta", "carl", "dora", "coordinator"} <= set(uow.audit.users())


def test_keyset_pages_neither_repeat_nor_skip(vault: Vault) -> None:
    _fill(vault)
    with vault._uow(readonly=True) as uow:
        everything = uow.audit.page(AuditFilter(), limit=1000)
        seen: list[int] = []
        after = None
        while True:
            page = uow.audit.page(AuditFilter(), limit=3, after=after)
            seen.extend(e.id for e in page)
            if len(page) < 3:
                break
            after = page[-1]
    assert seen == [e.id for e in everything]
    assert len(set(seen)) == len(seen)
    times = [e.at for e in everything]
    assert times == sorted(times, reverse=True)


def test_days_are_whole_utc_days_and_until_is_inclusive(vault: Vault) -> None:
    _fill(vault)
    day = START.date()
    entries = list(iter_entries(vault, AuditQuery(since=day, until=day)))
    assert len(entries) == 16  # 08:00 .. 23:00
    assert all(e.at.astimezone(UTC).date() == day for e in entries)
    assert parse_since("2025-03-01") == day
    assert parse_since("2025-03-01T10:00") == datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
    later = audit_page(vault, AuditQuery(since=parse_since("2025-03-01T20:00"), until=day))
    assert [e.record_id for e in later] == ["S012", "S013", "S014", "S015"][::-1]
    assert "dora" in audit_users(vault)


def test_the_viewer_query_uses_the_index(vault: Vault) -> None:
    with vault._uow(readonly=True) as uow:
        indexes = {r[1] for r in uow.connection.execute(text("PRAGMA index_list(audit)"))}
        assert "ix_audit_at" in indexes
        sql = "SELECT * FROM audit WHERE at >= '2025-01-01' ORDER BY at DESC, id DESC LIMIT 200"
        plan = " ".join(str(r[-1]) for r in uow.connection.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_audit_at" in plan and "TEMP B-TREE" not in plan


def test_a_voids_free_text_reason_stays_out_of_the_clear_text_export(vault: Vault, tmp_path: Path) -> None:
    """The reason a user typed (it may name a person) is shown in the app's viewer, never in the CSV file."""
    from datetime import date

    from iq_desktop.domain.records import Client, CounsellingSession
    from iq_desktop.services import cleanup
    from iq_desktop.services import records as R
    from iq_desktop.services.audit_log import export_audit_csv

    c = R.save_client(vault, Client("Zora", "Quixley"))
    s = R.save_session(vault, CounsellingSession(c.id, date(2026, 11, 2)))
    cleanup.void(vault, s.id, "wrong person: meant Zora Quixley")
    shown = list(iter_entries(vault, AuditQuery(actions=frozenset({"void"}))))
    assert [e.detail for e in shown] == ["wrong person: meant Zora Quixley"]  # the viewer shows it
    out = tmp_path / "audit.csv"
    assert export_audit_csv(vault, AuditQuery(), out) > 0
    text = out.read_text("utf-8-sig")
    assert "Quixley" not in text and "Zora" not in text
    assert "reason given" in text and s.id in text  # the void itself is exported
