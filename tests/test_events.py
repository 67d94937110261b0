"""Events, who did what to whom: verb lexicon, actors, dates, and the seed article's must-have events."""

import pytest

from newsdesk.analyze.actors import resolve_actor
from newsdesk.analyze.events import sentence_date
from newsdesk.analyze.triggers import lexicon as _lexicon

from .conftest import SEED


# ---- fast: lexicon, actors, dates ------------------------------------------------------------

def test_verb_lexicon_maps_cameo_codes_to_plover_types():
    lexicon = _lexicon()
    assert lexicon.verb_code("threaten", [])[0] == "130"
    assert lexicon.verb_code("slap", [("sanctions", "sanction")]) == ("163", True)
    assert lexicon.plover_type("130") == "THREATEN"
    assert lexicon.plover_type("112") == "ACCUSE"
    assert lexicon.plover_type("1831") == "ASSAULT"
    assert lexicon.plover_type("010") is None  # public statements are not PLOVER events


@pytest.mark.parametrize("text,label,code", [
    ("the Czech Foreign Ministry", None, "CZEGOV"), ("Prague", "GPE", "CZEGOV"), ("Beijing", "GPE", "CHNGOV"),
    ("China", "GPE", "CHN"), ("the EU", "ORG", "IGOEUREEC"), ("High Representative Kaja Kallas", "PERSON", "IGOEUREEC"),
    ("Afghan rebels", None, "AFGREB"), ("the Israeli army", None, "ISRMIL"), ("US President Donald Trump", "PERSON", "USAGOV"),
])
def test_actor_codes_combine_country_and_role(text, label, code):
    assert resolve_actor(text, label).code == code


def test_unknown_mentions_give_no_actor():
    assert resolve_actor("the weather") is None
    assert resolve_actor("") is None


def test_a_text_named_after_a_capital_is_no_actor_of_its_state():
    assert resolve_actor("the Lisbon Treaty") is None
    assert resolve_actor("the Lusaka Protocol") is None
    assert resolve_actor("Lisbon", "GPE").code == "PRTGOV"
    assert resolve_actor("the Bosnian peace accord").code == "BIH"  # named after the state it settles
    assert resolve_actor("a U.N. General Assembly resolution").code == "IGOUNO"


@pytest.mark.parametrize("text,published,expected", [
    ("The EU said on Wednesday it was ready.", "2025-05-30", "2025-05-28"),
    ("Talks resumed today.", "2025-05-30", "2025-05-30"),
    ("It happened yesterday.", "2025-05-30", "2025-05-29"),
    ("The attack began on 12 March 2022.", None, "2022-03-12"),
    ("Talks are set for June 3.", "2025-05-30", "2024-06-03"),
    ("Nothing dated here.", "2025-05-30", None),
    ("On Wednesday they met.", None, None),
])
def test_sentence_dates_are_stated_or_inferred_from_the_article_date(text, published, expected):
    assert sentence_date(text, published) == expected


# ---- slow: the real model ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from newsdesk.analyze.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def seed_events(nlp):
    from newsdesk.analyze.events import extract_events

    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Kallas threatens sanctions"))
    text = "\n\n".join(line for line in lines[start:start + 16] if line.strip())
    doc = nlp(text)
    return text, extract_events(doc, [], "2025-05-30")


@pytest.mark.slow
def test_seed_eu_threatens_china_with_sanctions(seed_events):
    text, events = seed_events
    threats = [e for e in events if e["type"] == "THREATEN" and e["target"]["code"] == "CHN"
               and e["source"]["code"] == "IGOEUREEC"]
    assert threats, events
    event = threats[0]
    assert event["source"]["canonical"] in ("European Union", "Kaja Kallas")
    assert text[event["start"]:event["end"]] == event["text"]
    assert event["cue"] in event["text"]


@pytest.mark.slow
def test_seed_czech_republic_accuses_china_over_the_cyberattack(seed_events):
    _, events = seed_events
    accusations = [e for e in events if e["type"] == "ACCUSE" and e["source"]["code"]
                   and e["source"]["code"].startswith("CZE") and (e["target"]["code"] or "").startswith("CHN")]
    assert accusations, events
    assert "cyber" in accusations[0]["text"]


@pytest.mark.slow
def test_threatened_to_slap_sanctions_is_a_threat_with_an_inherited_subject(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("The European Union threatened to slap sanctions on Russia on Monday.")
    events = extract_events(doc, [], "2025-05-30")
    top = max(events, key=lambda e: e["confidence"])
    assert (top["type"], top["source"]["code"], top["target"]["code"]) == ("THREATEN", "IGOEUREEC", "RUS")
    assert top["date"] == "2025-05-26"


@pytest.mark.slow
def test_passive_voice_swaps_source_and_target(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("Two Israeli soldiers were wounded by Hezbollah guerrillas in southern Lebanon.")
    events = extract_events(doc, [], None)
    top = max(events, key=lambda e: e["confidence"])
    assert top["type"] == "ASSAULT"
    assert top["target"]["code"] == "ISRMIL"
    assert (top["source"]["text"], top["source"]["code"]) == ("Hezbollah guerrillas", "LBNREB")


@pytest.mark.slow
def test_reported_intent_to_cooperate_is_agree(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("Hungary has said it will support a U.N. Security Council resolution against Serbia.")
    top = max(extract_events(doc, [], None), key=lambda e: e["confidence"])
    assert top["type"] == "AGREE"
    assert top["source"]["code"].startswith("HUN")


@pytest.mark.slow
def test_entity_stage_links_are_used_for_pronouns(nlp):
    from newsdesk.analyze.events import extract_events

    text = "High Representative Kaja Kallas spoke on Monday. She threatened to impose sanctions on Russia."
    doc = nlp(text)
    she = text.index("She")
    entities = [{"text": "She", "label": "PRON", "kind": "person", "canonical": "Kaja Kallas", "code": None,
                 "start": she, "end": she + 3}]
    threats = [e for e in extract_events(doc, entities, None) if e["type"] == "THREATEN"]
    assert threats and threats[0]["source"]["text"] == "She"
    assert threats[0]["source"]["code"] == "IGOEUREEC"
    assert threats[0]["target"]["code"] == "RUS"


def test_codebook_verbs_and_usual_senses_fill_dictionary_gaps():
    lexicon = _lexicon()
    assert lexicon.verb_code("sue", [("for", "for"), ("damages", "damage")]) == ("115", True)
    assert lexicon.plover_type("115") == "ACCUSE"
    # "sell" has no default in the dictionary; most of its patterns are material cooperation.
    assert lexicon.usual["sell"] == "060"
    assert any(code == "192" for nouns, code in lexicon.objects["capture"] if "stronghold" in nouns)


def test_dictionary_multiword_verbs_doer_patterns_and_non_events():
    lexicon = _lexicon()
    # "+CRACK_DOWN" in PETRARCH2's SUPPRESS block [170]: multi-word verbs take their block's code.
    assert lexicon.verb_code("crack down", [])[0] == "170"
    # "- * ATTACK [---]" under AVERT: averting an attack is no event, and says so (matched, no code).
    assert lexicon.verb_code("avert", [("attack", "attack")]) == (None, True)
    # "- &MILITARY * [0874]" under RETREAT: troops withdrawing retreat militarily; a doer alone refines
    # within the verb's family, so "warplanes killed" stays conventional force.
    assert lexicon.verb_code("withdraw", [], [("troops", "troop")]) == ("0874", True)
    assert lexicon.verb_code("withdraw", [])[0] == "080"
    assert lexicon.verb_code("bomb", [], [("warplanes", "warplane")])[0].startswith("19")


def test_codebook_usage_notes_code_by_what_is_acted_on():
    objects = _lexicon().objects
    # CAMEO 174's note: expelling diplomats reduces relations (161); 057: signing any agreement.
    assert any(code == "161" for nouns, code in objects["expel"] if "diplomats" in nouns)
    assert any(code == "057" for nouns, code in objects["sign"] if "agreement" in nouns)
    assert any(code == "0813" for nouns, code in objects["lift"] if "curfew" in nouns)


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, cameo, source", [
    ("The Iranian foreign ministry issued a statement accusing Iraq of violating the ceasefire.", "ACCUSE", "112",
     "IRNGOV"),  # an issued message carries its content, whose doer is the message's author
    ("Britain expelled three Russian diplomats for spying.", "SANCTION", "161", "GBR"),
    ("Egypt and Israel signed a trade agreement on Monday.", "SUPPORT", "057", "EGY"),
    ("Iraq allowed UN inspectors to visit the presidential palaces.", "RETREAT", "0862", "IRQ"),
    ("Miners went on strike to demand higher wages.", "PROTEST", "143", None),  # the means outranks the purpose
    ("The Turkish army massed troops on the border with Iraq.", "MOBILIZE", "154", "TURMIL"),
    ("Russia said it could cut gas supplies to Ukraine if the debt was not paid.", "THREATEN", "1311", "RUS"),
    ("Gunmen killed five villagers in an attack on Thursday.", "ASSAULT", "180", None),  # irregulars: 18, not 19
    ("Police raided the offices of an independent radio station.", "ASSAULT", "175", None),  # repression
    ("Protesters blocked the main highway into the capital.", "PROTEST", "144", None),  # not a blockade
    ("Opposition supporters stepped up their protests against the government.", "PROTEST", "141", None),
    ("The militia warned that foreign troops would be held responsible for any attack.", "THREATEN", "130", None),
    # Codebook 0861/1661: peacekeepers arriving are received by their host; leaving, they are withdrawn.
    ("A battalion of Nigerian peacekeepers arrived in Liberia on Monday.", "RETREAT", "0861", None),
    ("The UN observers pulled out of the border zone after the shelling.", "SANCTION", "1662", None),
])
def test_who_acts_on_what_and_how_shapes_the_code(nlp, text, kind, cameo, source):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert (top["type"], top["cameo"]) == (kind, cameo)
    if source:
        assert top["source"]["code"] == source


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, source, target", [
    ("Japan sent a team of experts to Peru on Friday to investigate the explosion.", "ACCUSE", "JPN", "PER"),
    ("Rebel fighters captured the northern town of Kidal from Mali's army.", "COERCE", None, None),
    ("Thousands of Kenyans marched through Nairobi in protest against the new tax.", "PROTEST", "KEN", None),
    ("The Philippine army violated the truce with the rebels.", "ASSAULT", "PHLMIL", None),
])
def test_trigger_choice_prefers_purpose_object_and_setting(nlp, text, kind, source, target):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["type"] == kind
    if source:
        assert (top["source"]["code"] or "").startswith(source)
    if target:
        assert (top["target"]["code"] or "").startswith(target)


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("Syria expressed readiness to resume peace talks with Israel.", "AGREE"),  # intent read off a noun
    ("Washington has warned Pyongyang that it will seek UN sanctions if North Korea refuses to allow inspections.",
     "THREATEN"),  # the "if" clause is a condition, not the event
    ("The EU warned Belarus of further sanctions.", "THREATEN"),  # a reporting verb that reports no clause
    ("Hundreds of Kurds staged a sit-in outside the Greek embassy in Bonn.", "PROTEST"),  # "staged" lemmatised "stag"
    ("Thousands of students demonstrated in Seoul against the new labour law.", "PROTEST"),  # "in Seoul" is a place
    ("Israel has dismissed Arab calls for an international conference on the Middle East.", "REJECT"),
    ("The prime minister ruled out early elections, his office said.", "REJECT"),
    ("The Croatian president promised to allow the refugees to return to their homes.", "AGREE"),
])
def test_event_type_follows_intent_conditions_and_phrasing(nlp, text, kind):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["type"] == kind


def test_titled_person_takes_country_from_the_dictionary_and_role_from_the_title():
    # PETRARCH2 lists "president bush"; the bare surname is ambiguous, and the title says the office.
    assert resolve_actor("President Bush", "PERSON").code == "USAGOV"
    assert resolve_actor("Bush", "PERSON").code is None


@pytest.mark.parametrize("text, code", [
    ("President Omar Hassan al-Bashir", "SDNGOV"),  # the dictionary's "omar hassan ahmad al bashir"
    ("President Abdelaziz Bouteflicka", "DZAGOV"),  # a letter away from the dictionary's spelling
    ("President Francois Mitterand", "FRAGOV"),  # one of two Mitterrands: the first name decides
])
def test_leaders_are_found_by_first_name_and_surname_and_by_near_spellings(text, code):
    assert resolve_actor(text, "PERSON").code == code


def test_near_spellings_need_a_title_and_a_long_surname():
    assert resolve_actor("Abdelaziz Bouteflicka", "PERSON").code is None  # no office named
    assert resolve_actor("President Bosh", "PERSON").code is None  # too short to guess
    assert resolve_actor("Interior Minister Ralf Jaeger", "PERSON").code is None  # not the Dutch Jager


@pytest.mark.slow
def test_a_capital_under_force_is_its_people_and_a_capital_addressed_its_government(nlp):
    from newsdesk.analyze.events import extract_events

    shelled = extract_events(nlp("Rebels shelled Kabul on Sunday, killing 20 people."), [], None,
                             require_actors=False)[0]
    warned = extract_events(nlp("The United States warned Kabul on Sunday."), [], None, require_actors=False)[0]
    assert (shelled["target"]["code"], warned["target"]["code"]) == ("AFGCVL", "AFGGOV")


