from newsdesk.ingest.urls import canonical_url, domain_of, looks_like_amp


def test_tracking_parameters_are_dropped_and_host_lower_cased():
    url = "HTTPS://WWW.Example.COM:443/World/Story.html?utm_source=x&id=7&fbclid=abc&utm_medium=y#comments"
    assert canonical_url(url) == "https://www.example.com/World/Story.html?id=7"


def test_query_order_does_not_make_two_urls():
    assert canonical_url("http://a.org/x?b=2&a=1") == canonical_url("http://a.org/x?a=1&b=2")


def test_page_canonical_folds_amp_and_mobile_variants():
    amp = "https://www.example.com/amp/world/story-123"
    mobile = "https://m.example.com/world/story-123?ref=twitter"
    page_says = "https://www.example.com/world/story-123"
    assert looks_like_amp(amp)
    assert canonical_url(amp, page_canonical=page_says) == page_says
    assert canonical_url(mobile, page_canonical=page_says) == page_says


def test_a_broken_page_canonical_is_ignored():
    assert canonical_url("https://a.org/x", page_canonical="javascript:alert(1)") == "https://a.org/x"


def test_domain_drops_www_and_mobile_prefixes():
    assert domain_of("https://www.lemonde.fr/en/x") == "lemonde.fr"
    assert domain_of("https://m.bbc.co.uk/news") == "bbc.co.uk"
    assert domain_of(None) is None


def test_canonical_url_is_idempotent():
    once = canonical_url("https://Example.org//a//b?utm_campaign=1&z=2&a=")
    assert canonical_url(once) == once
