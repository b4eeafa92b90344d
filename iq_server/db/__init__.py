"""The server's database and the only SQL of the server: the engine and the :class:`~iq_server.db.engine.Database`
handle (``engine``), table models (``models``), migrations (``migrations``) and the queries per table group
(``sites``, ``devices``, ``records``, ``reports``). SQLAlchemy errors leave this package as ``DatabaseError``."""
