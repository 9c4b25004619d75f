"""The dialog engine (pure, no I/O) and the dialog scripts it runs."""
