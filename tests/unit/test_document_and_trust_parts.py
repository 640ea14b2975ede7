"""The pure pieces of the document view and the forecast trust words: plain text of hostile
documents, search within a document, the trust sentences and one forecast's evidence note."""

from __future__ import annotations

import json
from dataclasses import dataclass

from plotly.utils import PlotlyJSONEncoder

from components.documents import document_href, passage_block
from components.forecast_trust import evidence_note, trust_sentences
from components.markdown import plain_text
from models.copilot.documents import find_passages, passages_of, query_terms, word_matches


def _json(component) -> str:
    return json.dumps(component, cls=PlotlyJSONEncoder, ensure_ascii=False)


def test_plain_text_removes_what_could_disguise_text_and_keeps_the_rest_visible():
    hostile = "a\x00b\x1bc\u202eevil\u2066d\ud800e\r\nf\rg <script>x</script> [l](javascript:1)"
    assert plain_text(hostile) == "abcevilde\nf\ng <script>x</script> [l](javascript:1)"
    assert plain_text(None) == "" and plain_text(5) == ""
    assert len(plain_text("x" * 10, max_chars=4)) == 4


def test_a_passage_renders_text_as_text_with_the_searched_words_marked():
    passage = passages_of(7, "Mei: we keep the <b>fallback</b> switch\nTom: ok")[0]
    terms = query_terms("fallback switches")
    out = _json(passage_block(passage, 7, True, True, lambda w: word_matches(w, terms),
                              "Cited passage"))
    assert '"type": "Mark"' in out and out.count('"type": "Mark"') == 2
    assert "<b>" in out and '"type": "B"' not in out  # a tag stays characters
    assert "document-passage-focus" in out and '"aria-current": "true"' in out
    assert document_href(7, passage.id) in out and document_href(7, "d7-p0", "a b") \
        == "/documents/7?passage=d7-p0&q=a+b"


def test_search_in_a_document_ranks_passages_that_have_the_rarer_words_first():
    body = "\n".join(["Ann: budget talk " * 60, "Bo: the budget and the vendor " * 24,
                      "Cy: lunch " * 120])
    passages = passages_of(3, body)
    assert len(passages) == 3
    assert find_passages(passages, "vendor budget") == ["d3-p1", "d3-p0"]
    assert find_passages(passages, "zeppelin") == [] and find_passages(passages, "") == []
    assert find_passages(passages, "the and of") == []  # stop words find nothing


@dataclass
class Count:
    basis: str
    trust: str | None
    projects: int


def test_trust_sentences_count_by_basis_and_trust_word():
    lines = trust_sentences([Count("classifier", "high", 3), Count("classifier", "low", 2),
                             Count("prior", "low", 1), Count("classifier", None, 4)])
    assert lines[0] == ("10 open projects have a forecast: 9 from the model trained here, "
                        "1 from the shipped prior.")
    assert lines[1] == "How much evidence they rest on: 3 high, 0 medium, 3 low trust."
    assert lines[2].startswith("3 forecasts rest on little evidence")
    assert lines[3].startswith("4 forecasts were scored before")
    assert trust_sentences([]) == ["No open project has a forecast yet."]
    assert trust_sentences([Count("prior", "low", 1)])[2].startswith("1 forecast rests")
    late = trust_sentences([Count("classifier", "high", 3), Count("classifier", "late", 2)])
    assert late[1] == ("2 projects are late: their chance is 0% because the due date has "
                       "passed. How much evidence the other 3 rest on: 3 high, 0 medium, 0 low "
                       "trust.")


def test_evidence_note_says_how_far_a_forecast_was_pulled_to_the_base_rate():
    shrunk = _json(evidence_note({"trust": "low", "note": "Rests on 1 finished project.",
                                  "weight": 0.4, "raw": 0.9, "base_rate": 0.5}))
    assert "Trust: low" in shrunk and "Rests on 1 finished project." in shrunk
    assert ("the model alone said 90%; its portfolio's on-time record is 50%, and thin "
            "evidence pulled the forecast 60% of the way there") in shrunk
    kept = _json(evidence_note({"trust": "high", "note": "n", "weight": 0.97, "raw": 0.8,
                                "base_rate": 0.5}))
    assert "Not shrunk: the model kept 97% of its own view (80%)" in kept
    assert evidence_note(None) is None and evidence_note({"note": "x"}) is None
    prior = _json(evidence_note({"trust": "low", "note": "Rests on the prior."}))
    assert "Trust: low" in prior and "shrunk" not in prior.lower()
