"""The one Markdown sanitizer: whatever text goes in, nothing that fetches, runs or leaves the
site comes out (checked by parsing the output the way a CommonMark renderer would)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from components.markdown import safe_href, sanitize_markdown
from data.filters import from_query

PIECES = ["![", "[", "]", "(", ")", "<", ">", "javascript:", "//evil.example", "/\\evil",
          "http://evil.example/x.png", "https://ok.example", "/projects/A-1", " ", "\n",
          "&#106;", "\"t\"", ":", "<img src=x onerror=1>", "<script>", "</script>", "!", "\\",
          "data:text/html,x", "<!--", "-->", "[r]: ", "x"]
markdown = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=30).map("".join)
LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]*)\)")

CASES = {
    "![x](http://evil.example/a.png)": "x",
    "[x](javascript:alert(1))": "x",
    "[x]( javascript:alert(1))": "x",
    "[x](//evil.example/a)": "x",
    "[x](/\\evil.example)": "x",
    "[x](&#106;avascript:alert(1))": "x",
    "[x](<javascript:alert(1)>)": "x",
    "[t](data:text/html,hi)": "t",
    "<script>alert(1)</script>": "alert(1)",
    "<img src=x onerror=alert(1)>": "",
    "[ok](/projects/A-1) [w](https://ok.example/x)": "[ok](/projects/A-1) [w](https://ok.example/x)",
    "[a][1]\n\n[1]: http://evil.example/x": "[a][1]\n\n",
}


def test_known_attacks_are_neutralised():
    for given_text, expected in CASES.items():
        assert sanitize_markdown(given_text) == expected, given_text


@settings(max_examples=2000, deadline=None)
@given(markdown)
def test_no_image_tag_or_unsafe_link_survives(text):
    out = sanitize_markdown(text)
    assert "![" not in out
    assert not re.search(r"<[A-Za-z!/?]", out)
    assert not re.search(r"^ {0,3}\[[^\]]+\]:", out, re.MULTILINE)  # no reference definitions
    # an escaped character still stands between its neighbours: "]\\((" is no link
    unescaped = re.sub(r"\\.", "\x00", out)
    for match in re.finditer(r"\]\(", unescaped):  # every remaining link is a safe one
        tail = unescaped[match.end():]
        href = re.match(r"[^()\s]*", tail).group(0)
        assert safe_href(href), (text, out)
    assert sanitize_markdown(out) == out  # stable: sanitizing twice changes nothing


def test_safe_hrefs():
    assert safe_href("/projects/A-1") and safe_href("https://x.example/a?b=1")
    for bad in ("//x", "/\\x", "javascript:x", "JaVaScRiPt:x", "data:x", "/a b", "",
                "http://", "/a&#10;", "mailto:x"):
        assert not safe_href(bad), bad


def test_url_filters_refuse_what_is_not_text():
    filters, problems = from_query({"owner": "\ud800", "search": "a\x00b", "status": ["\udfff"]})
    assert filters.owner == () and filters.search == "ab" and filters.status == ()
    assert len(problems) == 3 and all("not text" in p for p in problems)
