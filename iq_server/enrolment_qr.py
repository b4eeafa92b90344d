"""What ``iq-server enrolment-code`` prints: the code, its expiry and, on a terminal, a QR code.

The QR code carries an enrolment URI (documented in docs/server.md)::

    iq-enrol:?server=https%3A%2F%2Fiq.example.org&code=AS5V-PMF3-...
    iq-enrol:?code=AS5V-PMF3-...            (when the server's public URL is not configured)

``server`` is present only when known (``--server-url`` or ``IQ_SERVER_PUBLIC_URL``). Both values are
percent-encoded query parameters. The code is a one-time secret: the QR code is shown only on a terminal,
never written to a file or a log.
"""

from __future__ import annotations

from datetime import datetime
from typing import TextIO
from urllib.parse import urlencode

SCHEME = "iq-enrol"


def enrolment_uri(code: str, server_url: str | None) -> str:
    params = [("server", server_url)] if server_url else []
    params.append(("code", code))
    return f"{SCHEME}:?{urlencode(params)}"


def qr_text(uri: str) -> str:
    """The QR code as Unicode block characters (two rows per line), with the standard quiet zone."""
    import io

    import segno

    buf = io.StringIO()
    segno.make(uri, error="m", micro=False).terminal(out=buf, compact=True)
    return buf.getvalue()


def print_code(
    code: str,
    expires: datetime,
    site_id: str,
    server_url: str | None,
    *,
    out: TextIO,
    err: TextIO,
    show_qr: bool,
) -> None:
    """The code alone on its own stdout line (so ``$(iq-server enrolment-code ...)`` captures it), the
    expiry on stderr, and the QR code before them when ``show_qr`` (stdout is a terminal)."""
    if show_qr:
        try:
            out.write(qr_text(enrolment_uri(code, server_url)))
            out.flush()
        except UnicodeEncodeError:
            err.write("(this terminal cannot show the QR code; type the code instead)\n")
    out.write(code + "\n")
    out.flush()
    err.write(f"one-time code for site {site_id}, valid until {expires:%Y-%m-%d %H:%M} UTC\n")
    if show_qr:
        where = f"server {server_url} and the code" if server_url else "the code only (no --server-url given)"
        err.write(f"the QR code carries {where}\n")
