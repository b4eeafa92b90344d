"""The agenda's rules (issue 11, item 1): today, this week, overdue, no contact for N weeks, and the
clock's edges (Sunday, Monday, the turn of the year, a leap day, the cut-off's own day)."""

from __future__ import annotations

import datetime as dt

import pytest

from iq_desktop.domain.agenda import (
    LOOKBACK_WEEKS,
    LatestSession,
    Section,
    WaitingProcedure,
    build_agenda,
    initials,
    window_end,
)

FRIDAY = dt.date(2026, 12, 4)


def _s(
    client: str,
    day: dt.date,
    nxt: dt.date | None = None,
    *,
    further: bool = False,
    sid: str = "",
    saved: dt.datetime | None = None,
    time: dt.time | None = None,
) -> LatestSession:
    return LatestSession(
        session_id=sid or f"s-{client}-{day.isoformat()}",
        client_id=client,
        date=day,
        created_at=saved,
        next_appointment=nxt,
        appointment_time=time,
        appointment_place="Passau, Caritas",
        further_session_needed=further,
        first_name="Anna",
        last_name="Berg",
    )


def _sections(agenda: object) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in agenda.items:  # type: ignore[attr-defined]
        out.setdefault(item.section.value, []).append(item.client_id)
    return out


def test_today_this_week_overdue_and_later() -> None:
    d = dt.timedelta
    agenda = build_agenda(
        [
            _s("today", FRIDAY - d(7), FRIDAY, time=dt.time(9, 30)),
            _s("sunday", FRIDAY - d(7), FRIDAY + d(2)),
            _s("monday", FRIDAY - d(7), FRIDAY + d(3)),  # next week: not in "this week"
            _s("missed", FRIDAY - d(14), FRIDAY - d(1)),
            _s("none", FRIDAY - d(3)),
        ],
        FRIDAY,
    )
    assert _sections(agenda) == {"today": ["today"], "upcoming": ["sunday"], "overdue": ["missed"]}
    assert agenda.until == dt.date(2026, 12, 6)
    assert agenda.due
    today = agenda.section(Section.TODAY)[0]
    assert today.time == dt.time(9, 30) and today.place == "Passau, Caritas" and today.initials == "A. B."
    assert [i.client_id for i in agenda.appointments()] == ["today", "sunday"]


def test_only_upcoming_is_not_due() -> None:
    agenda = build_agenda([_s("c", FRIDAY - dt.timedelta(days=7), FRIDAY + dt.timedelta(days=1))], FRIDAY)
    assert _sections(agenda) == {"upcoming": ["c"]} and not agenda.due


def test_days_window_instead_of_the_week() -> None:
    rows = [_s("monday", FRIDAY - dt.timedelta(days=7), FRIDAY + dt.timedelta(days=3))]
    assert _sections(build_agenda(rows, FRIDAY, days=3)) == {"upcoming": ["monday"]}
    assert _sections(build_agenda(rows, FRIDAY, days=2)) == {}
    assert window_end(FRIDAY, 0) == FRIDAY


@pytest.mark.parametrize(
    ("today", "end"),
    [
        (dt.date(2026, 12, 6), dt.date(2026, 12, 6)),  # Sunday: the week ends today
        (dt.date(2026, 12, 7), dt.date(2026, 12, 13)),  # Monday: the whole week
        (dt.date(2026, 12, 31), dt.date(2027, 1, 3)),  # across the turn of the year
        (dt.date(2028, 2, 28), dt.date(2028, 3, 5)),  # across a leap day
    ],
)
def test_the_week_ends_on_sunday(today: dt.date, end: dt.date) -> None:
    assert window_end(today) == end


