"""Staff backend (FastAPI), the CLI and the composition root."""
