"""Analysis without the model: quotation finding, storage, reanalysis, show, missing model."""

from __future__ import annotations

import json

import pytest

from newsdesk.analyze.quotes import find_direct_quotes


def spans_text(text):
    return [text[s:e] for s, e in find_direct_quotes(text)]


def test_direct_quote_spanning_paragraphs_is_one_quote():
    text = ('He spoke at length. "The first part of what I say goes on here.\n'
            '"And the second part continues in the next paragraph," he said.\n'
            'Then he left.')
    spans = find_direct_quotes(text)
    assert len(spans) == 1
    s, e = spans[0]
    assert text[s:e].startswith("The first part")
    assert text[s:e].endswith("next paragraph,")


def test_split_quote_gives_two_quotes_with_curly_marks():
    text = "“We will raise them with our counterparts as well,” she went on. “We remain ready to act.”"
    assert spans_text(text) == ["We will raise them with our counterparts as well,",
                                "We remain ready to act."]


def test_typewriter_double_apostrophes_mark_a_quote():
    text = "''We're taking a longer view of what we are building,'' Mr. Pruzan said."
    assert spans_text(text) == ["We're taking a longer view of what we are building,"]


def test_scare_quotes_are_not_quotes():
    text = 'The partnership was "no-limits" and the threat "real", officials said.'
    assert find_direct_quotes(text) == []


def test_unclosed_quote_does_not_swallow_the_next_paragraph():
    text = 'He said "this is never closed in this paragraph\nA new paragraph without a quote mark.'
    assert find_direct_quotes(text) == []


def test_a_quote_in_two_parts_displays_only_the_quoted_words():
    from newsdesk.analyze import quoted_words

    text = "“We will raise them with our counterparts,” she went on in Brussels. “We remain ready to act.”"
    first, second = spans_text(text)
    a, b = text.index(first), text.index(second)
    quote = {"text": text[a:b + len(second)], "start": a, "end": b + len(second),
             "parts": [{"text": first, "start": a, "end": a + len(first)},
                       {"text": second, "start": b, "end": b + len(second)}]}
    assert quoted_words(quote) == "We will raise them with our counterparts … We remain ready to act."
    assert quoted_words({"text": first, "parts": quote["parts"][:1]}) == first


def test_missing_model_is_one_line_error_with_install_hint():
    from newsdesk.analyze.nlp import load_nlp
    from newsdesk.errors import ModelMissingError

    with pytest.raises(ModelMissingError) as info:
        load_nlp("no_such_model_xyz")
    line = info.value.one_line()
    assert "\n" not in line
    assert "pip install" in line


def _result(version="1", canonical="Kaja Kallas"):
    return {"version": version, "language": "en",
            "entities": [{"text": "Kallas", "label": "PERSON", "kind": "person",
                          "canonical": canonical, "code": None, "start": 0, "end": 6},
                         {"text": "Prague", "label": "GPE", "kind": "country",
                          "canonical": "Czech Republic", "code": "CZ", "start": 16, "end": 22},
                         {"text": "she", "label": "PRON", "kind": "person",
                          "canonical": canonical, "code": None, "start": 30, "end": 33}],
            "quotes": [], "events": [], "summary": [], "keywords": ["cyberattack"]}


def _article(store, title, text="Kallas said in Prague that she would act."):
    from newsdesk.models import Article

    return store.insert_article(Article(title=title, text=text, content_hash=title), None)


def test_analysis_is_stored_with_entities_and_mentions(store):
    a = _article(store, "one")
    b = _article(store, "two")
    store.save_analysis(a, _result())
    store.save_analysis(b, _result())
    assert store.get_analysis(a)["keywords"] == ["cyberattack"]
    assert store.get_analysis(9999) is None
    entities = store.article_entities(a)
    assert entities[0]["canonical"] == "Kaja Kallas" and entities[0]["mentions"] == 2
    czech = next(e for e in entities if e["kind"] == "country")
    assert czech["code"] == "CZ"
    assert store.get_entity(czech["id"])["canonical"] == "Czech Republic"
    found = store.find_entities("prague")  # a mention's text finds its entity
    assert [e["canonical"] for e in found] == ["Czech Republic"]
    assert sorted(store.entity_article_ids(czech["id"])) == [a, b]
    assert len(store.entity_article_ids(czech["id"], limit=1)) == 1


