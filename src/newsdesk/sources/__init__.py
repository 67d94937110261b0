"""Sources: what comes in (feeds, web pages, aggregator page dumps, article records, OPML)."""
