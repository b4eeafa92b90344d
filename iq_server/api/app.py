"""The HTTP API, versioned under /v1 (OpenAPI in docs/api/openapi.json)."""

import logging
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from iq_desktop.domain import wire
from iq_server.api.limits import FailureWindow, TokenBucket
from iq_server.api.middleware import AccessLog, BodyLimit
from iq_server.config import Limits
from iq_server.services import enrolment as admin
from iq_server.services import ingest

log = logging.getLogger("iq_server")


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolRequest(_Closed):
    code: str = Field(min_length=16, max_length=64, description="the one-time enrolment code from the admin")
    device_name: str | None = Field(default=None, max_length=60, pattern=r"^[\w .()-]{1,60}$")


class EnrolResponse(_Closed):
    device_id: str
    device_token: str = Field(description="send as 'Authorization: Bearer <token>'; shown once, stored hashed")
    site_id: str
    state: str
    network: str


class IncomingRecord(_Closed):
    """The frame of one record. Its payload is validated on its own against the wire schema
    (SessionPayload, TrainingPayload, EventPayload or RetractionPayload, see components): a payload
    that violates it rejects only that record."""

    record_id: UUID
    revision: int = Field(ge=1, le=1_000_000)
    schema_version: int = Field(default=wire.SCHEMA_VERSION, ge=1, le=1000)
    payload: dict[str, Any]


class IncomingBatch(_Closed):
    site_id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    records: list[IncomingRecord] = Field(min_length=1, max_length=wire.MAX_BATCH)


class Health(_Closed):
    status: str
    schema_version: int


class Problem(_Closed):
    detail: str


def _responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "the body is not readable JSON",
        401: "missing, unknown or revoked device token / enrolment code refused",
        403: "the batch is for another site than the device's",
        413: "request body too large",
        429: "too many requests; see Retry-After",
    }
    return {c: {"model": Problem, "description": text[c]} for c in codes}


def create_app(engine: Engine, limits: Limits | None = None, schema_version: int = 1) -> FastAPI:
    limits = limits or Limits()
    bucket = TokenBucket(limits.rate_per_minute, limits.rate_burst)
    enrol_failures = FailureWindow(limits.enrol_failures_per_minute)
    bearer = HTTPBearer(auto_error=False, description="the device token from POST /v1/enrol")

    app = FastAPI(
        title="IQ regional network server",
        version="1.0.0",
        description="Receives de-identified records from enrolled IQ Desktop devices. See docs/server.md.",
    )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Name the field and the problem; never echo the submitted values back.
        detail = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        return JSONResponse({"detail": detail[:20]}, status_code=422)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error (%s) on %s %s", type(exc).__name__, request.method, request.url.path)
        return JSONResponse({"detail": "internal server error; the admin can see the server log"}, status_code=500)

    def device(
        request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> admin.DeviceAuth:
        if creds is None or creds.scheme.lower() != "bearer":
            raise HTTPException(401, "missing device token", headers={"WWW-Authenticate": "Bearer"})
        auth = admin.authenticate(engine, creds.credentials)
        if auth is None:
            raise HTTPException(401, "unknown device token; enrol this device", headers={"WWW-Authenticate": "Bearer"})
        request.state.device_id = auth.device_id
        if auth.revoked:
            raise HTTPException(401, "this device has been revoked; ask your admin to enrol it again",
                                headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
        wait = bucket.take(auth.device_id)
        if wait:
            raise HTTPException(429, "too many requests from this device", headers={"Retry-After": str(wait)})
        return auth

    Auth = Annotated[admin.DeviceAuth, Depends(device)]

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return Health(status="ok", schema_version=schema_version)

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=_responses(400, 401, 413, 429))
    def enrol(body: EnrolRequest, request: Request) -> EnrolResponse:
        client = request.client.host if request.client else "unknown"
        wait = enrol_failures.retry_after(client)
        if wait:
            raise HTTPException(429, "too many failed enrolments; try again later", headers={"Retry-After": str(wait)})
        try:
            done = admin.enrol(engine, body.code, body.device_name)
        except admin.EnrolmentRefused as exc:
            enrol_failures.fail(client)
            raise HTTPException(401, str(exc)) from None
        request.state.device_id = done.device_id
        return EnrolResponse(
            device_id=done.device_id, device_token=done.device_token, site_id=done.site.site_id,
            state=done.site.state, network=done.site.network,
        )  # fmt: skip

    @app.post("/v1/records", response_model=wire.BatchResult, responses=_responses(400, 401, 403, 413, 429))
    def records(batch: IncomingBatch, auth: Auth, request: Request) -> Response:
        """Store a batch; each record gets its own status (stored, duplicate, superseded, retracted,
        rejected). The answer comes after the batch is committed to the database."""
        if batch.site_id != auth.site_id:
            raise HTTPException(403, f"this device writes only for site {auth.site_id}")
        # the frame is validated already; its payload is a plain JSON dict (no second dump of it)
        raw = [
            {"record_id": str(r.record_id), "revision": r.revision, "schema_version": r.schema_version,
             "payload": r.payload}
            for r in batch.records
        ]  # fmt: skip
        outcome = ingest.ingest(engine, auth, raw)
        request.state.counts = outcome.counts
        # built from validated RecordResults: serialised once, not dumped and re-validated by the framework
        body = wire.BatchResult(results=outcome.results).model_dump_json()
        return Response(body, media_type="application/json")

    @app.get("/v1/sync-state", response_model=wire.SyncState, responses=_responses(401, 429))
    def sync_state(auth: Auth) -> wire.SyncState:
        """The records this device delivered, as held now: their count and ``wire.sync_digest`` over
        (record id, current revision), retracted records included. A record is counted for the
        device that delivered its current revision."""
        count, pairs = ingest.sync_state(engine, auth.device_id)
        return wire.SyncState(count=count, digest=wire.sync_digest(pairs))

    _add_payload_schemas(app)
    app.add_middleware(BodyLimit, max_bytes=limits.max_body_bytes)
    app.add_middleware(AccessLog)
    return app


def _add_payload_schemas(app: FastAPI) -> None:
    """Publish the wire payload schemas in the OpenAPI components for client authors."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = base()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        env = wire.RecordEnvelope.model_json_schema(ref_template="#/components/schemas/{model}", mode="validation")
        for name, schema in env.pop("$defs", {}).items():
            schemas.setdefault(name, schema)
        schemas.setdefault("RecordEnvelope", env)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