def test_saving_again_replaces_mentions(store):
    a = _article(store, "one")
    store.save_analysis(a, _result())
    store.save_analysis(a, _result(canonical="Someone Else"))
    assert {e["canonical"] for e in store.article_entities(a)} == {"Someone Else",
                                                                   "Czech Republic"}


def test_reanalyze_only_reruns_outdated_articles(store, config, monkeypatch):
    from newsdesk.analyze import pipeline, stage

    old, current, fresh = (_article(store, t) for t in ("old", "current", "fresh"))
    store.save_analysis(old, _result(version="0"))
    store.save_analysis(current, _result(version=pipeline.ANALYZER_VERSION))
    seen = []

    def fake_analyze(texts, dates=None, **options):
        seen.append(len(texts))
        return [_result(version=pipeline.ANALYZER_VERSION) for _ in texts]

    monkeypatch.setattr(pipeline, "analyze_texts", fake_analyze)
    assert store.articles_needing_analysis(pipeline.ANALYZER_VERSION) == [old, fresh]
    assert stage.reanalyze(store, config) == 2
    assert store.articles_needing_analysis(pipeline.ANALYZER_VERSION) == []
    assert stage.reanalyze(store, config) == 0
    assert stage.reanalyze(store, config, everything=True) == 3
    assert seen == [2, 3]


def test_show_prints_stored_analysis(store, tmp_path, capsys):
    from newsdesk.serve.cli import main

    a = _article(store, "one")
    result = _result()
    result["quotes"] = [{"text": "we will act", "start": 0, "end": 11, "speaker": "Kallas",
                         "speaker_start": 0, "speaker_end": 6, "cue": "said", "direct": True,
                         "speaker_canonical": "Kaja Kallas"}]
    result["summary"] = [{"text": "Kallas said in Prague that she would act.", "start": 0,
                          "end": 41}]
    store.save_analysis(a, result)
    db = str(tmp_path / "test.db")
    assert main(["--db", db, "show", str(a)]) == 0
    out = capsys.readouterr().out
    assert "Kaja Kallas (person)" in out and "Czech Republic (country)" in out
    assert 'Kaja Kallas: "we will act"' in out
    assert main(["--db", db, "show", str(a), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["analysis"]["quotes"][0]["speaker_canonical"] == "Kaja Kallas"


def test_analyze_stage_runs_after_store_and_before_stories():
    from newsdesk.ingest.stages import STAGES, check_order

    names = [s.name for s in STAGES]
    assert names[0] == "analyze"
    check_order(STAGES)


def test_non_english_text_gets_its_language_and_no_english_analysis(monkeypatch):
    from newsdesk.analyze import pipeline

    def no_model():
        raise AssertionError("the English model must not run on French text")

    monkeypatch.setattr(pipeline, "load_nlp", no_model)
    text = ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, "
            "qui sera présentée au Parlement le mois prochain selon le ministre. Les syndicats "
            "ont aussitôt appelé à une grève nationale et à des manifestations dans tout le pays.")
    [result] = pipeline.analyze_texts([text])
    assert result["language"] == "fr"
    assert result["entities"] == [] and result["quotes"] == []
    assert result["version"] == pipeline.ANALYZER_VERSION


def test_cli_analyze_without_model_says_how_to_install_in_one_line(tmp_path, monkeypatch,
                                                                     capsys):
    from newsdesk.analyze import nlp
    from newsdesk.serve.cli import main

    monkeypatch.setattr(nlp, "MODEL", "no_such_model_xyz")
    path = tmp_path / "a.txt"
    path.write_text("Mark Rutte said NATO was ready to act on Monday.", encoding="utf-8")
    assert main(["analyze", str(path)]) == 7
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no_such_model_xyz" in err[0] and "pip install" in err[0]
