"""Pure functions that turn plain rows into layout and figures (no database, no callbacks)."""
