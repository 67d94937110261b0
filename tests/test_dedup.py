"""Never the same article twice."""

from newsdesk.fingerprints import jaccard, minhash
from newsdesk.ingest.dedup import save_articles
from newsdesk.models import Article

TEXT = (
    "The European Union is ready to impose costs on China in response to the cyberattack launched "
    "against the Czech Republic, the bloc's foreign policy chief warned on Wednesday. Prague said "
    "a group known as APT31 had targeted an unclassified network of its foreign ministry since 2022, "
    "and ministers in several capitals called the campaign an unacceptable breach of international norms."
)


def art(**kw):
    base = dict(title="EU warns China over cyberattack", text=TEXT, url="https://news.example/eu-china",
                outlet="Example News", domain="news.example", published="2025-05-28T14:00:00+00:00")
    base.update(kw)
    return Article(**base)


def test_same_input_twice_changes_nothing(store):
    save_articles(store, [art()])
    report = save_articles(store, [art()])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)
    assert store.count_articles() == 1


def test_one_article_reached_by_two_urls_is_stored_once(store):
    save_articles(store, [art()])
    report = save_articles(store, [art(url="https://news.example/world/2025/eu-china-cyber")])
    assert store.count_articles() == 1
    assert report.unchanged == 1
    assert store.article_id_for_urls(["https://news.example/world/2025/eu-china-cyber"]) == report.article_ids[0]


def test_edited_headline_updates_the_article(store):
    first = save_articles(store, [art()]).article_ids[0]
    report = save_articles(store, [art(title="EU threatens sanctions on China over cyberattack")])
    assert report.updated == 1 and store.count_articles() == 1
    assert store.get_article(first).title == "EU threatens sanctions on China over cyberattack"


def test_wire_copy_from_another_outlet_is_kept_and_linked(store):
    original = save_articles(store, [art()]).article_ids[0]
    copy_text = TEXT.replace("warned on Wednesday", "warned on Wednesday afternoon")
    report = save_articles(store, [art(url="https://other.example/a", outlet="Other Daily",
                                       domain="other.example", text=copy_text)])
    assert report.added == 1 and report.duplicates == 1
    copy = store.get_article(report.article_ids[0])
    assert copy.outlet == "Other Daily"
    assert copy.duplicate_of == original
    assert store.duplicates_of(original) == [copy.id]


def test_different_articles_are_not_linked(store):
    save_articles(store, [art()])
    other = ("Czech Justice Minister Pavel Blazek resigned on Friday after two days of controversy over the "
             "sale by his ministry of bitcoins donated by a criminal convicted of drug trafficking, a deal "
             "that raised close to one billion koruna for the digitisation of the justice system.")
    report = save_articles(store, [art(url="https://news.example/blazek", title="Minister resigns", text=other)])
    assert report.duplicates == 0
    assert store.get_article(report.article_ids[0]).duplicate_of is None


def test_minhash_is_close_for_near_copies_and_far_for_other_texts():
    near = minhash(TEXT.replace("Wednesday", "Thursday"))
    far = minhash("A completely different story about football results and the weather in Madrid " * 3)
    assert jaccard(minhash(TEXT), near) >= 0.8
    assert jaccard(minhash(TEXT), far) < 0.2


def test_a_failing_batch_stores_nothing(store):
    save_articles(store, [art()])
    bad = art(url="https://news.example/second", title=None)  # NOT NULL title violates the schema
    try:
        save_articles(store, [art(url="https://news.example/first-of-batch", text=TEXT + " More."), bad])
    except Exception:
        pass
    assert store.count_articles() == 1
