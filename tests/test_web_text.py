"""Text helpers of the reader: relative times, addressable sentences, chart buckets."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsdesk.serve.web.data import _third_person
from newsdesk.serve.web.text import relative_time, sentence_at, sentence_paragraphs, time_counts

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def test_relative_times_read_like_an_aggregator():
    assert relative_time("2025-06-01T11:00:00+00:00", NOW) == "an hour ago"
    assert relative_time("2025-06-01T10:00:00Z", NOW) == "2 hours ago"
    assert relative_time("2025-05-31T12:00:00+00:00", NOW) == "a day ago"
    assert relative_time("2025-06-01T11:59:30+00:00", NOW) == "just now"
    assert relative_time("2017-12-30T00:00:00", NOW) == "7 years ago"
    assert relative_time(None, NOW) == "" and relative_time("not a date", NOW) == ""


def test_sentences_keep_their_character_offsets():
    text = 'First one here. "A quote," he said. Third.\n\nNew paragraph! Yes.'
    paras = sentence_paragraphs(text)
    assert len(paras) == 2
    for para in paras:
        for s in para:
            assert text[s.start:s.end] == s.text
    assert [s.text for s in paras[0]] == ["First one here.", '"A quote," he said.', "Third."]


def test_a_summary_span_becomes_its_own_sentence_even_mid_sentence():
    text = "The EU said it was ready to act and China said nothing at all today."
    start = text.index("China")
    paras = sentence_paragraphs(text, anchors=[(start, len(text))])
    marked = [s for s in paras[0] if s.marked]
    assert [(s.start, s.text) for s in marked] == [(start, "China said nothing at all today.")]
    assert sentence_at(paras, start + 3) == start


def test_chart_buckets_fit_the_span():
    hours = time_counts(["2025-06-01T10:00:00Z", "2025-06-01T12:30:00Z"])
    assert hours == [("2025-06-01 10:00", 1), ("2025-06-01 11:00", 0), ("2025-06-01 12:00", 1)]
    years = time_counts(["2017-12-01T00:00:00Z", "2025-06-01T00:00:00Z"])
    assert years[0] == ("2017", 1) and years[-1] == ("2025", 1) and len(years) == 9
    assert time_counts([None, ""]) == []


def test_event_types_read_as_verbs():
    assert _third_person("threaten") == "threatens"
    assert _third_person("accuse") == "accuses"
    assert _third_person("reach") == "reaches"
    assert _third_person("deny") == "denies"
    assert _third_person("make statement") == "makes statement"


def test_a_grown_story_is_served_from_its_previous_view_while_it_refreshes(monkeypatch):
    import threading

    from newsdesk.serve.web import data

    views = pytest.importorskip("newsdesk.stories.views", reason="stories have not landed")
    calls, release = [], threading.Event()

    def fake_view(store, story_id):
        calls.append(story_id)
        if len(calls) > 1:
            release.wait(5)
        return {"summary": [{"text": f"view {len(calls)}"}]}

    monkeypatch.setattr(views, "story_view", fake_view)
    store = type("S", (), {"path": "mem-test"})()
    first = data._story_view(store, {"id": 1, "article_count": 2, "last_seen": "a"})
    assert first["summary"][0]["text"] == "view 1"
    grown = data._story_view(store, {"id": 1, "article_count": 3, "last_seen": "b"})
    assert grown is first  # stale, not blocked
    release.set()
    for _ in range(100):
        if not data._REFRESHING:
            break
        threading.Event().wait(0.02)
    again = data._story_view(store, {"id": 1, "article_count": 3, "last_seen": "b"})
    assert again["summary"][0]["text"] == "view 2"


def test_story_quotes_keep_the_quoted_words_of_a_quote_in_two_pieces():
    from newsdesk.serve.web.data import quotes_by_speaker

    # a story view's quote: the whole span as text, its quoted words already joined (no parts)
    view_quote = {"speaker": "Kaja Kallas", "text": 'We will raise them," she went on. "We remain ready.',
                  "quoted": "We will raise them … We remain ready."}
    group, = quotes_by_speaker([view_quote])
    assert group["quotes"][0]["quoted"] == "We will raise them … We remain ready."
