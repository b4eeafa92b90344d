"""The HTTP API, versioned under /v1 (OpenAPI in docs/api/openapi.json): ``create_app`` wires the
routers (``api/routes``), the middleware and the error handlers (``api/errors``)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from iq_desktop.domain import wire
from iq_server.api.deps import AppState
from iq_server.api.errors import add_handlers
from iq_server.api.middleware import AccessLog, RequestGuard
from iq_server.api.routes import enrolment, health, records, sync_items
from iq_server.config import Limits
from iq_server.db.engine import Database


def create_app(db: Database, limits: Limits | None = None, schema_version: int = 1, *, docs: bool = False) -> FastAPI:
    """The API. ``docs`` serves /docs, /redoc and /openapi.json (``iq-server serve --docs``); off by
    default: the published document is docs/api/openapi.json."""
    limits = limits or Limits()
    app = FastAPI(
        title="IQ regional network server",
        version="1.0.0",
        description="Receives anonymous contributions (counts per published cell and period) from enrolled IQ "
        "Desktop devices. See docs/server.md.",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
    )
    app.state.iq = AppState.make(db, limits, schema_version)
    add_handlers(app)
    for router in (health.router, enrolment.router, records.router, sync_items.router):
        app.include_router(router)
    _add_payload_schemas(app)
    app.add_middleware(RequestGuard, max_bytes=limits.max_body_bytes, body_timeout=limits.body_timeout)
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
