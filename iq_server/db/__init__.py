"""The server's database: engines (SQLite, PostgreSQL), table models, migrations. The only SQL of the server."""
