"""The app factory uvicorn calls in every server process (``iq-server serve``, also with ``--workers N``).

``iq-server serve`` puts its settings into the environment before uvicorn starts the processes:
``IQ_SERVER_DATABASE_URL`` (resolved from ``--db``) and ``IQ_SERVER_DOCS`` (``1`` with ``--docs``).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from iq_server import config
from iq_server.api.app import create_app
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate


def create() -> FastAPI:
    db = Database.open(config.resolve_db_url(None))
    version = migrate(db)  # up to date already (serve migrated first): reads the version
    return create_app(db, config.Limits.from_env(), version, docs=os.environ.get("IQ_SERVER_DOCS") == "1")
