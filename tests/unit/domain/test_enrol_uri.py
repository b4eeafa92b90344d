"""The enrolment URI parser of the desktop (``iq_desktop.domain.enrol_uri``) against the server's builder
(``iq_server.enrolment_qr``): the scheme is written in both on purpose (the desktop never imports the server),
so these tests build URIs the way the server does and parse them the way the desktop does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iq_desktop.domain import enrol_uri
from iq_desktop.domain.enrol_uri import EnrolUri, EnrolUriError, Problem
from iq_server import config
from iq_server import enrolment_qr as enrolqr
from iq_server.services import enrolment as admin

CODE = "AS5V-PMF3-QX7B-2KLM-ZZ4A-H6NE-RT5W-YU3C"


def test_the_scheme_is_the_servers() -> None:
    assert enrol_uri.SCHEME == enrolqr.SCHEME


@pytest.mark.parametrize(
    "server", [None, "https://iq.example.org", "https://iq.example.org:8443/base", "http://127.0.0.1:8443"]
)
def test_parses_what_the_server_builds(server: str | None) -> None:
    code = admin.new_enrolment_code()
    uri = enrolqr.enrolment_uri(code, server)
    assert enrol_uri.is_enrol_uri(uri)
    assert enrol_uri.parse(uri) == EnrolUri(code=code, server=server)


def test_the_docs_example_and_tolerated_forms() -> None:
    assert enrol_uri.parse("iq-enrol:?server=https%3A%2F%2Fiq.example.org&code=AS5V-PMF3") == EnrolUri(
        code="AS5V-PMF3", server="https://iq.example.org"
    )
    assert enrol_uri.parse(f"  IQ-Enrol:?code={CODE}\n") == EnrolUri(code=CODE)  # a scanner's Enter, any case
    assert enrol_uri.parse(f"iq-enrol:?code={CODE}&v=2&server=https%3A%2F%2Fiq.example.org%2F") == EnrolUri(
        code=CODE, server="https://iq.example.org"
    )  # unknown parameters are ignored, order does not matter, a trailing slash goes
    assert enrol_uri.parse("iq-enrol:?code=as5v+pmf3") == EnrolUri(code="as5v pmf3")  # the server normalises


def test_is_enrol_uri_only_for_the_scheme() -> None:
    assert enrol_uri.is_enrol_uri("iq-enrol:?server=https%3A%2F")  # incomplete, but meant as one
    assert not enrol_uri.is_enrol_uri(CODE)
    assert not enrol_uri.is_enrol_uri("https://iq.example.org/?code=x")
    assert not enrol_uri.is_enrol_uri("")


@pytest.mark.parametrize(
    ("text", "problem", "words"),
    [
        (CODE, Problem.NOT_AN_ENROLMENT_URI, "must start with iq-enrol:?"),
        ("iq-enrolx:?code=AB", Problem.NOT_AN_ENROLMENT_URI, "not an enrolment URI"),
        ("iq-enrol:", Problem.MALFORMED, "continue with '?'"),
        ("iq-enrol:code=AB", Problem.MALFORMED, "continue with '?'"),
        ("iq-enrol://host/?code=AB", Problem.MALFORMED, "continue with '?'"),
        ("iq-enrol:?code=AB#x", Problem.MALFORMED, "'#'"),
        ("iq-enrol:?code=AB CD", Problem.MALFORMED, "spaces"),
        ("iq-enrol:?code=AB&&server=x", Problem.MALFORMED, "parameters are malformed"),
        ("iq-enrol:?code=AB%FF", Problem.MALFORMED, "parameters are malformed"),
        ("iq-enrol:?code=AB&code=CD", Problem.MALFORMED, "'code' more than once"),
        ("iq-enrol:?code=AB&server=https%3A%2F%2Fa&server=https%3A%2F%2Fb", Problem.MALFORMED, "more than once"),
        ("iq-enrol:?", Problem.NO_CODE, "no code"),
        ("iq-enrol:?server=https%3A%2F%2Fiq.example.org", Problem.NO_CODE, "no code"),
        ("iq-enrol:?code=", Problem.BAD_CODE, "empty"),
        ("iq-enrol:?code=AB%26server%3Dx", Problem.BAD_CODE, "letters, digits and dashes"),
        ("iq-enrol:?code=AB&server=iq.example.org", Problem.BAD_SERVER, "https://iq.example.org"),
        ("iq-enrol:?code=AB&server=ftp%3A%2F%2Fiq.example.org", Problem.BAD_SERVER, "web address"),
        ("iq-enrol:?code=AB&server=https%3A%2F%2Fiq.example.org%3Axx", Problem.BAD_SERVER, "web address"),
        ("iq-enrol:?code=AB&server=https%3A%2F%2Fu%3Ap%40iq.example.org", Problem.BAD_SERVER, "password"),
        ("iq-enrol:?code=AB&server=https%3A%2F%2Fiq.example.org%2F%3Fa%3D1", Problem.BAD_SERVER, "query"),
    ],
)
def test_malformed_uris_are_refused_naming_the_problem(text: str, problem: Problem, words: str) -> None:
    with pytest.raises(ValueError) as caught:
        enrol_uri.parse(text)
    exc = caught.value
    assert isinstance(exc, EnrolUriError) and exc.problem == problem
    assert words in str(exc)
    assert "AB" not in str(exc) and CODE not in str(exc)  # the one-time code is a secret: never repeated


# --- property: every URI the server can build parses back to its code and address ---------------------

_label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
_host = st.one_of(
    st.lists(_label, min_size=2, max_size=4).map(".".join),
    st.sampled_from(["127.0.0.1", "localhost", "[::1]"]),
)
_path = st.lists(st.text(alphabet="abcXYZ019-._~!$&'()*+,;=:@%", min_size=1, max_size=8), max_size=3).map(
    lambda segs: "".join("/" + s for s in segs)
)
_server_input = st.builds(
    lambda host, port, path, slash: f"https://{host}{port}{path}{slash}",
    _host,
    st.one_of(st.just(""), st.integers(1, 65535).map(lambda p: f":{p}")),
    _path,
    st.sampled_from(["", "/"]),
)
_code = st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=4, max_size=4), min_size=1, max_size=8)


@settings(deadline=None)  # timing is not what is tested (CI machines are noisy)
@given(server=st.one_of(st.none(), _server_input), groups=_code)
def test_round_trip_with_the_servers_builder(server: str | None, groups: list[str]) -> None:
    code = "-".join(groups)
    public = config.public_url(server) if server is not None else None  # what the server puts into the QR code
    parsed = enrol_uri.parse(enrolqr.enrolment_uri(code, public))
    assert parsed == EnrolUri(code=code, server=public)
