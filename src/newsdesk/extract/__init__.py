"""Extraction: main text and metadata from HTML, boilerplate removal, sanitising."""
