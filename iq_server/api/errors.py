"""The one place where errors become HTTP answers.

A :class:`~iq_server.errors.ServerError` is answered with the status of its class in ``STATUS`` and
``{"detail": message}``; any other (and an unmapped ServerError, such as a database failure) with 500
and a fixed text, logged by type only. Invalid requests name the field and the problem, never the
submitted value.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from iq_server.errors import (
    EnrolmentRefused,
    NotAuthenticated,
    OutdatedClient,
    ServerError,
    TooManyRequests,
    Unavailable,
    WrongSite,
)

log = logging.getLogger("iq_server")

#: Error class -> HTTP status (the first matching entry wins; unlisted errors are 500).
STATUS: tuple[tuple[type[ServerError], int], ...] = (
    (NotAuthenticated, 401),
    (EnrolmentRefused, 401),
    (WrongSite, 403),
    (OutdatedClient, 426),
    (TooManyRequests, 429),
    (Unavailable, 503),
)
INTERNAL = "internal server error; the admin can see the server log"


def status_of(exc: ServerError) -> int:
    return next((status for cls, status in STATUS if isinstance(exc, cls)), 500)


def headers_of(exc: ServerError) -> dict[str, str] | None:
    if isinstance(exc, NotAuthenticated):
        return {"WWW-Authenticate": "Bearer"}
    if isinstance(exc, TooManyRequests | Unavailable):
        return {"Retry-After": str(exc.retry_after)}
    return None


def _internal(request: Request, exc: BaseException) -> JSONResponse:
    log.error("internal error (%s) on %s %s", type(exc).__name__, request.method, request.url.path)
    return JSONResponse({"detail": INTERNAL}, status_code=500)


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServerError)
    status = status_of(exc)
    if status == 500:
        return _internal(request, exc.__cause__ or exc)
    return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers_of(exc))


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Name the field and the problem; never echo the submitted values back.
    detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()]
    return JSONResponse({"detail": detail[:20]}, status_code=422)


async def _crash(request: Request, exc: Exception) -> JSONResponse:
    return _internal(request, exc)


def add_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(ServerError, _server_error)
    app.add_exception_handler(Exception, _crash)
