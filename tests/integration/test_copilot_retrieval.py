"""Document retrieval on a real Chroma PersistentClient in temp directories (never mocked)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from data.schema import Document, Project
from data.scope import Scope
from models.copilot.embeddings import LsaModel
from models.copilot.llm import LlmConfig, LlmRouter
from models.copilot.retrieval import DocumentIndex, RankWeights
from tests.factories import add_portfolio, add_project
from tests.ollama_stub import OllamaStub

ROOT = Path(__file__).resolve().parents[2]
TOPICS = ["battery lithium charger", "rubber case colour yellow", "budget twelve euro cost",
          "speech recognition voice", "scroll wheel buttons", "solar panel energy",
          "kinetic dynamo power", "banana shape fruit", "trend fashion market survey",
          "titanium plastic material"]


def add_doc(session, project, body: str, *, title: str = "Minutes", kind: str = "meeting_minutes",
            day: int = 1) -> Document:
    doc = Document(project_id=project.id, kind=kind, title=title, body=body,
                   created_at=dt.datetime(2026, 5, day, 10))
    session.add(doc)
    session.flush()
    return doc


@pytest.fixture
def world(db):
    """Two portfolios; A-1 has ten topical meetings, B-1 a confidential note."""
    with db.begin() as s:
        alpha, beta = add_portfolio(s, "Alpha"), add_portfolio(s, "Beta")
        a1, b1 = add_project(s, "A-1", alpha), add_project(s, "B-1", beta)
        for i, topic in enumerate(TOPICS):
            add_doc(s, a1, f"PM: we talked about the {topic}.\nUI: the {topic} matters a lot.",
                    title=f"Meeting {i}", day=i + 1)
        add_doc(s, b1, "The rocket budget is five million, do not share.", title="Secret",
                kind="status_note", day=20)
        ids = {"alpha": alpha.id, "beta": beta.id, "a1": a1.id, "b1": b1.id}
    return db, ids


def test_sync_indexes_passages_with_project_kind_date_and_offsets(world, tmp_path):
    db, ids = world
    index = DocumentIndex(tmp_path / "idx")
    with db() as s:
        stats = index.sync(s)
    assert stats.rebuilt and stats.documents == 11 and stats.chunks == 11
    (hit,) = index.search("kinetic dynamo", Scope.everything(), k=1)
    assert (hit.project_key, hit.kind, hit.date, hit.title) == ("A-1", "meeting_minutes",
                                                                "2026-05-07", "Meeting 6")
    with db() as s:
        body = s.get(Document, hit.doc_id).body
    assert body[hit.start:hit.end] in hit.text and "kinetic dynamo" in body[hit.start:hit.end]
    assert index.passage(hit.id, Scope.everything()).text == hit.text
    assert index.status() | {"generation": 1} == {"documents": 11, "passages": 11,
                                                  "generation": 1, "version": 1,
                                                  "ollama": False}


def test_search_is_scoped_by_portfolio_project_kind_and_date(world, tmp_path):
    db, ids = world
    index = DocumentIndex(tmp_path / "idx")
    with db() as s:
        index.sync(s)
    assert [p.project_key for p in index.search("rocket budget", Scope.everything())][0] == "B-1"
    alpha_only = Scope.of(ids["alpha"])
    assert all(p.project_key == "A-1" for p in index.search("rocket budget", alpha_only))
    assert index.search("rocket budget", Scope.of()) == []
    hit = index.search("rocket budget", Scope.everything(), k=1)[0]
    assert index.passage(hit.id, alpha_only) is None and index.passage("nope", alpha_only) is None
    in_a1 = index.search("rocket budget", Scope.everything(), project_ids=[ids["a1"]])
    assert in_a1 and {p.project_key for p in in_a1} == {"A-1"}
    assert index.search("rocket", Scope.everything(), kinds=["spec"]) == []
    later = index.search("battery lithium", Scope.everything(), since=dt.date(2026, 5, 2))
    assert "Meeting 0" not in {p.title for p in later}
    assert index.search("battery lithium", Scope.everything())[0].title == "Meeting 0"


def test_no_shared_word_means_no_evidence(world, tmp_path):
    db, _ids = world
    index = DocumentIndex(tmp_path / "idx")
    assert index.search("anything", Scope.everything()) == []  # nothing indexed yet
    with db() as s:
        index.sync(s)
    assert index.search("xylophone quasar", Scope.everything()) == []
    assert index.search("", Scope.everything()) == []


def test_incremental_updates_follow_adds_edits_deletes_and_moves(world, tmp_path):
    db, ids = world
    index = DocumentIndex(tmp_path / "idx")
    with db() as s:
        index.sync(s)
        assert index.sync(s).added == 0  # nothing changed, nothing done
    with db.begin() as s:
        new = add_doc(s, s.get(Project, ids["a1"]), "The hovercraft prototype flies.", day=25)
        s.execute(update(Document).where(Document.title == "Meeting 7")
                  .values(body="We replaced the banana with a pear-shaped case."))
        s.execute(delete(Document).where(Document.title == "Meeting 9"))
    with db() as s:
        stats = index.sync(s)
    assert (stats.added, stats.removed, stats.rebuilt) == (2, 1, False)
    assert index.manifest().generation == 1  # updated in place, not rebuilt
    assert index.search("hovercraft", Scope.everything())[0].doc_id == new.id
    assert index.search("pear", Scope.everything())[0].title == "Meeting 7"
    assert index.search("banana fruit", Scope.everything(), k=10)[0].title == "Meeting 7"
    assert not [p for p in index.search("titanium", Scope.everything()) if
                p.title == "Meeting 9"]
    with db.begin() as s:  # a project changes portfolio: its passages follow the new scope
        s.execute(update(Project).where(Project.id == ids["b1"])
                  .values(portfolio_id=ids["alpha"]))
    with db() as s:
        assert index.sync(s).added == 1
    assert index.search("rocket", Scope.of(ids["alpha"]))[0].project_key == "B-1"
    assert index.search("rocket", Scope.of(ids["beta"])) == []


def test_rebuild_switches_generations_and_growth_triggers_a_refit(world, tmp_path):
    db, ids = world
    index = DocumentIndex(tmp_path / "idx")
    with db() as s:
        index.sync(s)
        stats = index.rebuild(s)
    assert stats.rebuilt and index.manifest().generation == 2
    assert not (tmp_path / "idx" / "lsa-1.joblib").exists()
    names = {c.name for c in index.client.list_collections()}
    assert names == {"passages_offline_2"}
    with db.begin() as s:
        a1 = s.get(Project, ids["a1"])
        for i in range(240):
            add_doc(s, a1, f"Note {i}: widget number {i} shipped.", kind="status_note")
    with db() as s:
        stats = index.sync(s)
    assert stats.rebuilt and index.manifest().generation == 3
    assert index.manifest().fitted_on == index.manifest().chunks == 251
    assert index.search("widget number 17", Scope.everything())[0].text.endswith("17 shipped.")


def test_the_index_survives_a_restart_in_another_process(world, tmp_path):
    db, _ids = world
    with db() as s:
        DocumentIndex(tmp_path / "idx").sync(s)
    script = (
        "import json, sys; from pathlib import Path;"
        "from data.scope import Scope; from models.copilot.retrieval import DocumentIndex;"
        "hits = DocumentIndex(Path(sys.argv[1])).search('solar panel', Scope.everything());"
        "print(json.dumps([h.title for h in hits]))"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "idx")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1])[0] == "Meeting 5"


def test_ollama_embeddings_are_used_when_a_host_answers(world, tmp_path):
    db, _ids = world
    with OllamaStub() as stub:
        llm = LlmRouter(LlmConfig(hosts=(stub.url,)))
        index = DocumentIndex(tmp_path / "idx", ollama_embed=llm.embed,
                              ollama_model="nomic-embed-text")
        with db() as s:
            index.sync(s)
        assert index.ollama_ready() and index.status()["ollama"]
        embeds = stub.paths().count("/api/embed")
        hits = index.search("scroll wheel", Scope.everything(), weights=RankWeights(
            lexical=0.0, vector=1.0, document=0.0, min_vector=0.5))
        assert hits[0].title == "Meeting 4"
        assert stub.paths().count("/api/embed") == embeds + 1  # the query went to Ollama
        with db.begin() as s:
            add_doc(s, s.get(Project, _ids["a1"]), "Ollama indexed this too.", day=28)
        with db() as s:
            index.sync(s)
        assert index.ollama_ready()
    # the host is gone: searching still works (offline vectors are not affected, words too)
    assert index.search("scroll wheel", Scope.everything(), embedding="ollama")[0].title == \
        "Meeting 4"
    with db.begin() as s:
        add_doc(s, s.get(Project, _ids["a1"]), "Written while Ollama was down.", day=29)
    with db() as s:
        index.sync(s)
    assert not index.ollama_ready()  # lagging: the offline vectors are used meanwhile
    assert index.search("written while down", Scope.everything())


def test_lsa_model_falls_back_to_hashing_for_tiny_corpora(tmp_path):
    tiny = LsaModel.fit(["one text", "two texts"])
    assert tiny.svd is None and tiny.dim == 256
    fitted = LsaModel.fit([f"{t} extra words here" for t in TOPICS])
    assert fitted.svd is not None and fitted.dim == 9
    vectors = fitted.embed(["battery lithium", "zzz"])
    assert vectors.shape == (2, 9) and abs(float((vectors[0] ** 2).sum()) - 1) < 1e-5
    fitted.save(tmp_path / "m.joblib")
    again = LsaModel.load(tmp_path / "m.joblib").embed(["battery lithium"])
    assert (again == vectors[:1]).all()
