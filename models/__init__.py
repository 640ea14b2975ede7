"""Forecasting and the copilot: they read through data/ and never import dash."""