@pytest.mark.slow
def test_sentences_written_for_newsdesk_keep_their_event_types(nlp):
    """A quality floor on tests/data/event_sentences.tsv (our own sentences, not eval data)."""
    from bench.events import OWN, gsr_type
    from newsdesk.analyze.events import extract_events

    rows = [line.split("\t") for line in OWN.read_text(encoding="utf-8").splitlines()[3:] if line.strip()]
    right = 0
    for (_, kind, _), doc in zip(rows, nlp.pipe([text for _, _, text in rows])):
        events = extract_events(doc, [], None, require_actors=False)
        right += bool(events) and gsr_type(max(events, key=lambda e: e["confidence"])) == kind
    assert right / len(rows) >= 0.92  # 0.936 when the floor was last raised (0.919 before)


@pytest.mark.slow
def test_guessed_events_are_not_stored_for_articles(nlp):
    from newsdesk.analyze.events import extract_events

    # "sell" has no default code: its usual sense is a guess, fine for a top-1 benchmark, not for storage.
    doc = nlp("Japan sold the old building to a Chinese company last year.")
    assert [e["cue"] for e in extract_events(doc, [], None, require_actors=False)] == ["sold"]
    assert not any(e["cue"] == "sold" for e in extract_events(doc, [], None))
    # nor when a clause after it lifts its score ("showed" guessed as disapproval, 110)
    doc = nlp("Economists in Germany showed that the effect of the French tax on the economy will be muted.")
    assert [e["cue"] for e in extract_events(doc, [], None, require_actors=False)] == ["showed"]
    assert extract_events(doc, [], None) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    # Codebook definitions read off the object, the doer or a complement (fifth round; probe sentences).
    ("A suicide bomber blew himself up outside a police academy in Kabul on Monday.", "1831"),
    ("A car bomb blew up near the parliament building in Mogadishu.", "183"),
    ("The army and the rebels traded gunfire along the river for two hours.", "193"),
    ("The junta freed 40 students on Friday after a week in detention.", "0841"),
    ("Police rounded up dozens of opposition supporters in the capital.", "173"),
    ("Prosecutors charged the former minister with fraud.", "173"),
    ("The government ordered the UN mission to leave the country within 72 hours.", "166"),
    ("The senators killed the bill in committee.", "120"),
    ("The two presidents spoke by phone about the border dispute.", "041"),
    ("The army put its units along the frontier on high alert.", "152"),
    ("The jailed activist has been refusing food for a month.", "142"),
    ("Government forces used sarin against the rebel-held suburb.", "2041"),
    ("Police fired tear gas at the crowd.", "175"),  # tear gas is repression, not a chemical weapon
    ("The prime minister expressed remorse for the colonial-era massacres.", "055"),
    ("The mediators encouraged both sides to resume the talks in Geneva.", "020"),
])
def test_codebook_definitions_code_objects_doers_and_complements(nlp, text, cameo):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cameo"] == cameo


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The commander called air strikes on the rebel positions.", "143"),  # not a labour strike
    ("The general ordered the troops to go to the border.", "166"),  # going somewhere is no expulsion
    ("The weather service issued an alert for the coast.", "152"),  # an alert issued is no mobilisation
])
def test_codebook_rules_leave_lookalikes_alone(nlp, text, not_cameo):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp(text), [], None, require_actors=False)
    assert not_cameo not in [e["cameo"] for e in events]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Investors took the news in stride.",  # "take": seize (171) only between political actors
    "The Cubs needed just one more win to advance.",  # "need": demand (100)
    "He then took his seat, and nobody came up to ask him to move.",
    "Engineers stiffened the core to take the loads of a launch.",
    "I think NATO may be obsolete.",  # "think": consult (040) by its block; a belief carries its clause
    "He came to Cincinnati in 2015 from a zoo in Texas.",  # a town reached is no one acted on
    "The analyst went on to discuss the latest polls in Florida.",
    "His remarks are hurting us.",  # "us" is the pronoun, not the US
    "The columnist agreed with the senator about the winner of the debate.",  # an opinion shared (019)
    "Police say the man posed a deadly threat to officers.",  # a description, no one threatens
    "The mayor warned against drawing hasty conclusions about the attackers.",  # advice
])
def test_everyday_senses_of_event_verbs_are_not_stored(nlp, text):
    from newsdesk.analyze.events import extract_events

    assert extract_events(nlp(text), [], None) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo, target", [
    ("Russia seized two Ukrainian navy ships near the Kerch Strait.", "171", "UKR"),  # default, coded target
    ("Protesters occupied the main square in Minsk.", "14", None),  # protests need no one acted on
    ("The court indicted the former president on corruption charges.", "173", None),  # a pattern names it
])
def test_event_verbs_between_political_actors_are_stored(nlp, text, cameo, target):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp(text), [], None)
    assert events and events[0]["cameo"].startswith(cameo)
    if target:
        assert (events[0]["target"]["code"] or "").startswith(target)


# Verb senses the blind rounds found misread (docs/benchmarks.md, "Events stored for real articles"), each
# next to a reading that must stay: the CAMEO codes stored for the sentence, none for a misreading.
STORED_READINGS = [
    ("The United States demonstrated to North Korea that its missiles could be stopped.", [],
     "an act verb with a that-clause shows or knows: not a protest"),
    ("Germany learned that Russia had moved troops to the border.", ["154"], "the clause's act stays"),
    ("Protesters demonstrated outside the Russian embassy in Berlin on Sunday.", ["141"], "a protest"),
    ("China is allowing oil to go into North Korea, the US said.", [], "making an act possible is no yielding"),
    ("Japan helped Indonesia after the earthquake.", ["070"], "help with no act after it is aid"),
    ("The NAACP issued a travel advisory about American Airlines in October.", [],
     "material cooperation (06) needs a pattern: not 'issue'"),
    ("He bought the bridge from the State of Virginia in 2014.", [], "nor 'buy'"),
    ("Russia and China held joint military exercises in the Baltic Sea.", ["062"], "the dictionary's pattern"),
    ("The confrontation took place after what Israel says was an assault on its troops.", [],
     "'take' seizes only what can be seized"),
    ("Iranian forces took two British sailors near the Shatt al-Arab waterway.", ["171"], "people can be"),
    ("Russia took control of the Ukrainian port of Berdyansk.", ["192"], "the pattern, as before"),
    ("Germany has been outspent by France when it comes to defence.", [], "an idiom, no meeting"),
    ("Rumours in Seoul suggest that North Korea will test another missile.", [], "an opinion, no appeal"),
    ("North Korea suggested talks with South Korea at the border.", ["020"], "a proposal"),
    ("Russia and China agreed to hold talks in Beijing next month.", ["030"], "an agreement to act"),
    ("A tourist ship struck a highway bridge on the Rhine in western Germany.", [], "a vehicle's accident"),
    ("The flight left Los Angeles International Airport at noon.", [], "a trip with no political traveller"),
    ("The French president arrived in Beijing on Monday.", ["040"], "a visit"),
    ("Russian forces struck a power station in Ukraine.", ["190"], "an attack"),
    ("Germany's parliament also passed stricter sexual assault laws last year that addressed complaints from "
     "German women.", [], "passing a law is no yielding"),
    ("The Treasury Department released reconnaissance images of a rendezvous between two North Korean ships.", [],
     "releasing images frees no one"),
    ("Russia released two Ukrainian soldiers on Friday.", ["0841"], "releasing people does"),
    ("At the end of the day, we need to step away from efforts by Hillary Clinton to paint the police as "
     "racist.", [], "'need to' is no demand"),
    ("Since January, the United States has launched a punishing trade war with China.", [], "a trade war"),
    ("Trump said that Beijing had violated a deal to lower tariffs with the United States.", [],
     "a broken deal is no deal"),
    ("Russia launched a war against Ukraine in 2022.", ["190"], "a war"),
    ("The U.S. has repeatedly called China a pivotal player in the talks with North Korea.", [],
     "calling someone something is no phone call"),
    ("The French president called the German chancellor on Monday.", ["041"], "a phone call"),
    ("Russia called on Ukraine to withdraw its troops.", ["020"], "an appeal"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, cameos", [pytest.param(t, c, id=why) for t, c, why in STORED_READINGS])
def test_stored_events_read_the_verbs_sense(nlp, text, cameos):
    from newsdesk.analyze.events import extract_events

    assert [e["cameo"] for e in extract_events(nlp(text), [], None)] == cameos


@pytest.mark.slow
def test_the_doer_is_not_the_dateline(nlp):
    from newsdesk.analyze.events import extract_events

    convicted = extract_events(nlp("CAIRO -- An Egyptian court Saturday convicted former President Mohammed Morsi "
                                   "and 19 others of insulting the judiciary."), [], None)
    assert [(e["cameo"], e["source"]["text"]) for e in convicted] == [("116", "An Egyptian court")]  # found guilty


@pytest.mark.slow
def test_no_events_are_stored_from_sports_stories_or_sentences_about_sport(nlp):
    from newsdesk.analyze.events import extract_events

    clash = "Russia attacked Ukrainian positions near Kharkiv on Monday."
    assert extract_events(nlp(clash), [], None)  # the same sentence alone is an event
    # PETRARCH2's discards: a story naming an inning is about baseball; a sentence naming basketball
    story = "The Cubs rallied in the eighth inning. " + clash
    assert extract_events(nlp(story), [], None) == []
    sentence = "Russia attacked Ukraine at the basketball final in Kaunas on Monday."
    assert extract_events(nlp(sentence), [], None) == []
    # the top-1 benchmark still asks every sentence for its best event
    assert extract_events(nlp(sentence), [], None, require_actors=False)


@pytest.mark.parametrize("text, label, code", [
    ("the Falcon Heavy rocket", None, None),  # "falcon" is a group of the dictionary, not inside a longer name
    ("Hamas fighters", None, "PSEREBHMS"),
])
def test_one_word_group_names_do_not_match_inside_longer_names(text, label, code):
    actor = resolve_actor(text, label)
    assert (actor.code if actor else None) == code


def test_event_precision_is_weighted_by_strata_and_checks_the_coder_still_matches(tmp_path):
    from bench.event_precision import event_key, report

    judged = tmp_path / "judged.tsv"
    kept, dropped, added = event_key("A.", "171", "took"), event_key("B.", "100", "needed"), event_key("C.", "0", "x")
    judged.write_text('# sizes 1: {"kept": 10, "dropped": 30, "added": 2}\nkey\tround\tstratum\tverdict\n'
                      f"{kept}\t1\tkept\t1\n{dropped}\t1\tdropped\t0\n{added}\t1\tadded\t0\n")
    result = report([{"key": kept}], judged)["round 1"]
    assert result["precision_before"] == 0.25  # 10 right of 40
    assert result["precision_after"] == round(10 / 12, 3)
    assert result["judged_as_now"] == "2/3"  # the added event is no longer produced


def test_pooled_precision_counts_each_current_event_once_by_its_first_verdict(tmp_path):
    from bench.event_precision import event_key, report

    judged = tmp_path / "judged.tsv"
    a, b, gone = event_key("A.", "171", "took"), event_key("B.", "100", "needed"), event_key("C.", "0", "x")
    judged.write_text('# sizes 1: {"kept": 2, "dropped": 1, "added": 0}\n'
                      '# sizes 2: {"kept": 1, "dropped": 0, "added": 0}\nkey\tround\tstratum\tverdict\n'
                      f"{a}\t1\tkept\t1\n{b}\t1\tkept\t0\n{gone}\t1\tdropped\t1\n{a}\t2\tkept\t0\n")
    pooled = report([{"key": a}, {"key": b}], judged)["current_judged"]
    assert (pooled["events"], pooled["right"], pooled["precision"]) == (2, 1, 0.5)
    assert (pooled["judged_twice"], pooled["judges_agreed"]) == (1, 0)


# ---- wire phrasings (sixth session; probe sentences written for these tests) -------------------

@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The Foreign Ministry told Beijing on Friday to withdraw its coast guard ships from the shoal.", "100"),
    ("Washington insisted that Tehran halt all uranium enrichment at once.", "100"),
    ("The alliance gave the militia 24 hours to leave the town or face air strikes.", "139"),
    ("The European Union raised the prospect of new sanctions against Minsk on Monday.", "1312"),
    ("Japanese and American destroyers held joint naval drills off Okinawa on Tuesday.", "062"),
    ("The army carried out a military parade in the capital as a show of force.", "150"),
    ("The president placed the province under martial law on Sunday.", "1724"),
    ("The army declared martial law across the country on Thursday.", "1724"),
    ("The rebels proclaimed a halt to offensive operations for the holiday.", "0871"),
    ("The foreign minister flew to Tokyo on Monday for talks with his Japanese counterpart.", "042"),
    ("Kenya's central bank deposited $500 million in Uganda's reserves on Friday.", "071"),
    ("The government lifted its ban on imports of Brazilian beef on Tuesday.", "085"),
    ("Bahrain abolished exit visa requirements for foreign workers.", "081"),
    ("Ukraine took Russia to the International Court of Justice over the downing of the airliner.", "115"),
    ("A court in Ankara convicted the journalist of spreading propaganda.", "116"),
    ("Police ordered the residents of the district to stay indoors after the riots.", "1723"),
    ("Pirates seized a Greek tanker off the coast of Somalia on Monday.", "181"),
    ("The government broke off talks with the rebels on Friday.", "164"),
    ("The union called off its nationwide strike after talks with the government.", "082"),
    ("Ecuador granted the activist political asylum on Thursday.", "075"),
    ("The regime ignored a ruling by the constitutional court on Tuesday.", "128"),
    ("Hundreds of militants surrendered to government troops on Sunday.", "0874"),
    ("The coalition sought to rally its allies against Iran at the summit.", "113"),
    ("The prime minister said sorry to the families of the victims on Monday.", "055"),
    ("Soldiers opened fire on protesters in the capital on Friday.", "175"),
    ("North Korea conducted a nuclear test on Sunday.", "2042"),
    ("The central bank said it would scrap its fixed exchange rate next year.", "034"),  # own policy, no threat
    ("Morocco warned it would sever ties with any country that recognised the republic.", "1313"),
    # second pass (harder wire copy)
    ("Thousands of demonstrators packed the streets of the capital on Sunday.", "141"),
    ("Thousands of farmers marched through the capital to demand higher prices.", "141"),
    ("Hundreds of villagers blocked the highway to demand compensation.", "144"),
    ("The jailed dissident stopped eating on Monday.", "142"),
    ("The Arab League called for an end to the embargo on Iraq.", "1054"),
    ("The army demolished twenty Palestinian homes in Rafah on Tuesday.", "1712"),
    ("The IMF released a $40 million loan tranche to Zambia on Friday.", "071"),
    ("Israel handed the shepherd back to Jordan on Thursday.", "084"),
    ("The authorities revoked the travel permits of three opposition leaders.", "172"),
    ("Iran resumed enrichment in defiance of the Security Council.", "128"),
    ("Washington's lifting of sanctions on Libya cleared the way for oil firms.", "085"),
    ("The rebels will stop all attacks from Monday.", "0871"),  # a ceasefire declared, not an intent
    ("Three soldiers were killed when guerrillas set off a roadside bomb.", "183"),
    # third pass
    ("Boycotting classes for a second week, the students pressed for the right to study in their own language.", "143"),
    ("The president ordered the army to halt offensive operations against the rebels from Monday.", "0871"),
    ("The ministry said it had stopped issuing visas to Georgian citizens.", "172"),
    ("India lowered the alert status of its forces along the border on Wednesday.", "087"),
    ("Thailand formally asked Cambodia on Monday to hand over the former prime minister.", "020"),
    ("The opposition stayed away from parliament for a third month.", "143"),
    ("Exiles in New Delhi had been fasting for 20 days to press for religious freedom.", "142"),
    ("Negotiators from both sides sat down for a new round of talks in Geneva on Thursday.", "046"),
    ("China flew tents, blankets and medicine into Pakistan on Monday.", "070"),
    ("In a thinly veiled warning, Beijing told Singapore there would be consequences.", "130"),
    ("Rebels seized 21 hostages from a diving resort on Sunday.", "181"),
    ("The government welcomed the first peacekeeping troops at the airport on Thursday.", "0861"),
    ("Argentina played host on Monday to the Chilean president.", "043"),
    ("The incident is being looked into by a joint team of officials.", "090"),
    # fourth pass
    ("The two presidents held four hours of discussions in Zagreb on Monday.", "046"),
    ("The militia freed the last 26 U.N. peacekeepers on Sunday.", "0841"),
    ("The Security Council voted to suspend its ban on trade with Belgrade.", "085"),
    ("The government agreed to freeze bus fares, meeting a key demand of the unions.", "083"),
    ("The police refused to let relief agencies take food to the villages.", "120"),
    ("The Bosnian Serbs threw out the peace plan in a referendum.", "120"),
    ("The European Community will freeze its aid programmes unless the army restores the president, officials said "
     "in a statement released in Brussels.", "1311"),
    ("Pakistan would not hesitate to use its nuclear arsenal if India attacked, the minister said.", "138"),
    ("Japan has frozen new grants and loans to India and Pakistan.", "1621"),
    ("The World Food Programme stopped food deliveries to the besieged areas on Tuesday.", "1623"),
    ("Militiamen blew up the old bridge in Mostar on Tuesday.", "1712"),
    ("A powerful bomb tore through a crowded market in Lahore on Monday.", "183"),
    ("A landmine destroyed an army truck on Thursday, killing eight soldiers.", "183"),
    ("Soldiers killed more than 200 men, women and children in the village in 1982.", "202"),
    ("Pakistan lodged a formal protest with the Indian High Commission on Wednesday.", "114"),
    ("The president took issue with Washington's decision on Tuesday.", "110"),
    ("Ecuador charged that Peruvian troops had crossed into its territory.", "112"),
    ("Bangladesh has granted autonomy to the hill tribes.", "083"),
    ("More than 500 rebels have turned themselves in to the army.", "0874"),
    ("The rebels would walk away from the peace talks if the army continued its offensive.", "134"),
])
def test_wire_phrasings_code_as_the_codebook_defines(nlp, text, cameo):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cameo"] == cameo


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The minister told reporters to expect long delays at the border.", "100"),  # telling the press is no demand
    ("The rookie quarterback has started all 12 games for Denver this season.", "150"),  # games are not war games
    ("She switched off the television and went to bed.", "1721"),
    ("Serb forces killed three ethnic Albanians in a gunbattle on Friday.", "186"),  # a group, not one leader
    ("In 2012 the gunman killed his mother and 26 others at the school.", "202"),  # a year is not a death toll
    ("Palestinians shunned work on Monday to protest at the settlements.", "114"),  # people demonstrate
    ("Britain mobilized army reservists for a possible war against Iraq.", "113"),  # troops, not allies
    ("He said the paper, which he called a rag, was losing readers.", "041"),  # "which he called": a name
    ("Opposition activists staged acts of defiance across the capital.", "128"),  # a protest, not defying a law
    ("Rioters torched shops and looted warehouses in the slum on Tuesday.", "1712"),  # a riot (145)
    ("The company halted operations at its plant after the flood.", "0871"),  # no ceasefire
])
def test_lookalike_phrasings_are_not_coded_as_those_events(nlp, text, not_cameo):
    from newsdesk.analyze.events import extract_events

    assert not_cameo not in [e["cameo"] for e in extract_events(nlp(text), [], None, require_actors=False)]


