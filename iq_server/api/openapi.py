"""Print the OpenAPI document: ``python -m iq_server.api.openapi > docs/api/openapi.json``."""

from __future__ import annotations

import json
import sys
from typing import Any

from sqlalchemy import create_engine


def spec() -> dict[str, Any]:
    from iq_server.api.app import create_app

    return create_app(create_engine("sqlite://")).openapi()


def render() -> str:
    return json.dumps(spec(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
