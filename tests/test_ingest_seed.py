from newsdesk.ingest.pipeline import ingest_source

from .conftest import SEED, SEED_NOW

TITLES = {
    "Kallas threatens sanctions on China over cyberattack against Czechia": None,
    "Pentagon chief warns China 'preparing' to use military force in Asia": "France 24",
    "Czech justice minister resigns after accepting €40 million in bitcoin from convicted criminal": "Le Monde",
    "Hegseth reassures US support for Indo-Pacific allies against 'imminent' threat of China": "Le Monde",
}
FURNITURE = ["Try Our AI Features", "Explore what", "No comments yet", "Related Articles",
             "Help us improve", "Dear reader", "Take the survey", "- France 24", "- LeMonde"]


def test_seed_ingests_into_four_articles_with_outlets(store, config):
    report = ingest_source(store, str(SEED), config, now=SEED_NOW)
    assert report.errors == []
    articles = store.list_articles()
    assert {a.title: a.outlet for a in articles} == TITLES


def test_seed_relative_times_are_resolved_against_now(store, config):
    ingest_source(store, str(SEED), config, now=SEED_NOW)
    published = {a.title[:10]: a.published for a in store.list_articles()}
    assert published["Pentagon c"] == "2025-06-01T11:00:00+00:00"  # an hour ago
    assert published["Hegseth re"] == "2025-06-01T10:00:00+00:00"  # 2 hours ago
    assert published["Kallas thr"] is None  # the dump gives the lead no time: none invented


def test_seed_texts_hold_no_site_furniture(store, config):
    ingest_source(store, str(SEED), config, now=SEED_NOW)
    for article in store.list_articles():
        for phrase in FURNITURE:
            assert phrase not in article.text, (article.title, phrase)
    hegseth = next(a for a in store.list_articles() if a.title.startswith("Hegseth"))
    assert "Take this quick survey" not in hegseth.text
    assert '"We are here this morning. And somebody else isn\'t," Hegseth said.' in hegseth.text


def test_ingesting_the_seed_again_changes_nothing(store, config):
    ingest_source(store, str(SEED), config, now=SEED_NOW)
    before = [(a.id, a.title, a.text) for a in store.list_articles()]
    report = ingest_source(store, str(SEED), config, now=SEED_NOW)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
    assert [(a.id, a.title, a.text) for a in store.list_articles()] == before