# ---- seventh session: intents, yielding, the codebook's objects (probe sentences written for these tests) ----

@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The trade minister said his government hoped to sign a customs pact with Brazil next year.", "032"),
    ("The agency said it planned to fly doctors to Sumatra to help the flood victims.", "033"),
    ("The junta said it would let U.N. observers tour the prison camps.", "0355"),
    ("The president said he was ready to sit down with the rebel leader to discuss a truce.", "036"),
    ("The premier hinted on Monday that he might back down over the fuel tax.", "035"),
    ("The president said he would overhaul the constitution before the election.", "034"),
    ("The governor backed down on Friday and agreed to reopen the mines.", "080"),
    ("The cabinet caved in to the striking nurses, agreeing to raise their pay.", "080"),
    ("The ruling party agreed to a new press law after opposition parties demanded reforms.", "083"),
    ("Angola downgraded its diplomatic ties with Portugal on Monday.", "161"),
    ("Norway froze its development aid to Malawi over a corruption scandal.", "162"),
    ("The World Bank approved a $200 million loan for Ghana on Thursday.", "071"),
    ("The ministry revoked the registration of an opposition party.", "172"),
    ("Rebel militias in Liberia began disarming under U.N. supervision.", "0873"),
    ("Beijing stood up for Pyongyang against Western criticism at the United Nations.", "052"),
    ("Moscow rejected U.S. criticism of the Syrian government on Tuesday.", "052"),
    ("King Abdullah welcomed President Abbas to Amman on Sunday.", "043"),
    ("Israeli intelligence handed Cairo details of a planned attack on the canal.", "064"),
    ("Miners launched a strike on Monday to press for higher wages.", "143"),
    ("U.N. peacekeepers took up positions around the camp to protect the refugees.", "074"),
    ("The navy held live-fire exercises off the coast on Friday.", "150"),
    ("Rebel leaders announced a halt to their armed struggle on Friday.", "0871"),
    ("In a breach of the ceasefire, militiamen fired mortars into the town.", "196"),
    ("Police clubbed students outside the university on Monday.", "182"),
    ("The government deployed riot police to the capital before the rally.", "153"),
    ("Iraq returned hundreds of crates of Kuwaiti artefacts to Kuwait.", "0842"),
    ("The government put the cleric on a plane to Amman on Friday.", "174"),
    ("The ministry indicated that it might give ground on the fishing dispute.", "035"),
    ("The governor said he was ready to let striking miners hold their rally in the square.", "0352"),
    ("Yielding to months of pressure from unions, the cabinet dropped plans to raise the pension age.", "083"),
    ("The army said it had no plans to withdraw its troops from the border region.", "120"),
    ("The cabinet ignored a U.N. resolution on the disputed islands.", "128"),
    ("Colombian police freed six officers held by the guerrillas since March.", "0841"),
    ("The rebels sent home 3,000 fighters from their camps on Monday.", "0873"),
    ("The strike by Bolivian tin miners entered its third week on Monday.", "143"),
    ("The main highway was sealed off by thousands of protesters on Sunday.", "144"),
    ("The EU froze the assets of the junta's leaders on Monday.", "163"),
    ("Tax officials took control of the oil company's refinery on Friday.", "1711"),
    ("India exploded a nuclear device at its desert test site on Monday.", "2042"),
    ("Italy handed over to France a suspected Red Brigades militant on Tuesday.", "063"),
    ("The transport minister flew to Ankara on Monday for a two-day trip.", "042"),
    ("Beijing rallied to the side of Pyongyang on Friday.", "052"),
    ("The king lifted a prohibition on political parties on Sunday.", "081"),
    ("The jailed dissident has stopped taking food to protest his detention.", "142"),
    ("Dock workers refused to work on Monday until the port authority raised wages.", "143"),
    ("Teachers stayed away from classrooms across the country on Monday.", "143"),
    ("Lawyers boycotted the courts on Thursday to protest the judge's dismissal.", "143"),
    ("The army rushed 5,000 troops to the frontier on Sunday.", "154"),
    ("Washington pulled its embassy staff out of Sudan on Monday.", "161"),
    ("Masked gunmen seized two aid workers in the capital on Tuesday.", "181"),
    ("Strikers said they were ready to call off their roadblocks if talks resumed.", "0352"),
    ("The prime minister offered an apology to the victims' families.", "055"),
    ("The kingdom granted women the right to vote on Sunday.", "0833"),
    ("Iran returned the seized tanker to its owners on Friday.", "0842"),
    ("Tehran ignored a U.N. deadline to halt enrichment.", "128"),
    ("Syria barred U.N. inspectors from the country on Monday.", "1662"),
    ("The ministry said it was revoking the credentials of two reporters.", "172"),
    ("The government turned away offers of food aid.", "120"),
    ("The regulator cut off access to Twitter on Thursday.", "1721"),
    ("Gunmen hacked ten villagers to death with machetes.", "1823"),
    ("The bank put on hold a $50 million loan to Kenya.", "1621"),
    ("Rioting students torched buses in the capital.", "145"),
    ("A court found the former minister guilty of fraud on Monday.", "116"),
    ("The government backed down and dropped its plan to raise fuel prices.", "0832"),  # its own plan dropped
    ("The rebels began disarming their fighters on Monday.", "0873"),
    ("The party rebuffed opposition calls to overhaul the electoral law.", "120"),  # not what it refused (083)
])
def test_intents_yielding_and_codebook_objects_code_as_defined(nlp, text, cameo):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cameo"] == cameo


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The opposition said the president had to resign before any talks could begin.", "100"),  # an obligation
    ("The Japanese embassy protested against the detention of two of its nationals.", "114"),  # an official complaint
    ("The militia promised bloody reprisals against the villages.", "138"),  # a hostile act promised: a threat
    ("Turkey is to withdraw its troops from the border region next month.", "0356"),  # scheduled: an intent
    ("The governor cut the overnight curfew by three hours on Sunday.", "0813"),  # easing a curfew
    ("Medical supplies to the refugee camp were scaled back by the agency.", "162"),  # reducing aid
    ("The army post came under heavy artillery fire from guerrillas overnight.", "194"),  # the attack suffered
    ("The minister came under fire from opposition leaders over the deal.", "111"),  # criticism
    ("Hundreds of squatters' homes were torn down by the city's police on Monday.", "1712"),  # destroying property
    ("Ankara cancelled the Dutch prime minister's visit on Thursday.", "160"),  # a visit undone: reduced relations
    ("A separatist group claimed responsibility for the bombing of the railway line.", "183"),  # the bombing
    ("Several thousand farmers barricaded highways around the capital on Monday.", "144"),  # a protest blockade
    ("Guards routinely assaulted inmates at the prison, a parliamentary inquiry heard.", "182"),  # what a body hears
    ("Two policemen were killed when a car bomb exploded outside the station.", "183"),  # killed by a bombing
    ("The rebels insisted on a ceasefire before handing over any prisoners.", "100"),  # the news, not the background
    ("Diplomatic asylum was extended to the dissident by the Swiss embassy.", "075"),  # an act named by its noun
    ("The army reimposed a curfew on the northern city on Sunday.", "1723"),  # imposing a curfew
    ("Kenya handed over a suspected arms smuggler to Uganda on Monday.", "063"),  # extradition
    ("Government troops captured a rebel stronghold in the hills after two days of fighting.", "192"),  # territory
    ("Insurgents pounded the garrison with mortars overnight.", "194"),  # artillery
    ("A formal protest was delivered to the Iranian charge d'affaires on Tuesday.", "114"),  # a formal protest
    ("The withdrawal of Indian troops from the disputed glacier was completed on Friday.", "0874"),  # a retreat
    ("Peace talks between the two governments began in Nairobi on Monday.", "046"),  # the talks began
    ("Opposition leaders said the security services were behind the assassination.", "112"),  # an accusation
    ("Hundreds of detainees went on a hunger strike to protest their conditions.", "142"),  # the strike, the news
    ("Riot police shot dead three armed militants during a gun battle in the old city.", "190"),  # a firefight
    ("Twelve soldiers died in an ambush by guerrillas near the border on Sunday.", "190"),  # died in: the ambush
    ("The blame for the massacre was laid at the door of the army by human rights groups.", "112"),  # accusing
    ("Artillery units poured mortar rounds onto the rebel positions overnight.", "194"),  # artillery
    ("The cancellation of the foreign minister's visit to Lagos was announced on Friday.", "160"),  # a visit undone
    ("A rally against the new labour law drew thousands of workers to the capital.", "141"),  # the rally
    ("Relations between the two countries were restored to ambassadorial level on Monday.", "050"),  # relations
    ("A call for Iran to halt enrichment was issued by the foreign ministers on Tuesday.", "020"),  # an appeal
    ("A protest note was handed to the Chinese ambassador on Monday.", "114"),  # an official complaint
    ("The opposition said it would launch a military push on the capital unless the president resigned.", "138"),
    ("Thousands of farmers were gathering outside parliament to denounce the new land law.", "141"),  # a protest
    ("Rioting youths rampaged through the city centre on Saturday night.", "145"),  # a riot
    ("Three policemen were killed when a roadside bomb struck their convoy.", "183"),  # a bombing
    ("More than 5,000 residents signed a petition against the new airport.", "140"),  # dissent, not an agreement
    ("Hundreds of students took part in riots in the capital overnight.", "145"),  # what they took part in
])
def test_obligations_promises_and_acted_on_words_code_as_the_codebook_defines(nlp, text, cameo):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cameo"] == cameo


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The health ministry pledged to fight malaria in the southern provinces.", "190"),  # fighting an ill
    ("Families fleeing the floods sought shelter in schools.", "190"),  # who they are, not what they did
    ("The president told a rally in the capital that the reforms would go ahead.", "141"),  # the audience
    ("He said he had to leave the meeting early.", "100"),  # one's own obligation is no demand
    ("Rebels armed with machetes raided the village at dawn.", "062"),  # who they are: no military cooperation
    ("The senator checked into a hotel near the airport on Sunday.", "090"),  # no investigation
    ("The governor offered no evidence for the claim.", "030"),  # no offer
    ("The documentary explores how the dictatorship silenced the press.", "090"),  # the film's subject
    ("The suspect refused to drop his knife when officers approached.", "194"),  # no shelling
    ("The minister learned of the talks from a newspaper.", "040"),  # no meeting
    ("The governor signed the budget bill into law on Friday.", "057"),  # no agreement between parties
    ("Both candidates face questions about their finances.", "036"),  # no meeting
    ("The committee came to a similar conclusion last year.", "040"),  # no meeting
])
def test_ills_descriptions_and_audiences_are_not_coded_as_acts(nlp, text, not_cameo):
    from newsdesk.analyze.events import extract_events

    assert not_cameo not in [e["cameo"] for e in extract_events(nlp(text), [], None, require_actors=False)]


