"""Print the OpenAPI document: ``python -m iq_server.api.openapi > docs/api/openapi.json``."""

from __future__ import annotations

import json
import sys
from typing import Any

from iq_server.api.app import create_app
from iq_server.db.engine import Database


def spec() -> dict[str, Any]:
    return create_app(Database.open("sqlite://")).openapi()


def render() -> str:
    return json.dumps(spec(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
