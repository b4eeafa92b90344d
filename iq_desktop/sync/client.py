"""The HTTP client for the regional server's ``/v1`` API.

* TLS is verified against the system's trust store, or against the network's own CA bundle
  (``verify=ca_bundle``). Plain http is refused except to this computer (127.0.0.1, localhost, ::1).
  A certificate that cannot be verified is :class:`TlsProblem` (one line saying why and what to do);
  a configured CA bundle that has gone missing is :class:`CaBundleUnusable`.
* Timeouts: connect 10 s, read 30 s.
* Redirects are never followed (:class:`Redirected`): a 3xx answer is an error naming the address.
* Answers are classified strictly: a batch answer is trusted only if it is a 200/201 JSON
  :class:`~iq_desktop.domain.wire.BatchResult` with exactly one result for every record sent (same
  id and revision). Anything else is :class:`Unclear` and nothing is marked sent.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from pydantic import ValidationError

from iq_desktop.domain.sync_outcome import RetryCause
from iq_desktop.domain.wire import SCHEMA_VERSION, BatchResult, HeldItem, RecordResult, SyncItems, SyncState
from iq_desktop.sync.errors import (
    AppOutdated,
    DeviceRevoked,
    EnrolmentFailed,
    InsecureServer,
    Refused,
    Retryable,
    SyncError,
    TooLarge,
    Unclear,
    WrongSite,
)

log = logging.getLogger(__name__)

#: A server that is down or unreachable is reported within seconds (3.05: just over a TCP retransmit
#: window, as requests advises); an answer may take longer (READ_TIMEOUT).
CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 30.0
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 15 * 60.0


CA_HINT = (
    "if the regional network uses its own certificate authority, give its CA certificate (a PEM file from "
    "the network's administrator) with --ca-bundle FILE, or in the CA bundle field when enrolling in the app"
)
_UNTRUSTED = frozenset({2, 18, 19, 20, 21, 27, 28})  # X509_V_ERR_*: issuer unknown, self-signed, untrusted
_NOT_NOW = frozenset({9, 10})  # not yet valid, expired
_WRONG_HOST = frozenset({62, 64})  # hostname / IP address mismatch


class TlsProblem(Retryable):
    """The server's certificate could not be verified (or the CA bundle is not a certificate file).
    Retryable in a sync (a captive portal may be in the way); the reason says what to do."""

    cause = RetryCause.TLS


class Redirected(SyncError):
    """The server answered with a redirect (3xx). Never followed: a redirect could send the enrolment
    code, the device token or a batch to another host, or over plain http. A configuration problem
    (the address), not a temporary failure."""

    problem = "redirect"

    def __init__(self) -> None:
        super().__init__("the server answered with a redirect; check the server address")


class CaBundleUnusable(SyncError):
    """The CA bundle configured at enrolment can no longer be read; sync cannot go on until someone acts."""

    def __init__(self, ca_bundle: str) -> None:
        super().__init__(
            f"The network's CA bundle chosen at enrolment ({os.path.basename(ca_bundle)}) can no longer be read; "
            "put the file back, or enrol again with --ca-bundle FILE; records stay queued"
        )


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (causes, contexts, urllib3 ``reason``s, exception args)."""
    seen: list[BaseException] = []
    stack: list[object] = [exc]
    while stack and len(seen) < 20:
        x = stack.pop()
        if not isinstance(x, BaseException) or any(x is y for y in seen):
            continue
        seen.append(x)
        stack += [x.__cause__, x.__context__, getattr(x, "reason", None), *x.args]
    return seen


def tls_reason(exc: BaseException, ca_bundle: str | None) -> str:
    """One line: why the TLS connection failed and what to do. Never a path, payload or token."""
    chain = _chain(exc)
    verify = next((x for x in chain if isinstance(x, ssl.SSLCertVerificationError)), None)
    if verify is not None:
        code = getattr(verify, "verify_code", None)
        detail = str(getattr(verify, "verify_message", "") or "").strip().rstrip(".")[:120]
        detail = f" ({detail})" if detail else ""
        if code in _NOT_NOW:
            return (f"the server's TLS certificate is not valid at this laptop's current time{detail}; check the "
                    "laptop's date and time, otherwise tell the network's administrator")  # fmt: skip
        if code in _WRONG_HOST:
            return f"the server's TLS certificate is not for this address{detail}; check the server address"
        trusted_by = "the configured CA bundle" if ca_bundle else "this laptop"
        if code in _UNTRUSTED:
            return f"the server's TLS certificate is not signed by a certificate authority {trusted_by} trusts" \
                   f"{detail}; {CA_HINT}"  # fmt: skip
        return f"the server's TLS certificate could not be verified{detail}; {CA_HINT}"
    ssl_errors = [x for x in chain if isinstance(x, ssl.SSLError)]
    if ca_bundle and any(getattr(x, "library", None) in ("X509", "PEM") for x in ssl_errors):
        return ("the CA bundle is not a usable certificate file; give the network's CA certificate in PEM format "
                "with --ca-bundle FILE")  # fmt: skip
    return f"the server's TLS certificate could not be verified (the secure connection failed); {CA_HINT}"


