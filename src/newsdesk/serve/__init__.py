"""Serving: the CLI, the web reader, the JSON API and feeds out."""
