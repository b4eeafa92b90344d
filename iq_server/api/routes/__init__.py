"""The API's routes, one module per group; ``iq_server.api.app`` includes their routers."""
