"""The JSON API checked against its own OpenAPI schema: generated requests (schemathesis,
in-process ASGI, a few examples per operation) never get a server error."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is a dev dependency")
from hypothesis import HealthCheck, settings  # noqa: E402

from .test_web_support import fill, light_hashing, make_app  # noqa: E402,F401

_STATE: dict = {}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    from newsdesk.config import Config
    from newsdesk.serve.web import security
    from newsdesk.store import Store

    path = tmp_path_factory.mktemp("api") / "api.db"
    store = Store(path)
    fill(store)
    config = Config(env={}, db=str(path), analyze=False)
    roomy = security.Limits(login_per_ip=(10**6, 60), register_per_ip=(10**6, 60),
                            post_per_user=(10**6, 60), post_per_ip=(10**6, 60),
                            failures_before_lockout=10**6)
    app = make_app(store, config, limits=roomy)
    # An admin session, so generated requests reach the code behind the checks too.
    user = store.create_user("admin", "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")
    token = security.new_token()
    store.create_session(token, user["id"], 3600)
    _STATE["headers"] = {"Cookie": f"nd_session={token}",
                         "X-CSRF-Token": security.csrf_token(app.state.secret, f"s:{token}")}
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    store.close()


def test_api_answers_generated_requests_without_server_errors(api_schema):
    """Each operation in turn, a dozen generated cases each (hypothesis drives the
    strategies directly: schemathesis' pytest plugin does not support this pytest)."""
    from hypothesis import given
    from schemathesis.checks import not_a_server_error

    operations = [r.ok() for r in api_schema.get_all_operations()]
    assert len(operations) >= 15
    for op in operations:
        if op.method.upper() == "DELETE" and op.path == "/api/v1/session":
            continue  # logging out would end the session the other operations use

        @given(case=op.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def check(case):
            case.call_and_validate(headers=_STATE["headers"], checks=[not_a_server_error])

        check()
