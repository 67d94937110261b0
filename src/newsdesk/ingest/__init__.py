"""Ingest: from inputs (files, URLs, feeds) to stored articles, never the same one twice."""