def test_a_later_session_replaces_the_appointment_and_ties_go_to_the_one_saved_later() -> None:
    d = dt.timedelta
    early = dt.datetime(2026, 11, 20, 9, 0)
    rows = [
        _s("c", FRIDAY - d(14), FRIDAY - d(2), sid="old", saved=early),
        _s("c", FRIDAY - d(14), None, sid="same day, later", saved=early + d(hours=1)),
    ]
    assert _sections(build_agenda(rows, FRIDAY)) == {}
    rows.reverse()  # the order the rows come in does not matter
    assert _sections(build_agenda(rows, FRIDAY)) == {}
    came = [_s("c", FRIDAY - d(14), FRIDAY - d(2)), _s("c", FRIDAY - d(2))]  # the person came
    assert _sections(build_agenda(came, FRIDAY)) == {}


def test_no_contact_for_n_weeks_when_a_further_session_was_needed() -> None:
    weeks6 = FRIDAY - dt.timedelta(weeks=6)
    rows = [
        _s("exactly six weeks", weeks6, further=True),
        _s("a day less", weeks6 + dt.timedelta(days=1), further=True),
        _s("not needed", weeks6 - dt.timedelta(days=10)),
        _s("too old", FRIDAY - dt.timedelta(weeks=LOOKBACK_WEEKS, days=1), further=True),
    ]
    agenda = build_agenda(rows, FRIDAY)
    assert _sections(agenda) == {"no_contact": ["exactly six weeks"]}
    assert agenda.section(Section.NO_CONTACT)[0].last_contact == weeks6
    assert _sections(build_agenda(rows, FRIDAY, no_contact_weeks=4)) == {
        "no_contact": ["exactly six weeks", "a day less"]
    }


def test_an_appointment_missed_longer_than_n_weeks_ago_is_no_contact_not_overdue() -> None:
    d = dt.timedelta
    rows = [
        _s("recently missed", FRIDAY - d(weeks=8), FRIDAY - d(weeks=6), further=True),
        _s("missed long ago", FRIDAY - d(weeks=10), FRIDAY - d(weeks=6, days=1), further=True),
        _s("long ago, not needed", FRIDAY - d(weeks=10), FRIDAY - d(weeks=7)),
        _s("set for later", FRIDAY - d(weeks=10), FRIDAY + d(weeks=3), further=True),
    ]
    assert _sections(build_agenda(rows, FRIDAY)) == {"overdue": ["recently missed"], "no_contact": ["missed long ago"]}


def test_no_contact_lists_the_most_recent_first_and_says_when_cut() -> None:
    rows = [_s(f"c{i}", FRIDAY - dt.timedelta(weeks=7, days=i), further=True) for i in range(5)]
    agenda = build_agenda(rows, FRIDAY, limit=3)
    # the three most recent, shown oldest first like every section
    assert [i.client_id for i in agenda.section(Section.NO_CONTACT)] == ["c2", "c1", "c0"]
    assert agenda.no_contact_limited
    assert not build_agenda(rows, FRIDAY).no_contact_limited


def test_procedures_are_their_own_section() -> None:
    waiting = [WaitingProcedure("p1", "c1", dt.date(2026, 3, 1), "Berg, Anna", "Pflegefachfrau (81302)")]
    agenda = build_agenda([], FRIDAY, procedures=waiting)
    item = agenda.section(Section.PROCEDURES)[0]
    assert item.display_name == "Berg, Anna" and item.initials == "A. B." and agenda.due
    anonymous = build_agenda([], FRIDAY, procedures=[WaitingProcedure("p2", "c2", FRIDAY, "anonym 2026-12-04 #3")])
    assert anonymous.items[0].display_name == "anonym 2026-12-04 #3" and anonymous.items[0].initials == ""


def test_initials_and_json_without_names() -> None:
    assert initials("anna", "  berg ") == "A. B." and initials("", "Berg") == "B." and initials("", "") == ""
    item = build_agenda([_s("c", FRIDAY - dt.timedelta(days=7), FRIDAY)], FRIDAY).items[0]
    assert item.to_json(full_names=False)["initials"] == "A. B."
    assert "name" not in item.to_json(full_names=False) and item.to_json()["name"] == "Berg, Anna"
    assert "Anna" not in repr(item)
