"""The one Markdown sanitizer: every piece of Markdown the app renders goes through it; and its
plain-text sibling for documents, which are shown as text, never as Markdown.

Answers render as Markdown without raw HTML: tags are removed, images dropped (nothing is fetched
from elsewhere), and only site-relative or http(s) links survive. Pure Python (no Dash), called
where Markdown is rendered (the copilot's answers, streamed and final, and its history).
"""

from __future__ import annotations

import re

_TAG = re.compile(r"</?[A-Za-z!?][^>]*>|<!--.*?-->", re.DOTALL)
# [text](destination "title"): destination per CommonMark, <...> or without spaces/parens.
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*(<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"
                   r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")
# [label]: destination: a reference definition would turn [text][label] into a link.
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:.*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidirectional overrides and isolates can make text read differently from what it is.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def plain_text(text: object, max_chars: int = 200_000) -> str:
    """Untrusted text (a document's title or body) fit to show as text: control characters,
    bidi overrides and lone surrogates removed, line ends unified, length capped.

    Dash renders a string child as text (React escapes it), so tags and Markdown stay visible
    characters and nothing becomes a link, an image or a script; this removes what could still
    disguise the text or break its encoding.
    """
    if not isinstance(text, str):
        return ""
    text = text[: max_chars * 2].replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("", _BIDI.sub("", _CONTROL.sub("", text)))
    return text[:max_chars]


def safe_href(href: str) -> bool:
    """Site-relative (not ``//host`` nor ``/\\host``, which browsers read as another host) or
    http(s); no entities, backslashes, spaces or control characters that could disguise one."""
    if not href or len(href) > 2000 or re.search(r"[\s\\&\x00-\x1f\x7f]", href):
        return False
    if href.startswith("/"):
        return not href.startswith("//")
    return bool(re.match(r"https?://[^/?#]", href, re.IGNORECASE))


def _link(match: re.Match[str]) -> str:
    label, href = match.group(1), match.group(2).strip("<>")
    return f"[{label}]({href})" if safe_href(href) else label


def sanitize_markdown(text: str, max_chars: int = 8000) -> str:
    """Markdown that cannot inject HTML, scripts or remote images into the page.

    Tags and comments are removed (a stray ``<`` becomes ``&lt;``); an image becomes its alt
    text (any other ``![`` a mere ``[``), so nothing is fetched; links keep only safe
    destinations (else their text); reference definitions go; any ``](`` left over is escaped
    so nothing else becomes a link.
    """
    text = _CONTROL.sub("", text or "")[: max_chars * 2]
    text = _TAG.sub("", text).replace("<", "&lt;")  # what is left of a tag shows as text
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = re.sub(r"!+\[", "[", text)
    text = _DEFINITION.sub("", text)
    text = _LINK.sub(_link, text)
    kept = []
    for part in re.split(r"(\[[^\[\]]*\]\([^()\s]*\))", text):
        is_link = re.fullmatch(r"\[[^\[\]]*\]\(([^()\s]*)\)", part)
        kept.append(part if is_link and safe_href(is_link.group(1)) else part.replace("](", "]\\("))
    return "".join(kept)[:max_chars]
