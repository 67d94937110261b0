"""Stories across outlets: online clustering, related articles with reasons, story views, search."""