@pytest.mark.slow
def test_what_an_act_ends_or_risks_ranks_below_the_act(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("The army said it would pull out by May, ending a ten-year occupation.")
    top = max(extract_events(doc, [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cue"] == "pull"


@pytest.mark.slow
def test_what_something_came_under_was_done_to_it_by_whoever_is_named_after_from(nlp):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp("The Turkish embassy came under attack from Kurdish militants on Sunday."), [], None,
                            require_actors=False)
    top = max(events, key=lambda e: e["confidence"])
    assert top["type"] == "ASSAULT" or top["cameo"].startswith(("18", "19"))
    assert "militants" in (top["source"]["text"] or "") and "embassy" in (top["target"]["text"] or "")


@pytest.mark.slow
def test_what_was_recorded_is_the_sentences_event_but_not_stored_as_the_recorders_act(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("United Nations monitors documented dozens of attacks on civilians in the province last month.")
    top = max(extract_events(doc, [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cameo"].startswith(("18", "19"))
    assert extract_events(doc, [], None) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The rebels failed to capture the provincial capital after a week of fighting.",  # it did not happen
    "The police shooting of a teenager sparked violent protests in the city.",  # the protesters, not the shooting
    "The incumbent has 40 percent support among young voters.",  # a poll, no endorsement
])
def test_acts_that_did_not_happen_or_were_caused_by_something_else_are_not_stored(nlp, text):
    from newsdesk.analyze.events import extract_events

    assert extract_events(nlp(text), [], None, require_actors=False)  # still the sentence's event
    assert [e["cue"] for e in extract_events(nlp(text), [], None)] == []


@pytest.mark.slow
def test_leaders_who_had_talks_met(nlp):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp("The two presidents had talks in Geneva on Monday."), [], None)
    assert [e["cameo"] for e in events] == ["046"]  # "have" is no act of its own, but talks had were held


@pytest.mark.slow
def test_a_clause_of_what_came_days_before_is_still_stored(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("Germany recalled its ambassador from Moscow on Friday, three days after Russia expelled two German "
              "diplomats.")
    assert "expelled" in [e["cue"] for e in extract_events(doc, [], None)]


@pytest.mark.slow
def test_a_second_verb_shares_the_first_verbs_intent(nlp):
    from newsdesk.analyze.events import _candidates

    doc = nlp("The emir vowed to free political prisoners and lift the restrictions on the press.")
    found, _, _ = _candidates(next(iter(doc.sents)))
    assert ("lift", "0351") in [(t.text, code) for t, code, _ in found]  # easing restrictions (081), vowed: 0351


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The minister told visiting bankers that the economy would grow.", "042"),  # the listeners, not a visit
    ("He was extradited to Spain on Friday to face fraud charges.", "040"),  # what awaits him, no meeting
    ("Floods left twelve people dead in the valley.", "040"),  # a toll, not a departure
    ("Villagers blocked the road linking the two towns.", "060"),  # the road's description, no cooperation
    ("U.S. B-52 bombers pounded rebel trenches on Monday.", "183"),  # aircraft, not bomb attacks
    ("I want the mayor to throw out the first pitch on opening day.", "131"),  # wanting of another is no intent
    ("She could face up to 14 years in prison if convicted.", "036"),  # what awaits her
    ("Police seized three suspects at the airport on Monday.", "181"),  # arrested (173), not abducted
])
def test_descriptions_and_tolls_are_not_coded_as_acts(nlp, text, not_cameo):
    from newsdesk.analyze.events import extract_events

    assert not_cameo not in [e["cameo"] for e in extract_events(nlp(text), [], None, require_actors=False)]


@pytest.mark.slow
@pytest.mark.parametrize("text, cue", [
    ("A bomb exploded in a crowded market on Friday, police said, a day after militants threatened new attacks.",
     "exploded"),  # the parser's root is the background clause
    ("Germany recalled its ambassador from Moscow on Friday, three days after Russia expelled two German diplomats.",
     "recalled"),  # a clause of what came days before
])
def test_a_clause_that_is_only_background_ranks_below_the_news(nlp, text, cue):
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cue"] == cue


def _top_cameo(nlp, text: str) -> str:
    """The CAMEO code of a sentence's best event ("" when it has none)."""
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp(text), [], None, require_actors=False)
    return max(events, key=lambda e: e["confidence"])["cameo"] if events else ""


def _top1_share_by_split(nlp, rows) -> dict[str, float]:
    """Share of (split, 2016 type, text) rows whose strongest event has that type, per split."""
    from bench.events import gsr_type
    from newsdesk.analyze.events import extract_events

    right, sizes = {}, {}
    for (split, kind, _), doc in zip(rows, nlp.pipe([text for _, _, text in rows], batch_size=128)):
        events = extract_events(doc, [], None, require_actors=False)
        right[split] = right.get(split, 0) + (bool(events) and gsr_type(max(events, key=lambda e: e["confidence"]))
                                              == kind)
        sizes[split] = sizes.get(split, 0) + 1
    return {split: right[split] / sizes[split] for split in sizes}


@pytest.mark.slow
def test_sentences_written_from_cameo_code_names_keep_their_event_types(nlp):
    """A quality floor on tests/data/event_sentences_cameo6.tsv (sentences written for newsdesk by twenty helpers from
    the CAMEO code names alone) and event_sentences_codebook.tsv (four more, from the codebook's descriptions and
    usage notes); blind = never read, only scored (e, f, i, k, l: 0.688 -> 0.805 -> 0.827; r-u 0.848 -> 0.881;
    v-y 0.871 -> 0.887)."""
    from bench.events import OWN_CODEBOOK, cameo6_sentences

    assert _top1_share_by_split(nlp, cameo6_sentences(path=OWN_CODEBOOK))["blind"] >= 0.85
    share = _top1_share_by_split(nlp, cameo6_sentences())
    assert share["blind"] >= 0.77
    assert share["study"] >= 0.88


@pytest.mark.slow
def test_sentences_in_the_manuals_style_for_the_codes_the_dev_half_lacks_keep_their_event_types(nlp):
    """A quality floor on tests/data/event_sentences_manual.tsv (thirty-four helpers, the dev half's style, the codes
    the dev half has no example of): blind sets e-h 0.819 -> 0.894 over the ninth session, studied sets 0.799 ->
    0.899; the tenth session's twenty sets added (ten blind, ten studied); the thirteenth session's twenty (six blind,
    0.854 -> 0.862 over the session; fourteen studied, 0.854 -> 0.900); the fifteenth session's ten (four blind, written
    after its first pass: 0.831 -> 0.848 over the second, 0.821 with the session's first code; six studied); the
    sixteenth session's four (7c, 7d blind; 7a, 7b studied)."""
    from bench.events import OWN_MANUAL, cameo6_sentences

    share = _top1_share_by_split(nlp, cameo6_sentences(path=OWN_MANUAL))
    assert share["blind"] >= 0.86
    assert share["study"] >= 0.88


@pytest.mark.slow
def test_naming_an_event_does_not_hold_it(nlp):
    from newsdesk.analyze.events import extract_events

    doc = nlp("The council issued a statement calling the nuclear test a clear violation.")
    assert ("calling", "2042") not in [(e["cue"], e["cameo"]) for e in extract_events(doc, [], None,
                                                                                     require_actors=False)]


def test_object_rule_tables_name_each_verb_once():
    """In a dict literal a second entry for a verb silently replaces the first (it once dropped "release" of
    prisoners): each verb is named once there; verbs with more rules go to _MORE_OBJECT_CODES, which adds up."""
    import ast
    from collections import Counter
    from pathlib import Path

    import newsdesk.analyze.codebook as codebook

    tree = ast.parse(Path(codebook.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") in ("OBJECT_CODES", "DOER_CODES"):
            names = []
            for key, value in zip(node.value.keys, node.value.values):
                if key is not None:
                    names.append(key.value)
                elif isinstance(value, ast.DictComp) and isinstance(value.generators[0].iter, ast.Tuple):
                    names += [element.value for element in value.generators[0].iter.elts]
            assert [name for name, n in Counter(names).items() if n > 1] == [], node.target.id
    release = codebook.OBJECT_CODES["release"]
    assert release[0][1] is None and "names" in release[0][0]  # what is made public first ("released the names of")
    assert release[1][1] == "0841"  # then prisoners, then the chemical-weapon rules


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Ghana suspended talks with Togo on Monday in protest at the closure of the border.", "16"),
    ("The president urged African leaders to rally behind Zambia in its dispute with its neighbours.", "053"),
    ("Libya appealed to Arab states to join in condemning the air raids on Tripoli.", "113"),
    ("Fierce fighting raged around the airport for a second day on Tuesday.", "19"),
    ("Twenty people were killed when a suicide bomber drove a car into a police station in Grozny.", "183"),
    ("The hunger strike by the prisoners entered its second week on Monday, with the strikers demanding better food.", "142"),
    ("Unions paralysed the capital with a general strike on Monday to press for higher wages.", "143"),
    ("Two aid workers held hostage in the mountains were freed by their kidnappers on Sunday.", "084"),
    ("Kenya will not send the former general back to Kigali to stand trial, the foreign minister said.", "12"),
    ("Canada is unhappy with Washington's handling of the lumber dispute, the trade minister said on Friday.", "11"),
    ("The two sides said they were committed to signing a peace accord by June.", "03"),
    ("The junta said on Friday it was ready to carry out political reforms.", "034"),
    ("France wrote off debts owed by Mali on Tuesday, the finance ministry said.", "071"),
    ("Sudan on Friday accepted an offer by Kenya to mediate in its dispute with Uganda.", "038"),
    ("Norway said on Monday it was ending its efforts to mediate between the government and the rebels.", "165"),
    ("The visiting Chinese premier was welcomed at Dhaka airport by the prime minister on Sunday.", "043"),
    ("Ghana deployed 500 soldiers to Liberia as part of a multinational peacekeeping force.", "074"),
    ("Greece ordered its warships back to port on Friday, easing tension with Turkey.", "087"),
    ("The town of Kibeho fell to rebel forces on Saturday, aid workers said.", "192"),
    ("Officials of the two governments have been in contact over the crisis, a spokesman said.", "040"),
    ("The deaths of three prisoners are under investigation by a parliamentary committee.", "090"),
    ("About 2,000 rebels handed over their weapons to U.N. monitors on Friday.", "0873"),
    ("Azerbaijan accused Armenia of shelling villages in violation of the truce.", "112"),
    ("Government aircraft dropped chemical bombs on the rebel-held town, witnesses said.", "2041"),
    ("Iran said it was prepared to observe a ceasefire in the war with Iraq.", "03"),
    ("Morocco raised its diplomatic representation in Senegal to ambassador level.", "050"),
    ("Chinese and Kazakh scientists have begun a joint survey of the river.", "06"),
    ("A bus carrying Hindu pilgrims was attacked by militants near Anantnag on Tuesday.", "18"),
    ("Striking farmers clashed with riot police in the capital on Friday.", "145"),
    ("The two foreign ministers have been in close consultation over the crisis.", "040"),
    ("Castro called on Latin American governments to stand by Venezuela against foreign pressure.", "053"),
    ("Mugabe urged African countries to back Libya in its dispute with the West.", "053"),
    ("Bhutto urged Islamic countries to put pressure on India over Kashmir.", "113"),
    ("The Vatican established full diplomatic relations with Mexico on Tuesday.", "05"),
    ("Russia began pumping natural gas to Turkey through the new pipeline on Thursday.", "061"),
    ("The president made concessions to the opposition parties on Friday.", "080"),
    ("The opposition coalition called off its daily street protests on Tuesday.", "082"),
    ("The ANC would pull out of the negotiations unless the killings stopped, Mandela said.", "13"),
    ("Several police stations were set on fire by rioting crowds on Sunday.", "145"),
    ("President Clinton ordered a total ban on trade with Iran on Sunday.", "163"),
    ("The government has given the foreign troops 90 days to leave the base.", "166"),
    ("Gunmen tried to kill the president as his motorcade passed through the capital.", "185"),
    ("Thousands of ethnic Nepalis were forced out of southern Bhutan by security forces.", "201"),
    ("Government aircraft attacked the villages with weapons of mass destruction.", "204"),
    ("A call for a halt to the air raids was made by the French foreign minister on Thursday.", "020"),
    ("The striking miners would return to work on Monday, their union said.", "03"),
    ("Churches confiscated under communism were returned to the Catholic Church on Tuesday.", "0842"),
    ("Israeli troops dismantled the roadblocks around the village on Saturday.", "0872"),
    ("The IRA has put its weapons beyond use, the disarmament commission said.", "0873"),
    ("The last Soviet soldiers left Afghanistan on Wednesday.", "0874"),
    ("The European Court of Human Rights ruled on Tuesday that Turkey had violated the right to life.", "116"),
    ("Azerbaijan accused Armenia on Monday of launching a new offensive near the border.", "112"),
    ("The United States on Friday ruled out sending troops to Rwanda.", "12"),
    ("France will not call off its nuclear tests, the prime minister said on Monday.", "12"),
    ("Shamir said his government would make no territorial concessions.", "12"),
    ("The students vowed to press on with their strike despite government appeals to return to class.", "12"),
    ("The government paid compensation to the families instead of returning the land.", "080"),
    ("The journalist was expelled from Zimbabwe on Friday in defiance of a court order.", "174"),
    ("The visiting Indian premier was welcomed by President Mubarak in Cairo on Sunday.", "043"),
    ("Ghana has made no secret of its unhappiness with Togo's decision to close the border.", "110"),
    ("The mobilisation of 10,000 reservists was ordered by the government on Tuesday.", "154"),
    ("The surrender of 1,000 guerrillas to government forces was announced on Friday.", "0874"),
    ("The army carried out a scorched-earth campaign against Mayan villages, the commission said.", "20"),
    ("Mandela said he had asked African leaders to throw their weight behind Kabbah.", "053"),
    ("Sihanouk urged non-aligned leaders to condemn Vietnam's occupation of Cambodia.", "113"),
    ("The High Court ruled on Wednesday that the government had acted illegally.", "116"),
    ("The court found Honduras responsible for the disappearance of the student.", "116"),
    ("Shops were set ablaze by thousands of rioters in the town on Thursday.", "145"),
    ("A formal request for the extradition of two guerrillas was delivered to Caracas by Colombia.", "02"),
    ("The government scrapped the rule requiring newspapers to hold licences.", "081"),
    ("The OSCE pulled its 1,400 monitors out of Kosovo on Saturday.", "166"),
    ("More than 300 rifles were handed over by rebel fighters to U.N. observers on Friday.", "0873"),
    ("The president lifted the state of siege on Wednesday, restoring civil liberties.", "0814"),
    ("A curfew was clamped on the city by troops on Wednesday after ethnic clashes.", "1723"),
    ("The shelling of its positions was an act of unprovoked aggression, Nigeria said.", "112"),
    ("Mahathir brushed aside IMF advice to abandon capital controls.", "12"),
    ("EU foreign ministers rejected calls to lift sanctions on Burma.", "12"),
    ("Argentina is prepared to indemnify relatives of the disappeared, the minister said.", "03"),
    ("Chile paid 2.6 million dollars in compensation to the United States on Friday.", "080"),
    ("A Commonwealth fact-finding mission was allowed into Nigeria on Monday.", "0862"),
    ("The economic embargo imposed on Burundi by its neighbours was suspended at a summit on Saturday.", "085"),
    ("Tanzania said it would give shelter to no more refugees from Burundi.", "12"),
    ("Mining concessions held by foreign firms were seized by the rebel alliance on Friday.", "171"),
    ("Japan must open its rice market without delay, the Thai minister insisted on Wednesday.", "10"),
    ("All cultural exchanges with Beijing were frozen by the Dutch government in protest at the crackdown.", "16"),
    ("Ignoring repeated appeals from the government, union leaders said they would press on with their strike.", "12"),
    ("A car packed with explosives was detonated outside a police station by suspected militants.", "183"),
    ("A detainee died after being tortured by army interrogators, a rights group said.", "18"),
    ("Gunmen fired rockets at the motorcade of the president on Monday night.", "185"),
    ("The lifting of martial law by President Chiang took effect at midnight on Tuesday.", "0814"),
    ("Kaunda rescinded the doubling of the price of maize meal, meeting the main demand of the rioters.", "083"),
    ("Parliament repealed the constitutional clause that made KANU the only legal party.", "081"),
    ("The summit issued a call on Guyana and Venezuela to settle their border dispute by peaceful means.", "02"),
    ("Turkey's insistence that Italy hand over the rebel leader was repeated by the prime minister on Monday.", "10"),
    ("Sanctions against Yugoslavia will stay in place until Belgrade complies, the council president said.", "12"),
    ("Restoring the powers of the parliament was out of the question, the president told the delegation.", "12"),
    ("Rejecting accusations that Zimbabwe was flouting the rule of law, Mbeki defended the land reform.", "052"),
    ("The hunger strike by 40 students has left six of them in hospital, organisers said.", "142"),
    ("The withdrawal of 1,400 OSCE monitors from Kosovo was completed on Saturday.", "166"),
    ("The suspension of World Bank loans to Burma will cost the country 200 million dollars a year.", "1621"),
    ("Nigeria's mass expulsion of 300,000 immigrants left thousands stranded at the border.", "201"),
    ("Armed men raided a farmhouse south of Algiers overnight and killed nine members of one family.", "18"),
    ("Greece lobbied its EU partners to block Turkey's application for membership.", "113"),
    ("Major described the hanging of the writer by Nigeria's rulers as judicial murder.", "111"),
    ("The former president was questioned for 17 hours by prosecutors on Monday.", "091"),
    ("Russian forces opened two corridors through their cordon around the city to let civilians leave.", "0872"),
    ("Netanyahu backed down on Sunday and dropped his insistence on conditions for a troop pullback.", "08"),
    ("Stained-glass windows taken from a church in 1946 were returned to Germany by Russia on Friday.", "0842"),
    ("Beijing made no secret of its displeasure at Washington's decision to grant the visa.", "110"),
    ("Moscow takes a dim view of NATO's plans to expand eastward, a Kremlin spokesman said.", "110"),
    ("Mandela flew into Havana on Thursday for a two-day stay.", "042"),
    ("Ghana's recovery programme was held up by the World Bank as a model for Africa.", "051"),
    ("Brazil and Argentina committed themselves to doubling bilateral trade within five years.", "03"),
    ("The general must make way for an elected civilian president, the party said.", "10"),
    ("Norway has put its peace brokering in Sri Lanka on hold, a spokesman said.", "165"),
    ("The Syrian delegation would quit the peace talks if Israel expanded settlements, officials said.", "13"),
    ("Canada dispatched 1,200 soldiers to Bosnia to join the U.N. protection force.", "074"),
    ("The Vatican interceded with the rebels for the freedom of the abducted bishop.", "02"),
    ("President de Klerk unbanned the African National Congress on Friday.", "081"),
    ("The Senate spurned the new bases treaty on Monday, voting 12 to 11 against it.", "12"),
    ("Thousands of government soldiers were discharged from service under the peace accord.", "0873"),
    ("In open defiance of the U.N. air embargo, Gadhafi flew to Niger on Thursday.", "128"),
    ("Baghdad has until January 15 to withdraw from Kuwait under an ultimatum set by the Security Council.", "139"),
    ("Some 15,000 opposition supporters packed a stadium in Lusaka on Saturday.", "14"),
    ("Tibetan exiles in New Delhi are in the third week of a fast, organisers said.", "142"),
    ("American and Philippine marines staged joint amphibious landings on the island.", "062"),
    ("Rather than hand back the seized farms, Estonia issued compensation vouchers to their former owners.", "080"),
    ("The dusk-to-dawn curfew in Lagos was called off on Thursday by the military authorities.", "0813"),
    ("The ruling party threw out opposition calls to scrap the one-party state.", "12"),
    ("Troops forced thousands of villagers to attend pro-government rallies.", "170"),
    ("North Korea brushed aside a South Korean invitation to field a joint team.", "12"),
    ("The Czech government is curtailing its contacts with Belarus.", "16"),
    ("Armenia turned to Washington on Friday for help in getting through the winter.", "023"),
    ("Argentina said it was willing to shelve its sovereignty claim to the islands.", "03"),
    ("Turkmenistan started shipping natural gas to Iran through the new pipeline.", "061"),
    ("Evidence on the bombing was turned over to Scottish prosecutors by German investigators.", "063"),
    ("Greece was lobbying its partners to line up against Turkey's bid for membership.", "113"),
    ("The United States pulled its Peace Corps volunteers out of Niger on Friday.", "166"),
    ("Government Antonov bombers struck the rebel-held town on Sunday.", "195"),
    ("Some 300 political detainees were granted amnesty by the military government.", "0841"),
])
def test_phrasings_of_the_codebooks_acts_code_as_it_defines(nlp, text, cameo):
    """Probes for the ninth session's mechanisms (written here, not taken from any evaluation set): cutting ties in
    protest, rallying others, a trailing appeal, passives and reduced relatives, states of being ("in contact",
    "under investigation"), extradition refused, feelings of displeasure, and codebook definitions."""
    from newsdesk.analyze.events import extract_events

    top = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert top["cameo"].startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The king pardoned 300 political prisoners on Sunday, urging exiles to return home.", "02"),
    ("A ministry spokesman confirmed the meeting but declined to comment on its outcome.", "12"),
    ("The handover of the aircraft to the air force took place on Friday.", "171"),
    ("The president's spokesman said the talks would continue, declining to give details.", "12"),
    ("Under the sanctions, countries cannot export more than half a million barrels of oil.", "12"),
    ("Schoolchildren have been forced by local officials to leave their classes and pick cotton.", "166"),
    ("On Thursday morning, the department delivered the immunity agreements to the lawyers.", "057"),
    ("Iraq insisted that the Council scrap the embargo, saying Baghdad had met its obligations.", "04"),
    ("The president gave a farewell speech before leaving the capital on Friday.", "166"),
])
def test_what_a_source_declines_to_say_or_may_not_do_is_not_the_news(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The junta executed 14 political prisoners on Sunday, Amnesty International said.", "1823"),
    ("Jordanian officials handed over intelligence on the plot to their Israeli counterparts.", "064"),
    ("Schools were shut across the province in a two-day strike called by teachers to demand better pay.", "143"),
    ("A 24-hour strike called by unions to force the government to scrap its plan paralysed Athens.", "143"),
    ("Ethnic Serbs barricaded roads with felled trees to press for autonomy, Tanjug said.", "144"),
    ("Shops were looted and cars burned as rioting spread through the capital.", "145"),
    ("A busload of pilgrims was attacked by Islamic militants near the town, police said.", "18"),
    ("Red Cross workers were allowed into the besieged town for the first time on Wednesday.", "0863"),
    ("The ANC will pull out of the talks if the violence continues, Ramaphosa told a rally.", "134"),
    ("Sanaa would send troops to retake the island if Eritrean forces did not leave it.", "138"),
    ("Iraqi goods would face a boycott unless Baghdad freed the hostages, the minister said.", "13"),
    ("The president threatened to use chemical weapons if his country was attacked.", "13"),
    ("Gaddafi urged Arab states to impose a boycott on Egypt and expel it from the League.", "113"),
    ("Vietnam and China reopened cross-border trade at the Lang Son crossing on Tuesday.", "061"),
    ("Student leaders put off a planned march on parliament after the army's warning.", "082"),
    ("The ban on new investment in South Africa was rescinded by the EC on Monday.", "085"),
    ("Ankara moved tanks and artillery back from the Syrian frontier on Monday.", "087"),
    ("Civil servants stayed away from work on Thursday in protest against wage cuts.", "143"),
    ("Allegations that troops shelled the village are being investigated by U.N. observers.", "09"),
    ("Australia cancelled all sporting exchanges with Fiji after the coup.", "16"),
    ("Hundreds of landowners barred the gates of the mine, forcing the company to halt production.", "144"),
    ("Iraq ordered the members of a U.N. weapons inspection team to leave the country within a week.", "166"),
    ("Libya transferred two billion dollars into an escrow account to compensate the victims' families.", "080"),
    ("The government cut the tax on diesel, bowing to a week of blockades by truck drivers.", "083"),
    ("The opposition coalition called off the daily street protests it had staged for months.", "082"),
    ("Pinochet must make way for an elected civilian president, the Christian Democrats said in a statement.", "10"),
    ("Nigeria flew 1,500 more soldiers into Liberia to reinforce the West African peacekeeping force.", "074"),
    ("The archbishop appealed to striking dockers on Sunday to end their occupation of the port.", "02"),
    ("The Red Cross would withdraw its delegates from the country unless all sides guaranteed their safety.", "136"),
    ("Protesting against plans for a golf course, hundreds of villagers blocked the bridge into the city.", "144"),
    ("Bulgaria expelled more than 300,000 ethnic Turks across the border into Turkey.", "201"),
    ("Vietnamese troops had shelled three border villages, a Thai army spokesman charged on Friday.", "112"),
    ("Washington's appeal to its allies to boycott the games was rejected by the British association.", "12"),
    ("Belgium has stopped supplying arms and ammunition to Zaire's army, the foreign minister said.", "1622"),
    ("The military government seized the passports of several pro-democracy activists on Monday.", "172"),
    ("An inquiry into the bribery allegations was opened by Congress on Monday.", "09"),
    ("A suicide bomb attack was carried out by a young woman outside the concert hall on Saturday.", "1831"),
    ("The razing of thousands of homes by police in the townships continued on Tuesday.", "1712"),
    ("The country was paralysed on Thursday by a general strike called by the union federation.", "143"),
    ("The Security Council ordered Ethiopia and Eritrea to end their border war.", "10"),
    ("Zaire's president announced that he would end 22 years of one-party rule.", "034"),
    ("Two giant Buddha statues have been blown up on the orders of the movement's leader.", "1712"),
    ("The government called a halt to peace talks with the rebels on Friday.", "164"),
    ("Australia put on ice its sporting and cultural exchanges with Fiji after the coup.", "160"),
    ("Moscow gave the gunmen 24 hours to free their hostages.", "139"),
    ("Heavy losses were inflicted on Libyan troops by Chadian forces in the battle for the oasis.", "190"),
    ("Belgium has stopped supplying arms and ammunition to Zaire's army.", "1622"),
    ("More than 7,000 men and boys were killed by Bosnian Serb forces after the enclave fell.", "202"),
    ("The party faces closure if it continues to voice support for the rebels, the chief prosecutor warned.", "13"),
    ("The Nigerian government cut fuel prices after a week-long general strike by the unions.", "0832"),
    ("Harare would quit the Commonwealth if its suspension was extended, the minister told reporters.", "13"),
    ("Israel would reoccupy the Gaza Strip if rocket attacks continued, the defence minister said.", "13"),
    ("South Korea and the United States cancelled this year's joint military exercise in a gesture to the North.",
     "087"),
    ("Israeli Prime Minister Yitzhak Rabin flew into Rabat on Tuesday on his first visit to Morocco.", "042"),
    ("Colombia would pay a heavy price for the kidnapping, the president warned.", "13"),
    ("The lifting of the dusk-to-dawn curfew on the capital was ordered by the army commander on Thursday.", "0813"),
    ("The imposition of a curfew on the city was announced on Tuesday after a week of clashes.", "1723"),
    ("The release of some 300 prisoners by Cuba was confirmed by the Vatican on Thursday.", "0841"),
    ("Iraq's admission of an advance team of U.N. weapons inspectors was confirmed on Monday.", "0862"),
    ("The expulsion of a BBC correspondent from Zimbabwe was ordered by the government on Wednesday.", "174"),
    ("The deployment of 2,000 troops to shore up the ECOMOG peacekeeping force was completed on Sunday.", "074"),
    ("Washington's veto of a Security Council resolution was cast on Tuesday, diplomats said.", "129"),
    ("An offer by the guerrillas to sign a final peace accord was delivered to the government on Monday.", "03"),
])
def test_wire_shapes_of_the_tenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the tenth session's mechanisms (written here, not taken from any evaluation set): labour strikes
    by their length or caller, riots that loot, executions, intelligence shared, conditional threats, rallying
    others against a third party, links reopened, protests put off, what an investigation looks into."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The company executed its plan to cut costs by a third.", "18"),
    ("Troops burned villages as rioting spread through the capital.", "145"),
    ("Police arrested 40 people as rioting spread through the capital.", "145"),
    ("Kenya said it would send troops to help Uganda if asked.", "13"),
    ("Washington urged Israel to suspend settlement building in Palestinian areas.", "113"),
    ("Israeli warplanes carried out a strike on a Hezbollah base on Monday.", "143"),
    ("Zimbabwe's war veterans marched to parliament on Monday.", "19"),
    ("The company abandoned its mission to build cheap cars.", "16"),
    ("The court reversed the decision on Monday.", "0832"),
    ("Rebels attacked a convoy of buses, killing 40 passengers, the news agency AIM said.", "13"),
    ("Kenya expelled two British journalists, despite warnings that millions faced famine.", "201"),
    ("He gave us a day to think about it.", "139"),
    ("A series of U.N. resolutions has prohibited North Korea from carrying out nuclear tests.", "2042"),
    ("The court ruled on Monday, ending years of rule by decree.", "08"),
    ("The release of the report was delayed until Monday.", "084"),
    ("The opposition paralysed the capital with a general strike to press their demand for a caretaker government.",
     "10"),
])
def test_everyday_senses_near_the_tenth_sessions_rules_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cue", [
    ("An airline manager apologized to the players and they later flew first class to Sioux Falls, Freed said.",
     "flew"),
    ("Harvey Weinstein was fired by the film company he founded with his brother.", "fired"),
    ("With South Korean television broadcasting live, the rocket blasted off from the Naro Space Center.", "blasted"),
])
def test_an_article_stores_no_event_for_trips_dismissals_or_launches(text, cue):
    """Stored events (what a reader sees): a private party's trip is no visit, a dismissal no shooting, a launch
    no attack. Each of these was judged wrong in a blind round of bench.event_precision."""
    from newsdesk.analyze import analyze_texts

    [result] = analyze_texts([text])
    assert cue not in [e["cue"] for e in result["events"]]


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Maoist rebels killed nine policemen and soldiers in an attack on an army outpost in Dang district on Sunday.",
     "19"),
    ("Separatist guerrillas killed two soldiers with a landmine near the border on Friday.", "18"),
    ("Insurgents shot dead a senior army commander outside his home in the provincial capital.", "18"),
    ("Eleven villagers were killed overnight when gunmen raided a hamlet in the hills, police said.", "18"),
    ("The Greens will quit the ruling coalition if the reactor is restarted, the party leader warned on Sunday.",
     "13"),
    ("The newspaper could be closed if it kept printing such reports, the information minister warned.", "13"),
    ("Government troops torched dozens of villages in the north, refugees said.", "20"),
    ("Militias burned whole districts of the town after the vote, U.N. officials said.", "20"),
    ("Baghdad allowed the inspectors back into the palaces on Monday.", "0862"),
    ("The army gave permission for Red Cross relief trucks to enter the besieged city.", "0863"),
    ("The minister insisted that Belgrade let the refugees return home without conditions.", "10"),
])
def test_wire_shapes_of_the_eleventh_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the eleventh session's mechanisms (written here, not taken from any evaluation set): irregulars
    fighting troops by conventional means fight them (19), bombs and killings of civilians or one officer stay
    unconventional (18), the doer of a passive killing read off its "when" clause, whatever a warning makes hang on
    a condition is threatened, laying waste to villages is mass violence, inspectors let back in, permission for
    relief, "insisted that X let" as a demand."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("A powerful earthquake flattened towns across the province on Sunday.", "20"),
    ("The Greens said they would stay in the coalition if the reactor stays shut.", "13"),
])
def test_everyday_senses_near_the_eleventh_sessions_rules_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Coca growers blocked the main highway to Cochabamba on Monday to demand an end to crop eradication.", "144"),
    ("Hundreds of dockers blockaded the port of Antwerp on Tuesday, demanding higher wages.", "144"),
    ("Thousands of students hurled stones at riot police in Jakarta on Friday in violent protests against fuel "
     "price rises.", "145"),
    ("Colombia pointed the finger at Venezuela on Thursday over the sheltering of guerrilla commanders.", "112"),
    ("The Philippine Senate slammed the door on the bases treaty on Monday.", "12"),
    ("Rwanda showed the foreign monitors the door on Monday.", "16"),
    ("Washington turned up the heat on Damascus on Friday, insisting it close the border.", "10"),
    ("Residents of the old city were ordered off the streets by the army after the killing of a settler.", "1723"),
    ("Rebels seized cattle and grain from villagers in the north on Saturday, aid agencies said.", "171"),
    ("Slovakia handed over 12 Hungarian detainees to Budapest on Saturday, officials said.", "0841"),
    ("Croatia returned to Slovenian authorities 3 fishing boats it had impounded in the bay.", "0842"),
    ("A church group handed over $30,000 worth of medical supplies to a hospital in Havana.", "07"),
    ("Tanzania urged Commonwealth leaders to back Uganda's government in its struggle against the rebels.", "053"),
    ("The Pope called on Saturday for the army and the rebels to observe a truce during Holy Week.", "02"),
    ("North Korea called on Tuesday for one-on-one talks with the United States.", "026"),
    ("The Red Cross called for an end to the fighting around the airport.", "0256"),
    ("Greater access to the camps for aid workers was sought by the U.N. refugee agency on Monday.", "02"),
    ("Kenya urged its neighbours to join a campaign to isolate the junta in Khartoum.", "113"),
    ("Cyprus urged its partners to take a common stand against Ankara over the gas fields.", "113"),
    ("The European Union withdrew its election observers from Zimbabwe on Friday.", "1662"),
    ("Oxfam said it was pulling its aid workers out of Darfur.", "1663"),
    ("The Pakistani government froze the bank accounts of opposition leader Benazir Bhutto on Monday.", "172"),
    ("Hundreds of villagers have been harassed and intimidated by Burmese troops, a human rights group said.", "17"),
    ("Kenya's president said on Monday that fresh elections would be held within six months.", "0341"),
    ("The junta will hold a referendum on a new constitution next year, state radio said.", "0344"),
    ("The army lifted an order confining the residents of Jenin to their homes on Sunday.", "0813"),
    ("The interim government lifted curbs on the press and on political parties on Friday.", "0811"),
    ("The Black Sea Fleet held large-scale exercises off the Crimean coast on Tuesday.", "150"),
    ("Norway sent a team of customs advisers to Eritrea on Monday to help set up its border posts.", "07"),
])
def test_wire_shapes_of_the_eleventh_sessions_second_pass_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the eleventh session's second pass (written here, not taken from any evaluation set): roads and
    ports blocked to press a demand, a crowd's force in a protest, wire idioms read as the verb they stand for,
    curfews by "ordered off the streets", what irregulars take from villagers, particles and objects the parser
    misplaces ("handed over 15", "returned to X 12 boats"), rallying others behind a government, "called for X to",
    "called for talks" (an appeal, not the dictionary's intent to meet), what is sought in a passive."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The army blocked the main highway to Cochabamba on Monday to demand the surrender of the rebels.", "14"),
    ("Police fired tear gas at students during protests in Jakarta on Friday.", "145"),
    ("He slammed the car door and drove off.", "12"),
    ("Parliamentary elections were held in Ghana on Sunday.", "17"),
    ("The government will hold a referendum on the constitution next year.", "13"),
    ("Greek and Turkish navies held joint exercises in the Aegean on Tuesday.", "150"),
])
def test_everyday_senses_near_the_eleventh_sessions_second_pass_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The tribal elders were taken hostage on Monday by gunmen, who demanded a ransom for their release.", "181"),
    ("Dock workers downed tools on Tuesday at the call of their union, which is demanding a pay rise.", "143"),
    ("Opposition parties enforced a two-day general strike across the country on Sunday.", "143"),
    ("Hundreds of prisoners pressed on with their hunger strike at the jail on Monday.", "142"),
    ("Eleven students began an indefinite fast in the capital on Monday.", "142"),
    ("Blocking the road to the capital with their trucks, hundreds of farmers demanded higher grain prices.", "144"),
    ("Arms supplies to the rebel faction were halted last month by the government in Kinshasa.", "1622"),
    ("The guerrillas have scaled back their attacks on army posts since the talks began.", "087"),
    ("Serb forces loosened their siege of the enclave on Tuesday, letting a food convoy through.", "0872"),
    ("Rebel units abandoned their positions around the airport on Friday.", "0874"),
    ("The Security Council extended the mandate of the peacekeeping force in Lebanon by six months.", "074"),
    ("Italy said it was ready to send a stabilisation force to Albania once the fighting stops.", "0334"),
    ("The king welcomed the Chinese premier at the royal palace in Riyadh on Sunday.", "043"),
    ("The opposition urged African governments to shun the military regime until it frees its prisoners.", "113"),
    ("The union said it would make the government pay a heavy price if it sold the railways.", "13"),
    ("Beijing will not sit idly by if Taipei declares independence, a spokesman said on Monday.", "13"),
    ("Newspapers would lose their licences if they printed the rebels' statements, the minister said.", "132"),
    ("Hanoi could expel the foreign reporters if they kept visiting the camps, officials warned.", "13"),
    ("Security was stepped up across the capital after the bombing, police said.", "15"),
    ("The army stepped up its military presence along the northern border on Monday.", "154"),
    ("The junta ordered the aid agency out of the country on Monday.", "166"),
    ("North Korea staged its largest display of military might in years on Sunday.", "150"),
    ("Air raids by government bombers killed at least 15 civilians in the villages, relief officials said.", "19"),
    ("Rebels attacked government troops near the border on Friday.", "19"),
    ("Rebels launched an offensive against government troops in the east on Friday.", "19"),
    ("The town was seized by rebel fighters on Sunday, the defence minister said, calling on the United Nations "
     "to act.", "19"),
    ("Moscow could withdraw from the arms treaty, the chief of the general staff warned on Thursday.", "13"),
    ("Rwanda will cut its aid to the province unless the militias disarm, the minister said.", "13"),
    ("Teachers must return to work by Friday or be dismissed, the education minister said.", "139"),
    ("Thousands of refugees were rounded up and forced across the border by the army.", "201"),
    ("The protest leader said he would disperse his supporters from the square if the prime minister resigned.",
     "0352"),
    ("The two foreign ministers will meet in Geneva next month to discuss the border dispute, officials said.", "036"),
    ("The president said his government would press ahead with economic reforms despite the strikes.", "034"),
    ("The army pressed ahead with its offensive in the north on Monday.", "19"),
    ("Kenya handed over to Rwanda two former army officers wanted for their part in the massacres.", "063"),
])
def test_wire_shapes_of_the_twelfth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the twelfth session's mechanisms (written here, not taken from any evaluation set): what is said of
    a doer in a relative clause ranks below the act ("by gunmen, who demanded"), strikes and fasts carried on,
    enforced or misparsed ("an indefinite fast"), a fronted participle shares its clause's doer, halting arms
    supplies (1622), scaling back attacks (087), loosening a siege (0872), abandoned positions (0874), peacekeeping
    mandates and stabilisation forces (074, its intent 0334), welcoming a guest at a place (043), urging others to
    shun a regime (113), "pay a heavy price", "not sit idly by", licences lost on a condition, security and a military
    presence stepped up (15), "ordered X out of the country" (166), a display of might (150), killings of civilians in
    small numbers by their means (not the dictionary's mass killing), troops attacked or under an offensive (19), an
    appeal that tails a report of force, a warning that tails its clause, what a condition supposes (never the
    news), "or be dismissed" (an ultimatum), a people forced across a border (201), dispersing one's own
    supporters (082, its intent 0352), the purpose of a promised meeting (036), what is pressed ahead with (reforms
    promised, 034; an offensive), no demand; people handed over who are wanted, wherever the parser hangs them
    (063)."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The plant sent its workers home early on Friday.", "166"),
    ("Patriot handed over millions of dollars of environmental obligations to a new company.", "071"),
    ("His company tried to take over a rival coal company in the spring.", "1711"),
    ("The senator called on the candidate to stop attacking his rival and apologize.", "087"),
    ("Two passengers gave the players their blankets on the flight home.", "07"),
    ("The two countries stepped up security cooperation on Monday.", "15"),
    ("Thai protest leader Chamlong Srimuang addressed reporters in Bangkok on Monday.", "14"),
    ("Eleven soldiers were killed overnight when their truck hit a landmine.", "202"),
    ("The runner moved fast to close the gap.", "14"),
    ("A request for the extradition of two suspected guerrillas was delivered to Caracas on Thursday.", "063"),
])
def test_everyday_senses_near_the_twelfth_sessions_rules_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The release of two British journalists was ordered by the military court on Monday.", "0841"),
    ("The closure of the Red Cross office in the capital was ordered by the junta on Friday.", "16"),
    ("A flat rejection of the peace plan was delivered to the mediators by the rebel command.", "12"),
    ("The threat of air strikes on the rebel capital was contained in a letter from the alliance.", "13"),
    ("The suspension of military aid to the junta was confirmed by officials on Tuesday.", "162"),
    ("A three-hour reduction of the nightly curfew was announced by the president.", "0813"),
    ("The council met in the capital on Monday and lifted the nightly curfew.", "0813"),
    ("The foreign minister received the Chinese ambassador and warned that trade ties would be cut if Beijing kept "
     "arming the rebels.", "13"),
    ("The government issued a decree banning all opposition rallies.", "172"),
    ("Negotiations between the two parties collapsed on Sunday.", "164"),
    ("Norway abandoned its efforts to broker a truce between the government and the rebels.", "165"),
    ("The militia forced villagers to walk in front of their trucks during the battle.", "184"),
    ("The junta ordered all citizens to carry identity cards at all times.", "172"),
    ("Foreigners must now register with the police, the interior ministry said.", "172"),
    ("Gunmen forced thousands of villagers to flee their homes.", "201"),
    ("Thousands of farmers in Delhi protested against the new laws on Monday.", "141"),
    ("Police stepped up their state of alert across the city.", "151"),
    ("The Congo was hit by U.N. sanctions on Friday.", "163"),
    ("Nine months after the clashes that froze relations, the president flew to Hanoi on a landmark visit.", "042"),
    ("The government froze its aid payments after Kigali failed to condemn the attacks.", "16"),
    ("Britain accused Iran of seizing the tanker and detaining its crew in violation of international law.", "112"),
    ("The army freed 20 villagers detained on charges of aiding the guerrillas.", "0841"),
    ("Armed rebels handed over 500 rifles to government troops under the peace accord.", "0873"),
    ("Moscow cut off oil and gas supplies to Vilnius on Wednesday.", "163"),
    ("The minister said the country would take its neighbour to the International Court if it kept diverting the "
     "river.", "13"),
    ("Union demands for a pay rise were turned down by the transport ministry on Tuesday.", "12"),
    ("The rebels said they could not accept the ceasefire plan drawn up by the mediators.", "12"),
    ("Greece said it would not rejoin the alliance's military command despite repeated urging from its allies.", "12"),
    ("Seoul said it was ready to admit U.N. inspectors to the site, though it would not accept foreign troops.", "03"),
    ("The city was destroyed by an atomic bomb in August 1945.", "2042"),
    ("The air force dropped chemical weapons on the rebel-held town on Thursday.", "2041"),
    ("The departing general handed over power to an elected civilian president on Monday.", "0831"),
    ("The junta suspended constitutional rights in three provinces on Friday.", "172"),
    ("The government opened the closed region to foreign journalists and relief workers.", "086"),
    ("Opposition leaders have suspended their sit-in for two weeks.", "082"),
    ("Student unions called off a planned march on the presidential palace.", "082"),
    ("A call for the resignation of the prime minister was issued by the bar association on Monday.", "02"),
    ("The government cancelled a rise in bus fares that had set off days of rioting.", "0832"),
    ("A state of maximum military alert was declared along the border on Monday.", "152"),
    ("Thousands of troops massed along the northern border on Tuesday.", "154"),
    ("A campaign of intimidation against opposition supporters was carried out by army units.", "170"),
    ("The cabinet gave way to pressure from the unions on Wednesday.", "08"),
    ("The government dropped its plan to privatise the railways after a week of strikes.", "0832"),
    ("The junta ordered all former ministers to report weekly to the police.", "172"),
])
def test_shapes_of_the_thirteenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the thirteenth session's mechanisms (written here, not taken from any evaluation set): a noun made
    from its verb is read as the verb where a verb carries it (ordered, approved, confirmed, contained, delivered);
    a meeting or review that leads into the doer's next act ranks below it, and so does what the next act reports;
    a decree's content, not its issuing; talks that collapse (164) and mediation given up (165); requirements laid
    on a population (172); people placed before the doers' own lines (184) or forced to flee their homes (201); a
    crowd located in a capital is its people, not its government; alert stepped up (151); a country hit by
    sanctions; the relative clause of a background phrase, an act that failed to happen and a concession ("though")
    rank below the news; what one is accused of, through its conjuncts; the people freed were held (0841); rebels'
    arms handed over (0873); energy supplies cut off to a state (163); a lawsuit or complaint made to hang on the
    other side's conduct threatens; appeals the parser reads as verbs; "could not accept"; "despite repeated
    urging"."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The storm forced thousands of people to leave their homes.", "20"),
    ("The region was hit by a powerful earthquake on Monday.", "19"),
    ("OPEC agreed to cut oil output by a million barrels a day.", "16"),
    ("Police moved villagers out of the valley to shield them from the floods.", "184"),
    ("The minister raised the issue with his counterpart.", "15"),
    ("Officials in Beijing protested to Tokyo over the visit.", "14"),
    ("The release of the annual report was ordered by the board.", "084"),
    ("Russia said it could cut gas supplies to Ukraine if the debt was not paid.", "1312"),
    ("The two sides agreed to hold joint exercises and to expand training exchanges.", "061"),
    ("Japan handed Vietnam a soft loan for roads and power plants.", "083"),
    ("India detonated a nuclear device in the Rajasthan desert.", "2041"),
    ("The plan to pull back some of the troops massed along the border was announced on Wednesday.", "154"),
])
def test_everyday_senses_near_the_thirteenth_sessions_rules_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The suspension of all military cooperation with Jakarta took effect on Friday.", "16"),
    ("The lifting of the curfew in the capital came after a week of calm.", "0813"),
    ("A battalion of U.N. blue helmets landed in Kigali on Sunday.", "0861"),
    ("Haiti received 800 Brazilian peacekeepers on Thursday.", "0861"),
    ("Belgium sent 400 paratroopers to Kinshasa to protect its citizens.", "074"),
    ("Washington dispatched military advisers to train the Salvadoran army.", "072"),
    ("The Egyptian president urged Arab leaders to back the Palestinian Authority.", "053"),
    ("The Greek prime minister asked EU partners to support Athens's position on Cyprus.", "02"),
    ("The Iraqi foreign minister urged Arab states to impose sanctions on Kuwait.", "113"),
    ("Germany voiced remorse for the wartime massacre in the Greek village.", "055"),
    ("The president extended his forgiveness to the coup plotters.", "056"),
    ("The Japanese government took exception to the Chinese proposal.", "111"),
    ("France cancelled $300 million of Niger's debt.", "071"),
    ("The military council dissolved the former ruling party.", "1722"),
])
def test_shapes_of_the_fifteenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the fifteenth session's mechanisms (written here, not taken from any evaluation set): an act
    named by a noun made from its verb, with what it acts on, is the event when the sentence tells only that it took
    effect, came, followed or what it led to; a host receiving or taking in peacekeepers (0861), blue helmets who
    arrive; forces sent or arriving to protect (074), military advisers sent (072); backing asked for a third party
    (053) and not for one's own position (02); measures urged on others against a third party (113); remorse voiced
    (055), forgiveness extended (056), exception taken (111); debt cancelled (071); a party dissolved (1722)."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The opening of the new stadium came after years of delays.", "08"),
    ("The release of the band's new album followed a world tour.", "084"),
    ("The company received 300 job applicants.", "086"),
    ("Firefighters arrived to protect the homes from the blaze.", "074"),
    ("The coach urged fans to back the team's new manager.", "053"),
    ("Riot police fired tear gas and rubber bullets at the protesters.", "2041"),
    ("The Palestinian delegation appealed to member states to back a General Assembly resolution.", "053"),
])
def test_everyday_senses_near_the_fifteenth_sessions_rules_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("The bishops' call for early elections was read out in churches on Sunday.", "02"),
    ("Syria's threat to expel the Jordanian ambassador shook the region.", "13"),
    ("Iraq's refusal to admit the inspectors was disclosed by diplomats on Monday.", "12"),
    ("Kenyan forces withdrew from the border town of Mandera on Friday.", "0874"),
    ("Washington eased restrictions on wheat sales to Cuba.", "085"),
    ("The guerrillas freed 12 abducted schoolgirls on Tuesday.", "0841"),
    ("Sudan allowed Red Cross convoys into the besieged region.", "0863"),
    ("Ghana stood down its troops along the Togolese border.", "087"),
    ("The government would phase out fuel subsidies over three years, the minister said.", "0342"),
    ("Chile invited Argentine companies to invest in its copper mines.", "02"),
    ("Egypt and Jordan co-sponsored a resolution on Jerusalem.", "050"),
    ("The two countries stepped up their diplomatic coordination at the United Nations.", "050"),
    ("Russia and Norway began jointly removing nuclear waste from the bay.", "060"),
    ("Kazakhstan handed over files on the militants to U.S. officials.", "064"),
    ("The two countries removed tariffs on each other's goods.", "061"),
    ("Iran sent 70,000 troops to its border with Afghanistan.", "154"),
    ("Kofi Annan resigned as international envoy to Syria on Thursday.", "165"),
    ("Belgium pulled its paratroopers out of the UN force in Rwanda.", "1661"),
])
def test_second_pass_shapes_of_the_fifteenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the fifteenth session's second pass (written here): a message named by its noun (a call, a threat,
    a refusal) that is read out, disclosed or shakes something; forces that withdraw from ground they held (0874) or
    are stood down (087); trade restrictions on another state eased (085); captives freed (0841); convoys let in
    (0863); a policy to be phased out (an intent, 0342); an invitation to act, not to visit (02); resolutions
    co-sponsored and diplomatic coordination (050); work done jointly (060); files handed over (064); tariffs removed
    between states (061); troops sent to a border (154); an envoy who resigns (165); troops pulled out of a U.N. force
    (1661)."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The rebels withdrew from the peace talks on Monday.", "087"),
    ("Chile invited the Argentine president to visit Santiago.", "02"),
    ("Trump invited the actress to sit in the front row.", "02"),
    ("The couple live together in Paris.", "06"),
    ("The ministry released the names of the victims.", "084"),
    ("The minister gave no information on the talks.", "064"),
    ("South Africa and Nigeria agreed to set up a joint business council.", "06"),
])
def test_everyday_senses_near_the_fifteenth_sessions_second_pass_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Opposition newspapers were harassed by armed supporters of the ruling party last month.", "170"),
    ("Harassment of ethnic Greeks by the security police continued through the winter.", "170"),
    ("Dozens of boys were forcibly recruited by the militia in the eastern districts.", "170"),
    ("The forced recruitment of child soldiers by the rebels intensified in June.", "170"),
    ("Poland accepted Germany's apology for the wartime massacre.", "056"),
    ("Cambodia bears no grudge against Thailand for the border clashes, the foreign minister said.", "056"),
    ("Honduras admitted an international commission of inquiry on Monday.", "086"),
    ("Peru opened its prisons to visits by the Red Cross.", "086"),
    ("Ghana ordered all Israeli engineers working on the dam project to leave the country.", "166"),
    ("Egypt ordered the thousands of Soviet technicians in the country to leave.", "166"),
    ("Some 300 Swedish soldiers arrived in Cyprus to join the U.N. peacekeeping force.", "074"),
    ("Trade between Laos and Thailand resumed on Friday after a six-month closure of the border.", "061"),
])
def test_shapes_of_the_sixteenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the sixteenth session (written here): harassment by anyone not said to be civilians, and forced
    recruitment (170; a harassment that goes on, a capitalised first noun); an apology accepted or a grudge not
    borne (056); outsiders admitted or prisons opened to them (086); outsiders ordered to leave, in their thousands
    too (166, not a people expelled, 201); troops arriving to join a peace mission (074); trade that resumes (061)."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("He still bears a grudge against his former party.", "056"),
    ("Protesters harassed the minister as he left parliament.", "170"),
    ("The army recruited 500 new officers last year.", "170"),
    ("The council considers the matter closed.", "04"),
    ("Serbia expelled thousands of ethnic Albanians from Kosovo.", "166"),
])
def test_everyday_senses_near_the_sixteenth_sessions_shapes_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Britain's freezing of aid to Malawi on Monday deepened a diplomatic row over a leaked memo.", "162"),
    ("An end to the curfew in the capital, announced on Friday, let shopkeepers reopen at night.", "0813"),
    ("Moscow's halt to weapons deliveries to Mogadishu left the Somali army short of ammunition.", "1622"),
    ("Tunisia's legalisation of the Ennahda movement ended two decades of exile for its leaders.", "081"),
    ("The president's blistering attack on the central bank's policy overshadowed the summit.", "111"),
    ("Police detained 40 students in the capital, a lawyer for the group divulged on Sunday.", "173"),
    ("Guns fell silent along the border on Sunday as a truce brokered by Qatar took effect.", "0871"),
    ("The two armies silenced their guns at midnight under the ceasefire.", "0871"),
    ("Kenya accepted the former Ugandan army commander as a political refugee on Friday.", "075"),
    ("President Kaunda granted the opposition's demands for multiparty elections on Monday.", "083"),
    ("Parliament approved a package of constitutional reforms demanded by the opposition.", "083"),
    ("Vietnam sent home the remains of 12 American servicemen on Tuesday.", "084"),
    ("Iraq gave U.N. inspectors access to eight presidential sites on Thursday.", "0862"),
    ("Libya freed five Bulgarian nurses and a Palestinian doctor on Tuesday.", "0841"),
    ("The exiles' lobby urged Western banks on Monday to cut off loans to the military government in Rangoon.",
     "113"),
    ("France asked its NATO allies to join it in banning weapons sales to Belgrade, a spokesman said.", "113"),
    ("The European Court of Human Rights ruled against Turkey on Tuesday over the killing of a Kurdish journalist.",
     "116"),
    ("A Hague court on Friday held the Dutch state liable for the deaths of 300 men at Srebrenica.", "116"),
    ("Bolivia instituted proceedings against Chile at the International Court of Justice on Wednesday.", "115"),
    ("Despite Chinese protests, Indian warships joined American and Japanese ships off Okinawa on Monday for three "
     "days of exercises.", "062"),
    ("Moldova resumed purchases of Romanian electricity on Friday after a winter cut-off.", "061"),
    ("The new government tore up the 1978 treaty of friendship with Vietnam on Monday.", "160"),
    ("Police leave was cancelled and troops placed on alert across the island, the ministry said, days after the "
     "rebels announced the end of their truce.", "152"),
])
def test_second_round_shapes_of_the_sixteenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the sixteenth session's second round (written here): an act told by its noun that a state, a force
    or a court did ("Tunisia's legalisation of ...") and that deepened, let or opened something; an end or a halt
    "to" something; a verbal attack on a policy (111); rarer attributions ("divulged"); guns fallen silent (0871); a
    refugee taken in (075); political reform conceded (083); the dead sent home (084); inspectors given access
    (0862); people freed whatever their trade (0841); measures urged on others against a third party (113); courts
    that rule against or hold liable (116) and proceedings instituted (115); exercises joined (062); purchases
    resumed (061); a treaty torn up (160); an announcement "days after" that the parser hangs on "said" stays
    background."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The release of the new iPhone drew crowds to Apple stores across Europe.", "084"),
    ("The company gave reporters access to its new factory.", "086"),
    ("Parliament approved a package of tax reforms on Tuesday.", "083"),
    ("The referee ruled against the visitors in the second half.", "116"),
    ("Protesters tore up photographs of the president outside the embassy.", "16"),
    ("The army launched military action against the rebels in the north on Monday.", "115"),
    ("The opposition lodged a complaint with the United Nations against the government.", "115"),
])
def test_everyday_senses_near_the_sixteenth_sessions_second_round_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    ("Riot police detained 30 students in the capital, lawyers for the group maintained on Sunday.", "173"),
    ("Militiamen burnt down a rebel commander's house near Goma, the Red Cross related on Friday.", "1712"),
    ("Pro-government thugs intimidated voters at polling stations in the north, observers said.", "170"),
    ("Zambian police impounded the trucks of an opposition-owned haulier on Monday.", "1711"),
    ("Army bulldozers flattened dozens of homes after soldiers bulldozed the village, residents said.", "1712"),
    ("Iraq allowed the first soldiers of the Arab League force into Kuwait on Sunday.", "0861"),
    ("Chad allowed French troops to land at N'Djamena airport on Friday.", "0861"),
    ("Greece will maintain its trade embargo on Macedonia, a government spokesman said.", "1244"),
    ("The junta kept its ban on opposition rallies in force despite the appeal.", "124"),
    ("The Red Cross airdropped 200 tonnes of maize to villages cut off by the floods.", "07"),
    ("The World Food Programme halved food rations for Somali refugees in the camps on Monday.", "1623"),
    ("Kenya's foreign minister hit out at Britain on Tuesday over its travel advice.", "111"),
    ("The Zimbabwean president railed against Western sanctions in his Independence Day speech.", "111"),
])
def test_shapes_of_the_seventeenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the seventeenth session (written here): wire copy's "X maintained" and "X related" attribute, so
    the act reported is the event (not a refusal or cooperation of the sayer); intimidation (170); property impounded
    (1711) or bulldozed (1712); armed forces let into a country (0861); sanctions and bans kept (1244, 124x); food
    airdropped (07); rations cut (1623); verbal attacks the dictionary lacks ("hit out at", "railed against": 111)."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The president allowed troops to use live ammunition against the rioters.", "086"),
    ("The two countries have maintained diplomatic ties since 1990.", "12"),
    ("Israel maintained its curfew on Hebron for a fifth day.", "12"),
    ("The company halved its workforce last year.", "16"),
    ("Rebels hit the town with rockets on Sunday.", "11"),
])
def test_everyday_senses_near_the_seventeenth_sessions_shapes_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
def test_people_at_large_told_what_they_should_not_lose_are_not_asked_anything(nlp):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp("Voters shouldn't lose their right to vote simply because they vote infrequently, "
                                "the judge said."), [], None, require_actors=False)
    assert all((e["target"] or {}).get("code") != "CVL" for e in events)


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("A British aid worker was arrested in Ethiopia on charges of spying.", "ETH", "GBR"),
    ("Two French journalists were expelled from Morocco on Tuesday.", "MAR", "FRA"),
    ("A first contingent of Pakistani peacekeeping troops arrived in Liberia on Monday.", "LBR", "PAK"),
    ("Croatian forces were engaged in ethnic cleansing against Serb villagers, the U.N. said.", "HRV", "SRB"),
    ("The European Union said Serbia must hand over war crimes suspects to The Hague.", "IGO", "SRB"),
    ("Belgrade should hand over the suspects without delay, the European Union said on Monday.", "IGO", "SRB"),
    ("Japan said on Tuesday that North Korea should return to the six-party talks.", "JPN", "PRK"),
])
def test_who_did_it_to_whom_is_read_as_the_codebook_does(nlp, text, source, target):
    """An arrest or expulsion with no doer named is the act of the state where it happened; peacekeepers arriving
    are let in by their host (0861, the host the source); those "engaged in" an act do it; a demand told as an
    obligation ("X said Y must ...") is X's demand on Y, not Y's act (PLOVER gold's reading: "The Red Cross said US
    and British forces must ensure security" is the Red Cross asking the forces)."""
    from newsdesk.analyze.events import extract_events

    event = max(extract_events(nlp(text), [], None, require_actors=False), key=lambda e: e["confidence"])
    assert (event["source"]["code"] or "").startswith(source)
    assert (event["target"]["code"] or "").startswith(target)


