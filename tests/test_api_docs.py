"""The API docs work with no network: Swagger UI's files are served by newsdesk itself."""

import re

from fastapi.testclient import TestClient

from newsdesk.serve.web import create_app


def test_api_docs_load_every_asset_from_this_server(store, config):
    client = TestClient(create_app(store, config))
    page = client.get("/api/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/") for a in assets), assets
    assert all(client.get(a).status_code == 200 for a in assets)
    assert "http" not in page.headers["content-security-policy"]
    assert client.get("/api/openapi.json").json()["info"]["title"] == "newsdesk"
