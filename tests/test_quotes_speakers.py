"""Speakers of quotes with the real model: the parser's slips that speakers.py mends, and
quotes framed without a speech verb (analyser version 4). Sentences written for the tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXTS = {
    "dateline": "Miller speaks.\n\nCLEVELAND, July 19 (UPI) — Former Attorney General Jane "
                "Miller told delegates at the convention that the server should disqualify her.",
    "dateline_dash": "Miller speaks.\n\nRANGOON, Burma - Jane Miller's political allies on "
                     "Monday predicted an overwhelming victory in the elections.",
    "inverted": "Any clear interpretation of the deal, said Tom Baker, an expert on trade at the "
                "institute, would read this as a retreat.",
    "timestamp": "Live updates.\n\n3:15 p.m.\n\nGovernor Tom Baker says the bridge will reopen "
                 "next week after repairs.",
    "reads": "The union was defiant on Friday.\n\n\"We will not back down from this fight with "
             "the company,\" the union statement reads.",
    "mused": "The hearing ran late.\n\n\"Nobody in this room believes the numbers in that "
             "report,\" mused Senator Ann Lee.",
    "colon": "The mayor was blunt.\n\nMayor Ann Lee put it this way: \"This budget is dead on "
             "arrival at the council.\"",
    "interview": "Q: Will you run for the seat again next year?\nA: I have not decided yet, but "
                 "I am thinking about it.",
    "participle": "Jane Miller argued that the plan would raise taxes on families, saying it "
                  "was unfair to workers.",
    "short_first": "\"It is over,\" he said. \"We lost the vote and we will have to regroup for "
                   "next year.\"",
    "her_belief": "Jane Miller shared her belief that the new tax would fail in the senate.",
    "to_say": "Tom Baker went out of his way to say that the economy had hit bottom this year.",
    "long_cue": "\"The vote was never close in the end,\" said Tom Baker, who was the chief of staff to "
                "the governor for six years before he left for a job at the state university. \"We "
                "knew it on the first night.\"",
    "apposition": "One of the two men, Tom Baker, 70, said he was convinced the mill would close "
                  "by the end of the year.",
    "clause_holds_quote": "The army \"is rehearsing for the real thing,\" Tom Baker said in a speech at "
                          "a conference in Vienna. \"We are not going to hide it. The threat is real.\" "
                          "The country has a goal for 2027 that is seen by experts as ambitious.",
    "hoping": "Jane Miller is hoping that the council will approve the new budget next week.",
    "disclosed": "Tom Baker disclosed that the company had lost two million dollars last year.",
    "arguing": "Jane Miller said the tax has hurt small shops in the town, arguing that the council should "
               "scrap it.",
    "questioned": "Tom Baker, an audience member, said he makes $41,000 a year and questioned how he would be "
                  "helped by the plan.",
    "called_him": "At the rally on Friday, Tom Baker called him a reckless and dishonest man.",
    "glued": "\u201cWe will not raise taxes on working families this year,\u201dMiller said at the rally.",
}


@pytest.fixture(scope="module")
def quotes():
    from newsdesk.analyze import analyze_texts

    names = list(TEXTS)
    results = analyze_texts([TEXTS[n] for n in names])
    return {n: r["quotes"] for n, r in zip(names, results)}


def _only(quotes, name):
    assert len(quotes[name]) == 1, quotes[name]
    return quotes[name][0]


def test_a_dateline_before_the_dash_is_not_the_speaker(quotes):
    q = _only(quotes, "dateline")
    assert q["speaker"] == "Former Attorney General Jane Miller"
    assert q["speaker_canonical"] == "Jane Miller"
    assert _only(quotes, "dateline_dash")["speaker"] == "Jane Miller's political allies"


def test_a_name_after_an_inverted_speech_verb_is_the_speaker(quotes):
    q = _only(quotes, "inverted")
    assert (q["speaker"], q["cue"]) == ("Tom Baker", "said")


def test_a_timestamp_line_is_not_the_speaker(quotes):
    q = _only(quotes, "timestamp")
    assert q["speaker"] == "Governor Tom Baker"
    assert TEXTS["timestamp"][q["speaker_start"]:q["speaker_end"]] == q["speaker"]


def test_a_quote_ending_in_a_comma_takes_the_clause_after_it_whatever_its_verb(quotes):
    q = _only(quotes, "reads")
    assert (q["speaker"], q["cue"]) == ("the union statement", "reads")
    q = _only(quotes, "mused")
    assert (q["speaker_canonical"], q["cue"]) == ("Ann Lee", "mused")


def test_a_clause_ending_in_a_colon_introduces_the_quote(quotes):
    q = _only(quotes, "colon")
    assert q["speaker"] == "Mayor Ann Lee"
    assert q["direct"] is True


def test_interview_labels_q_and_a_are_no_speakers(quotes):
    assert all(q["speaker"] not in ("Q", "A") for q in quotes["interview"])


def test_a_participle_after_a_reported_clause_shares_the_reporting_subject(quotes):
    saying = [q for q in quotes["participle"] if q["cue"] == "saying"]
    assert saying and saying[0]["speaker"] == "Jane Miller"


def test_a_quote_after_a_short_quote_keeps_its_speech_verb(quotes):
    last = [q for q in quotes["short_first"] if q["text"].startswith("We lost the vote")]
    assert last and (last[0]["speaker"], last[0]["cue"]) == ("he", "said")


def test_a_possessive_on_the_object_points_to_the_subject(quotes):
    assert _only(quotes, "her_belief")["speaker"] == "Jane Miller"


def test_an_infinitive_speech_verb_takes_the_subject_of_the_sentence(quotes):
    assert _only(quotes, "to_say")["speaker"] == "Tom Baker"


def test_a_closing_quote_glued_to_the_speaker_still_gives_the_speaker(quotes):
    # web copy drops the space: ',”Miller said' is read as ', ” Miller said'
    quote = _only(quotes, "glued")
    assert quote["speaker"] == "Miller" and quote["cue"] == "said"
    assert quote["text"].startswith("We will not raise taxes")


def test_a_quote_resumed_after_a_long_speech_clause_is_one_attribution(quotes):
    # PolNeAR's reading: one cue, one source, a content in two parts
    quote = _only(quotes, "long_cue")
    first, second = quote["parts"]
    assert first["text"] == "The vote was never close in the end,"
    assert second["text"] == "We knew it on the first night."
    assert (quote["speaker"], quote["cue"]) == ("Tom Baker", "said")


def test_a_name_in_apposition_to_the_subject_is_the_speaker(quotes):
    quote = _only(quotes, "apposition")
    assert quote["speaker"] == "Tom Baker"
    assert TEXTS["apposition"][quote["speaker_start"]:quote["speaker_end"]] == "Tom Baker"


def test_a_quote_after_a_sentence_holding_a_quote_keeps_that_sentences_speaker(quotes):
    # not "experts" of the sentence after it ("is seen by experts as")
    resumed = [q for q in quotes["clause_holds_quote"] if "We are not going to hide it" in q["text"]]
    assert resumed and resumed[0]["speaker"] == "Tom Baker"


def test_hoping_is_read_as_hope_and_cues_what_is_hoped(quotes):
    # the model's lemmatizer gives "hoping" -> "hop"; nlp.LEMMA_FIXES sets it right
    quote = _only(quotes, "hoping")
    assert (quote["speaker"], quote["cue"]) == ("Jane Miller", "hoping")
    assert quote["text"].startswith("that the council will approve")


def test_verbs_the_polnear_train_split_marks_as_cues_are_cues(quotes):
    quote = _only(quotes, "disclosed")
    assert (quote["speaker"], quote["cue"]) == ("Tom Baker", "disclosed")


def test_a_speech_verb_hung_inside_what_was_said_starts_another_attribution(quotes):
    said, arguing = quotes["arguing"]
    assert (said["cue"], said["text"]) == ("said", "the tax has hurt small shops in the town")
    assert (arguing["cue"], arguing["speaker"]) == ("arguing", "Jane Miller")
    said, questioned = quotes["questioned"]
    assert said["text"] == "he makes $41,000 a year"
    assert (questioned["cue"], questioned["speaker"]) == ("questioned", "Tom Baker")


def test_a_pronoun_with_what_it_is_called_is_what_was_said(quotes):
    # "called him" alone names whom the speaker addressed; "called him a ..." labels him
    quote = _only(quotes, "called_him")
    assert (quote["speaker"], quote["cue"], quote["text"]) == ("Tom Baker", "called",
                                                               "him a reckless and dishonest man")
