"""Clean-record rules (issue 11): anonymous clients, a second initial session, duplicates, merging."""

from __future__ import annotations

from datetime import date

from iq_desktop.domain import rules
from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.domain.rules import CounsellingType, DuplicateReason

TODAY = date(2026, 12, 4)
REC, JT, FI = frozenset({Topic.RECOGNITION}), frozenset({Topic.JOB_TRAINING}), frozenset({Topic.FI_WAGES})


def _fields(problems: list[rules.Problem]) -> set[str]:
    return {p.field for p in problems}


def test_names_are_required_unless_anonymous() -> None:
    assert _fields(rules.validate_client(Client("", ""), TODAY)) == {"first_name", "last_name"}
    anon = Client("", "", anonymous=True, pseudonym=rules.pseudonym(TODAY, 3))
    assert rules.validate_client(anon, TODAY) == []
    assert anon.display_name == "anonym 2026-12-04 #3"
    assert Client("Ada", "Probe", pseudonym="anonym 2026-12-04 #3").display_name == "Probe, Ada"


def test_an_anonymous_client_carries_nothing_that_identifies() -> None:
    c = Client("Ada", "", anonymous=True, birth_date=date(1990, 1, 1), phone="0151 1234")
    assert _fields(rules.validate_client(c, TODAY)) == {"first_name", "birth_date", "phone"}
    problem = rules.validate_client(c, TODAY)[0]
    assert "Ada" not in problem.en and "Anonym beraten" in problem.de


def test_import_reads_anonymous_without_names() -> None:
    c = rules.client_from_dict({"anonymous": True, "occupation_code": "81302"}, TODAY)
    assert c.anonymous and c.first_name == "" and c.occupation_code == "81302"


def test_counselling_types() -> None:
    assert rules.counselling_types(REC | JT) == {CounsellingType.IQ}
    assert rules.counselling_types(FI) == {CounsellingType.FAIR_INTEGRATION}
    assert rules.counselling_types(REC | FI) == {CounsellingType.IQ, CounsellingType.FAIR_INTEGRATION}


def test_a_second_initial_session_of_the_same_type_is_refused_within_12_months() -> None:
    s = CounsellingSession("c", date(2024, 9, 1), topics=JT)
    problems = rules.validate_session(
        s, TODAY, client_exists=True, has_earlier_initial=True, other_initials=[(date(2024, 2, 6), REC)]
    )
    assert _fields(problems) == {"kind"} and "follow-up" in problems[0].en and "Folgeberatung" in problems[0].de
    # earlier than the existing one: the same case too
    assert rules.second_initial(CounsellingSession("c", date(2024, 1, 1)), [(date(2024, 2, 6), REC)])
    # another type, a follow-up, or 12 months later: allowed
    assert rules.second_initial(CounsellingSession("c", date(2024, 9, 1), topics=FI), [(date(2024, 2, 6), REC)]) == []
    follow = CounsellingSession("c", date(2024, 9, 1), kind=SessionKind.FOLLOW_UP)
    assert rules.second_initial(follow, [(date(2024, 2, 6), REC)]) == []
    assert rules.second_initial(CounsellingSession("c", date(2025, 2, 6)), [(date(2024, 2, 6), REC)]) == []
    assert rules.second_initial(CounsellingSession("c", date(2025, 2, 5)), [(date(2024, 2, 6), REC)])


def test_add_months_keeps_the_end_of_the_month() -> None:
    assert rules.add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert rules.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert rules.add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)


def test_duplicates_ignore_case_accents_and_spaces() -> None:
    a = ("Ana Maria", "Müller", date(1990, 1, 2), "", "")
    assert (
        rules.duplicate_reason(a, ("anamaria", "MULLER", date(1990, 1, 2), "", "")) is DuplicateReason.NAME_BIRTH_DATE
    )
    assert rules.duplicate_reason(a, ("Ana Maria", "Müller", date(1991, 1, 2), "", "")) is None
    p1, p2 = ("Ada", "Probe", None, "+49 151 234567", ""), ("ada", "probe", None, "0151/234567", "")
    assert rules.duplicate_reason(p1, p2) is DuplicateReason.NAME_PHONE
    e1, e2 = ("Ada", "Probe", None, "", "Ada@Example.org"), ("Ada", "Probe", None, "", "ada@example.org ")
    assert rules.duplicate_reason(e1, e2) is DuplicateReason.NAME_EMAIL
    assert rules.duplicate_reason(("", "", None, "", ""), ("", "", None, "", "")) is None
    assert rules.duplicate_reason(("Ada", "Probe", None, "", ""), ("Ada", "Probe", None, "", "")) is None


def test_after_a_merge_the_later_initial_of_a_case_becomes_a_follow_up() -> None:
    sessions = [
        CounsellingSession("k", date(2024, 2, 6), id="a"),
        CounsellingSession("k", date(2024, 4, 10), id="b"),  # the other client's initial: same case
        CounsellingSession("k", date(2024, 5, 1), kind=SessionKind.FOLLOW_UP, id="c"),
        CounsellingSession("k", date(2024, 6, 1), topics=FI, id="d"),  # another type: its own first contact
        CounsellingSession("k", date(2025, 3, 1), id="e"),  # a new case after 12 months
        CounsellingSession("k", date(2024, 1, 20), id="f"),  # earliest: stays initial, "a" follows it
    ]
    assert rules.reconcile_initials(sessions) == {"a": SessionKind.FOLLOW_UP, "b": SessionKind.FOLLOW_UP}
