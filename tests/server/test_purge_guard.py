"""``iq-server purge`` does not trust a clock that jumped (issue 9, item 2): the day it counts from is
never later than the newest delivery plus a month, and purging more than a quarter of the
contributions at once needs --confirm. The clock is injected 5 years ahead."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from iq_desktop.domain import lattice
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.errors import Refused
from iq_server.services import enrolment as admin
from iq_server.services import ingest, retention
from tests.server.conftest import PgSchemas, new_db_url
from tests.server.helpers import contribution


def _fill(db: Database) -> int:
    """The last 6 quarters from 3 sites and 2019 (a quarter and the year) from one: 20 contributions,
    of which only the 2 of 2019 are due for purging today; returns how many are held."""
    today = datetime.now(UTC).date()
    quarters = sorted({lattice.quarter_of(today - timedelta(days=91 * i)).label for i in range(6)})
    held = 0
    for i in range(3):
        site = f"g{i}"
        admin.add_site(db, site, f"Site {site}", "DE-BE", "IQ Berlin")
        auth = admin.authenticate(db, admin.enrol(db, admin.create_enrolment_code(db, site)[0], None).device_token)
        assert auth is not None
        old = [contribution("2019-Q1"), contribution("2019")] if i == 0 else []
        items = [contribution(q) for q in quarters] + old
        held += sum(r.status == "stored" for r in ingest.ingest(db, auth, items).results)
    return held


def _purged(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT COUNT(*) FROM item WHERE rtype = 'purged'")).scalar_one())


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_clock_5_years_ahead_purges_only_what_is_due(kind: str, tmp_path: Path, pg_schemas: PgSchemas) -> None:
    db = Database.open(new_db_url(kind, tmp_path, pg_schemas))
    migrate(db)
    held = _fill(db)
    ahead = datetime.now(UTC).date() + timedelta(days=5 * 365)
    res = retention.purge(db, 24, today=ahead)
    assert res.today < ahead and res.note and "check the server's clock" in res.note
    assert res.records == _purged(db) == 2  # only the 2019 contributions: the rest is kept
    assert held == 20
    db.dispose()


def test_receipts_written_by_the_wrong_clock_are_caught_by_the_share_guard(tmp_path: Path) -> None:
    """The clock was 5 years ahead while the deliveries arrived too (their days of receipt are wrong):
    the purge would remove nearly everything, so it is refused, naming the count; --confirm purges."""
    db = Database.open(f"sqlite:///{tmp_path / 'guard.db'}")
    migrate(db)
    held = _fill(db)
    ahead = datetime.now(UTC).date() + timedelta(days=5 * 365)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE item SET received_on = :d"), {"d": ahead})
    with pytest.raises(Refused, match=rf"would remove {held} of {held} contributions \(100%\).*--confirm"):
        retention.purge(db, 24, today=ahead)
    assert _purged(db) == 0
    assert retention.purge(db, 24, today=ahead, confirm=True).records == held
    db.dispose()


def test_plausible_today() -> None:
    newest = date(2026, 3, 10)
    assert retention.plausible_today(date(2026, 4, 1), newest) == (date(2026, 4, 1), None)
    day, note = retention.plausible_today(date(2031, 4, 1), newest)
    assert day == newest + retention.MARGIN and note is not None and "2031-04-01" in note
    assert retention.plausible_today(date(2031, 4, 1), None) == (date(2031, 4, 1), None)
