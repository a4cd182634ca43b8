"""The support-line pilot: HTTP service, web chat page, sessions (installed with the [server] extra)."""
