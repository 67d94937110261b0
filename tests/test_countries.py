"""Country and organisation lookup: names, demonyms, capitals as metonyms, ISO and CAMEO codes."""

import pytest

from newsdesk.analyze.countries import COUNTRIES, country_by_code, is_metonym, lookup_country


@pytest.mark.parametrize("text", ["Czechia", "the Czech Republic", "Czech Republic", "Czech", "Czechs", "Prague",
                                  "THE CZECH REPUBLIC"])
def test_czech_names_resolve_to_one_country(text):
    country = lookup_country(text)
    assert (country.name, country.alpha2, country.alpha3, country.cameo, country.kind) == (
        "Czech Republic", "CZ", "CZE", "CZE", "country")


@pytest.mark.parametrize("text,alpha3", [
    ("People's Republic of China", "CHN"), ("PRC", "CHN"), ("Beijing", "CHN"), ("Chinese", "CHN"),
    ("China's", "CHN"), ("US", "USA"), ("U.S.", "USA"), ("the United States", "USA"), ("America", "USA"),
    ("American", "USA"), ("Washington", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("Moscow", "RUS"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Iraqis", "IRQ"), ("Swiss", "CHE"),
])
def test_aliases_demonyms_and_capitals(text, alpha3):
    assert lookup_country(text).alpha3 == alpha3


@pytest.mark.parametrize("text,alpha3", [
    ("Zaire", "COD"), ("Zairean", "COD"), ("Kampuchea", "KHM"), ("Kampuchean", "KHM"), ("Rhodesia", "ZWE"),
    ("Dahomey", "BEN"), ("Upper Volta", "BFA"), ("West Germany", "DEU"), ("the Soviet Union", "RUS"),
    ("Soviet", "RUS"), ("USSR", "RUS"),
])
def test_former_names_of_a_state_are_that_state(text, alpha3):
    assert lookup_country(text).alpha3 == alpha3


@pytest.mark.parametrize("text", ["Yugoslavia", "Czechoslovakia"])
def test_federations_that_split_into_equals_are_no_one_successor(text):
    assert lookup_country(text) is None


def test_organisations_share_the_lookup():
    eu = lookup_country("the EU")
    assert (eu.name, eu.kind, eu.cameo) == ("European Union", "organisation", "IGOEUREEC")
    assert lookup_country("Brussels") == eu
    assert lookup_country("NATO").cameo == "IGOWSTNAT"
    assert lookup_country("United Nations").cameo == "IGOUNO"


def test_acronyms_keep_their_case_so_ordinary_words_do_not_match():
    assert lookup_country("us") is None
    assert lookup_country("who") is None
    assert lookup_country("WHO").kind == "organisation"


def test_loose_lookup_adds_other_cities_only_when_asked():
    assert lookup_country("Shanghai") is None
    assert lookup_country("Shanghai", loose=True).alpha3 == "CHN"


def test_codes_and_metonyms():
    assert country_by_code("CZ").name == "Czech Republic"
    assert country_by_code("cze").name == "Czech Republic"
    assert is_metonym("Beijing") and not is_metonym("China")
    assert len([c for c in COUNTRIES if c.kind == "country"]) > 190
    assert lookup_country("") is None and lookup_country("Narnia") is None