@pytest.mark.slow
def test_what_became_of_an_uncoded_act_is_no_act_of_its_own(nlp):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp("The dissolution of the Soviet Union also left many European nations feeling that "
                                "they faced no obvious military threat."), [], None, require_actors=True)
    assert [e["cue"] for e in events if e["cue"] == "left"] == []


@pytest.mark.slow
def test_a_doer_named_but_unknown_is_not_replaced_by_the_state_where_it_happened(nlp):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp("A journalist was detained by two strangers on Friday in Moscow."), [], None,
                            require_actors=False)
    assert [(e["source"] or {}).get("text") for e in events] == ["two strangers"]


@pytest.mark.slow
@pytest.mark.parametrize("text, cameo", [
    # a demand in the subjunctive the small model tags as a noun, an adjective or a passive
    ("Kenya insisted that Somalia hand over the kidnappers, officials in Nairobi said.", "100"),
    ("The miners' union insisted that the managers clear the pit gates by Monday.", "100"),
    ("Opposition leaders insisted that foreign observers be sent to the polls without delay.", "100"),
    # a characterisation told in a relative clause is background; a critic's label is no act
    ("Police arrested students who marched in defiance of the curfew, the radio said.", "173"),
    ("The rebels freed 40 soldiers they had used as human shields, the army said.", "084"),
    ("The prime minister condemned the ruling as a threat to national unity.", "111"),
    # what listeners were told, hung on them by the parser
    ("The president told visiting envoys that Accra had forgiven the attacks on its embassy.", "056"),
    # a perfect the parser reads as "have" and an adjective
    ("Chinese authorities have relaxed restrictions on foreign reporters in Tibet.", "08"),
    # people expelled are deported (174), hundreds of thousands a mass expulsion (201); the wounded airlifted are
    # given aid (073)
    ("Libya expelled an Egyptian cleric accused of preaching against the government.", "174"),
    ("Ghana expelled 200,000 Nigerian immigrants in 1969.", "201"),
    ("Red Cross teams evacuated dozens of wounded fighters from the besieged town.", "073"),
    # ordering someone else (not one's own forces) is a demand; ordering an agency out of a territory expels it
    ("The governor ordered the striking dockers to leave the harbour square at once.", "100"),
    ("Truckers were ordered by the president to lift their blockade of the border crossing.", "100"),
    ("Khartoum ordered Oxfam to pull out of the south within a week.", "166"),
    # property handed back to its owners (0842)
    ("The government returned the confiscated shops and factories to their former owners.", "0842"),
    # a person made to leave is deported (174); those a state or agency sent, withdrawn (166)
    ("Harare gave a Reuters correspondent 24 hours to leave Zimbabwe.", "174"),
    ("Moscow ordered two British journalists to leave the country within a week.", "174"),
    ("Khartoum ordered the aid workers and their staff to leave Darfur.", "166"),
    # valuables seized are property confiscated (1711), by police too
    ("Customs police seized jewellery and paintings from the former minister's villa.", "1711"),
    # a court that orders damages paid finds the payer liable (116)
    ("A Lagos court ordered Shell to pay 40 million dollars to fishing villages in the Delta.", "116"),
])
def test_shapes_of_the_eighteenth_session_code_as_the_codebook_defines(nlp, text, cameo):
    """Probes for the eighteenth session (written here)."""
    assert _top_cameo(nlp, text).startswith(cameo)


@pytest.mark.slow
@pytest.mark.parametrize("text, not_cameo", [
    ("The ministry ordered its troops to pull back from the border.", "100"),
    ("The president ordered the army to lift the siege of the town.", "100"),
    ("The president ordered General Mladic to pull back his troops from the town.", "100"),
    ("The hospital has limited resources for the winter.", "16"),
    ("She returned home to her family on Friday.", "084"),
    ("Iran resumed uranium enrichment in defiance of the resolutions.", "17"),
    ("The president ordered the mining company to pay its workers on time.", "116"),
])
def test_everyday_senses_near_the_eighteenth_sessions_shapes_stay_apart(nlp, text, not_cameo):
    assert not _top_cameo(nlp, text).startswith(not_cameo)


@pytest.mark.slow
def test_an_assertion_after_insisted_is_stored_as_no_demand(nlp):
    from newsdesk.analyze.events import extract_events

    events = extract_events(nlp("The Kenyan minister insisted that the talks with Somalia were a success."), [], None)
    assert not any(e["cameo"].startswith("10") for e in events)
