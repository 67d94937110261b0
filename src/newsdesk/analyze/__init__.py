"""Understanding each article: entities, quotes, events, summary."""
