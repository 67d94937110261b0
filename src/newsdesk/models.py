"""The data types that flow through the pipeline: sources -> ingest -> store -> serve."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    """One news article, as found in an input and then as stored.

    ``published`` and ``fetched`` are UTC ISO 8601 strings (``2025-05-28T14:00:00+00:00``).
    ``url`` is the canonical URL; ``aliases`` are other URLs known to lead to it.
    """

    title: str
    text: str
    url: str | None = None
    byline: str | None = None
    published: str | None = None
    outlet: str | None = None  # the outlet's name, e.g. "Le Monde"
    domain: str | None = None  # the outlet's domain, e.g. "lemonde.fr"
    language: str | None = None
    description: str | None = None
    fetched: str | None = None
    source: str | None = None  # kind of input: feed, page, pagedump, record
    aliases: list[str] = field(default_factory=list)
    content_hash: str | None = None
    minhash: bytes | None = None  # MinHash signature of the text's word shingles
    id: int | None = None
    duplicate_of: int | None = None
    feed_id: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Feed:
    url: str
    title: str | None = None
    site_url: str | None = None
    id: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    interval: int | None = None  # seconds; None = the setting's default
    next_poll: str | None = None
    last_polled: str | None = None
    last_status: int | None = None
    error_count: int = 0
    last_error: str | None = None
    category: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class IngestReport:
    """What one ingest call did, for the CLI and the tests."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0  # near-duplicates of another outlet's article, linked
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)  # added or updated: what stages must see

    def merge(self, other: "IngestReport") -> None:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.duplicates += other.duplicates
        self.warnings += other.warnings
        self.errors += other.errors
        self.article_ids += other.article_ids
        self.changed_ids += other.changed_ids
