"""docs/errors.json: the catalog for other languages, equal to errors.yaml."""

from __future__ import annotations

import json

import yaml
from links import absolute

from conftest import REPO


def test_json_equals_yaml() -> None:
    raw = (REPO / "docs/errors.json").read_bytes()
    assert raw.endswith(b"}\n")
    document = json.loads(raw.decode("utf-8"))
    source = yaml.safe_load((REPO / "errors.yaml").read_text(encoding="utf-8"))
    assert document["catalog"]["version"] == source["catalog"]["version"]
    assert [c["id"] for c in document["categories"]] == [c["id"] for c in source["categories"]]
    by_code = {e["code"]: e for e in source["errors"]}
    codes = [e["code"] for e in document["errors"]]
    assert codes == sorted(by_code)
    for e in document["errors"]:
        s = by_code[e["code"]]
        assert (e["name"], e["category"], e["message"]) == (s["name"], s["category"], s["message"])
        assert e["solution"].strip() == absolute(s["solution"], f"errors/{e['code']}.md").strip()
        assert e["url"] == source["catalog"]["site_url"] + f"errors/{e['code']}/"
        assert e["see_also"] == s.get("see_also", [])


def test_json_is_utf8_not_escaped() -> None:
    text = (REPO / "docs/errors.json").read_text(encoding="utf-8")
    assert "\\u" not in text  # non-ASCII (the Chinese links' targets) stays readable
