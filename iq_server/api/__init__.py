"""The HTTP API (FastAPI): the app, its routes, middleware and rate limits."""