def check_url(url: str) -> str:
    """The server's base URL, normalised; raises :class:`InsecureServer` for plain http elsewhere."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if not host or parts.scheme not in ("https", "http"):
        raise InsecureServer()
    if parts.scheme == "http" and host not in LOCAL_HOSTS:
        raise InsecureServer()
    return url.strip().rstrip("/")


@dataclass(frozen=True, slots=True)
class OutgoingRecord:
    """One frozen outbox entry, ready to go: ``payload`` is the exact JSON text that leaves."""

    record_id: str
    revision: int
    payload: str
    schema_version: int = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class Enrolment:
    device_id: str
    device_token: str
    site_id: str
    state: str
    network: str


def retry_after_seconds(response: requests.Response) -> float | None:
    """Retry-After in seconds (delta or HTTP date, measured against the server's own Date header so a
    wrong laptop clock does not matter), capped at 15 minutes."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
        server_now = parsedate_to_datetime(response.headers["Date"])
        return max(0.0, min((when - server_now).total_seconds(), MAX_RETRY_AFTER))
    except (KeyError, TypeError, ValueError):
        return None


def _short_reason(response: requests.Response) -> str:
    """The server's ``detail`` if short and plain; never the request."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    text = detail if isinstance(detail, str) else ""
    return f"HTTP {response.status_code}" + (f": {text[:200]}" if text else "")


def encode_batch(site_id: str, records: Sequence[OutgoingRecord]) -> bytes:
    """The request body: the frozen payload text is spliced in unchanged (exactly what the outbox shows)."""
    parts = [
        f'{{"record_id":{json.dumps(r.record_id)},"revision":{int(r.revision)},'
        f'"schema_version":{int(r.schema_version)},"payload":{r.payload}}}'
        for r in records
    ]
    return f'{{"site_id":{json.dumps(site_id)},"records":[{",".join(parts)}]}}'.encode()


class SyncClient:
    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
    ) -> None:
        self.base = check_url(server_url)
        self.timeout = timeout
        self.ca_bundle = ca_bundle
        self.session = requests.Session()
        self.session.verify = ca_bundle or True
        self.session.trust_env = False  # no proxies/netrc from the environment: the network's CA, not ours
        self.session.headers["User-Agent"] = "iq-desktop-sync/1"
        self.server_date: datetime | None = None  # the Date header of the last answer (the server's clock)
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport -----------------------------------------------------------------------------

    def _request(
        self, method: str, path: str, *, data: bytes | None = None, json_body: Any = None
    ) -> requests.Response:
        headers = {"Content-Type": "application/json"} if data is not None else None
        if self.ca_bundle and not os.path.exists(self.ca_bundle):
            raise CaBundleUnusable(self.ca_bundle)
        try:
            response = self.session.request(
                method,
                self.base + path,
                data=data,
                json=json_body,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,  # never: see Redirected
            )
        except requests.exceptions.SSLError as exc:
            raise TlsProblem(tls_reason(exc, self.ca_bundle)) from exc
        except requests.exceptions.Timeout as exc:
            raise Retryable("the server did not answer in time", cause=RetryCause.TIMEOUT) from exc
        except requests.exceptions.RequestException as exc:
            raise Retryable("the server could not be reached") from exc
        except OSError as exc:  # requests: "Could not find a suitable TLS CA certificate bundle"
            if self.ca_bundle:
                raise CaBundleUnusable(self.ca_bundle) from exc
            raise Retryable("the server could not be reached") from exc
        with contextlib.suppress(KeyError, TypeError, ValueError):
            self.server_date = parsedate_to_datetime(response.headers["Date"])
        status = response.status_code
        if 300 <= status < 400:
            raise Redirected()
        if status == 401:
            raise DeviceRevoked()
        if status == 403:
            raise WrongSite()
        if status == 413:
            raise TooLarge()
        if status in RETRY_STATUSES or status >= 500:
            cause = {429: RetryCause.RATE_LIMITED, 408: RetryCause.TIMEOUT}.get(status, RetryCause.SERVER)
            raise Retryable(f"the server answered HTTP {status}", retry_after_seconds(response), cause=cause)
        return response

    # --- API -------------------------------------------------------------------------------------

    def health(self) -> bool:
        try:
            self.probe()
        except (Retryable, DeviceRevoked, WrongSite, TooLarge):
            return False
        return True

    def probe(self) -> None:
        """Ask ``/v1/health``; raises :class:`Retryable` (with its ``cause``) or :class:`SyncError`
        (e.g. :class:`CaBundleUnusable`) when the server cannot be used, so the caller can say why."""
        response = self._request("GET", "/v1/health")
        if response.status_code != 200:
            raise Unclear(f"unexpected answer HTTP {response.status_code} to the health check")

    def enrol(self, code: str, *, device_name: str | None = None) -> Enrolment:
        body: dict[str, Any] = {"code": code.strip()}
        if device_name:
            body["device_name"] = device_name
        try:
            response = self._request("POST", "/v1/enrol", json_body=body)
        except (DeviceRevoked, WrongSite) as exc:
            raise EnrolmentFailed(
                "The enrolment code was not accepted (wrong, used or expired); ask for a new one.", "code_refused"
            ) from exc
        except TlsProblem as exc:
            raise EnrolmentFailed(f"Enrolment failed: {exc.reason}.", "tls") from exc
        except Redirected as exc:
            raise EnrolmentFailed(f"Enrolment failed: {exc}.", "redirect") from exc
        except Retryable as exc:
            raise EnrolmentFailed(
                f"Enrolment failed: {exc.reason}. Check the address and try again.", "unreachable"
            ) from exc
        if response.status_code == 429:
            raise EnrolmentFailed("Too many enrolment attempts; wait a few minutes and try again.", "rate_limited")
        if response.status_code not in (200, 201):
            raise EnrolmentFailed(
                f"The enrolment code was not accepted ({_short_reason(response)}); check it or ask for a new one.",
                "code_refused",
            )
        try:
            data = response.json()
            return Enrolment(
                device_id=str(data["device_id"]),
                device_token=str(data["device_token"]),
                site_id=str(data["site_id"]),
                state=str(data.get("state", "")),
                network=str(data.get("network", "")),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise EnrolmentFailed("The server's answer to the enrolment was not understood.", "not_understood") from exc

    def post_batch(self, site_id: str, records: Sequence[OutgoingRecord]) -> list[RecordResult]:
        """Send one batch; return one result per record (same order as sent) or raise."""
        response = self._request("POST", "/v1/records", data=encode_batch(site_id, records))
        status = response.status_code
        if status == 426:
            raise AppOutdated()
        if status in (400, 422):
            raise Refused(status, _short_reason(response))
        if status not in (200, 201):
            raise Unclear(f"unexpected answer HTTP {status}")
        try:
            result = BatchResult.model_validate_json(response.content)
        except ValidationError as exc:
            raise Unclear("the server's answer was not a complete batch result") from exc
        return match_results(records, result.results)

    def sync_state(self) -> SyncState:
        response = self._request("GET", "/v1/sync-state")
        if response.status_code != 200:
            raise Unclear(f"unexpected answer HTTP {response.status_code}")
        try:
            return SyncState.model_validate_json(response.content)
        except ValidationError as exc:
            raise Unclear("the server's sync state was not understood") from exc

    def sync_items(self) -> list[HeldItem]:
        """Every item the server holds for this device (``GET /v1/sync-state/items``)."""
        response = self._request("GET", "/v1/sync-state/items")
        if response.status_code != 200:
            raise Unclear(f"unexpected answer HTTP {response.status_code} to the item list")
        try:
            return SyncItems.model_validate_json(response.content).items
        except ValidationError as exc:
            raise Unclear("the server's item list was not understood") from exc


def match_results(records: Sequence[OutgoingRecord], results: Sequence[RecordResult]) -> list[RecordResult]:
    """Pair every sent record with exactly one result; anything missing, extra or mismatched is Unclear."""
    if len(results) != len(records):
        raise Unclear(f"the server answered for {len(results)} of {len(records)} records")
    by_key: dict[tuple[str, int], RecordResult] = {}
    for r in results:
        key = (str(r.record_id), r.revision)
        if key in by_key:
            raise Unclear("the server answered twice for one record")
        by_key[key] = r
    out = []
    for rec in records:
        found = by_key.get((rec.record_id.lower(), rec.revision))
        if found is None:
            raise Unclear("the server's answer does not match the records sent")
        out.append(found)
    return out
