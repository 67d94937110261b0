"""Docs that are checked: every setting and every command is documented."""

from newsdesk.config import SETTINGS
from newsdesk.serve.cli import build_parser

from .conftest import ROOT


def test_every_setting_has_help_and_a_doc_entry():
    doc = (ROOT / "docs" / "settings.md").read_text()
    for s in SETTINGS:
        assert s.help, s.name
        assert f"`NEWSDESK_{s.name.upper()}`" in doc, f"docs/settings.md lacks {s.name}"


def test_every_command_has_help_text():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {c.dest: c.help for c in sub._choices_actions}
    assert set(helps) == set(sub.choices)
    assert all(helps.values())
