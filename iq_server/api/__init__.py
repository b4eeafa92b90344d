"""The HTTP API (FastAPI): ``create_app`` (``app``), the routes (``routes``), shared dependencies (``deps``),
the error-to-status mapping (``errors``), the bodies (``schemas``), middleware and rate limits."""
