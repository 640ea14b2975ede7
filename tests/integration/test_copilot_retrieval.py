"""Document retrieval on a real Chroma PersistentClient in temp directories (never mocked).

Passages are now whole turns of about 120 words (never over 250) with ids ``d{doc}-p{n}``, and the
words half of the index is built from the database, so the counts below are passages per
document (one each: the bodies are short) and searches work before any vector exists.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from data.schema import Document, Project
from data.scope import Scope
from models.copilot import minilm
from models.copilot.embeddings import LsaModel
from models.copilot.llm import LlmConfig, LlmRouter
from models.copilot.retrieval import DocumentIndex, RankWeights
from tests.factories import add_portfolio, add_project
from tests.ollama_stub import OllamaStub
from tests.signin import TEST_SECRET

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
    assert hit.id == f"d{hit.doc_id}-p0" and (hit.first_turn, hit.last_turn) == (0, 1)
    status = index.status()
    assert {k: status[k] for k in ("documents", "passages", "generation", "version", "ollama")} \
        == {"documents": 11, "passages": 11, "generation": 1, "version": 1, "ollama": False}
    assert status["embedding"] == ("minilm" if minilm.available() else "lsa")
    assert status["health"]["state"] == "ok" and not status["health"]["fallback"]


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
    """LSA (the fallback when the embeddings extra is absent) learns its vocabulary from the
    corpus, so it is refitted when the corpus outgrows it; a rebuild writes a new store."""
    db, ids = world
    index = DocumentIndex(tmp_path / "idx", embedding="lsa")
    with db() as s:
        index.sync(s)
        first_store = index.manifest().store
        stats = index.rebuild(s)
    assert stats.rebuilt and index.manifest().generation == 2
    assert index.manifest().embedding == "lsa"
    assert not (tmp_path / "idx" / "lsa-1.joblib").exists()
    assert not (tmp_path / "idx" / first_store).exists() and index.manifest().store != first_store
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


# --- passages, corpus-wide search, people named ------------------------------------------------


def test_corpus_wide_search_says_which_projects_the_evidence_comes_from(world, tmp_path):
    db, ids = world
    index = DocumentIndex(tmp_path / "idx", session_factory=db)
    with db() as s:
        index.sync(s)
    hits = index.search("budget euro rocket", Scope.everything(), k=5)
    assert set(hits.projects) == {"A-1", "B-1"} and hits.projects[0] == hits[0].project_key
    assert index.search("budget euro rocket", Scope.of(ids["alpha"])).projects == ["A-1"]


def test_long_minutes_become_reading_sized_passages_that_tile_the_document(db, tmp_path):
    with db.begin() as s:
        p = add_project(s, "L-1", add_portfolio(s, "Long"))
        turns = [f"{'Mei' if i % 3 == 0 else 'Tom'}: point {i} " + " ".join(
            TOPICS[i % len(TOPICS)].split() * 6) for i in range(60)]
        turns[41] = "Mei: I will order the titanium samples for the prototype by Friday."
        doc = add_doc(s, p, "\n".join(turns))
        doc_id = doc.id
    index = DocumentIndex(tmp_path / "idx", session_factory=db)
    with db() as s:
        index.sync(s)
        body = s.get(Document, doc_id).body
    lex = index.lexical()
    rows = [i for i, m in enumerate(lex.metas) if m["doc_id"] == doc_id]
    words = [lex.metas[i]["words"] for i in rows]
    assert len(rows) > 5 and max(words) <= 250 and min(words) >= 20
    spans = [(lex.metas[i]["first_turn"], lex.metas[i]["last_turn"]) for i in rows]
    assert spans[0][0] == 0 and spans[-1][1] == 59  # every turn in exactly one passage
    assert all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))
    hit = index.search("what did Mei commit to about titanium samples", Scope.everything())[0]
    assert hit.first_turn <= 41 <= hit.last_turn and "titanium samples" in hit.text
    assert body[hit.start:hit.end] == hit.text


def test_a_named_speaker_lifts_what_that_person_said(db, tmp_path):
    with db.begin() as s:
        p = add_project(s, "S-1", add_portfolio(s, "Speakers"))
        add_doc(s, p, "Tom: the budget for the charger is tight.\nAnn: yes.", title="One")
        add_doc(s, p, "Mei: the budget for the charger is tight.\nAnn: yes.", title="Two")
    index = DocumentIndex(tmp_path / "idx", session_factory=db)
    with db() as s:
        index.sync(s)
    assert index.search("What did Mei say about the charger budget?",
                        Scope.everything())[0].title == "Two"
    assert index.search("What did Tom say about the charger budget?",
                        Scope.everything())[0].title == "One"


def test_same_length_edits_are_found_by_content_hash(world, tmp_path):
    db, _ids = world
    index = DocumentIndex(tmp_path / "idx", session_factory=db)
    with db() as s:
        index.sync(s)
        old = s.scalar(select(Document.body).where(Document.title == "Meeting 3"))
    new = old.replace("speech recognition voice", "gesture tracking camera!")
    assert len(new) == len(old) and new != old
    with db.begin() as s:
        s.execute(update(Document).where(Document.title == "Meeting 3").values(body=new))
    with db() as s:
        stats = index.sync(s)
    assert (stats.added, stats.removed) == (1, 0)
    assert index.search("gesture tracking camera", Scope.everything())[0].title == "Meeting 3"


# --- an index that heals ------------------------------------------------------------------------


def _runtime(db, tmp_path):
    from dashboard.settings import Settings
    from models.copilot.runtime import CopilotRuntime

    url = db.kw["bind"].url.render_as_string(hide_password=False)
    settings = Settings(secret_key=TEST_SECRET, data_dir=tmp_path / "data", database_url=url,
                        copilot_index_on_start=True)
    return CopilotRuntime(settings, db), settings, url


def test_a_deleted_or_corrupt_store_is_reported_and_rebuilt_while_words_answer(world, tmp_path,
                                                                               caplog):
    db, _ids = world
    runtime, settings, _url = _runtime(db, tmp_path)
    runtime.sync_now()
    first = runtime.search("kinetic dynamo", Scope.everything())
    assert first[0].title == "Meeting 6" and first.note is None and first.mode == "hybrid"
    # Deleted while the runtime is live. Moved aside first so the deletion is one step: the
    # indexer may notice the missing manifest mid-way and start rebuilding into the folder.
    gone = tmp_path / "deleted-chroma"
    settings.chroma_path.rename(gone)
    shutil.rmtree(gone)
    with caplog.at_level(logging.WARNING, logger="models.copilot.index_health"):
        hits = runtime.search("kinetic dynamo", Scope.everything())
    assert hits[0].title == "Meeting 6" and hits.mode == "lexical"
    assert hits.note and "word search" in hits.note
    assert "document index ok -> missing" in caplog.text
    assert runtime.index_status()["health"]["fallback"] or runtime.wait_idle(0)
    assert runtime.wait_idle(120)
    status = runtime.index_status()
    assert status["health"]["state"] == "ok" and status["health"]["rebuilds"] >= 1
    assert status["documents"] == 11 and (settings.chroma_path / "manifest.json").exists()
    healed = runtime.search("kinetic dynamo", Scope.everything())
    assert healed.note is None and healed.mode == "hybrid" and healed[0].title == "Meeting 6"

    (settings.chroma_path / "manifest.json").write_text("{not json")
    with caplog.at_level(logging.WARNING, logger="models.copilot.index_health"):
        broken = runtime.search("solar panel", Scope.everything())
    assert broken.note and broken[0].title == "Meeting 5" and "-> corrupt" in caplog.text
    assert runtime.wait_idle(120)
    assert runtime.search("solar panel", Scope.everything()).note is None
    assert runtime.index_status()["health"]["rebuilds"] >= 2


def test_a_document_imported_by_another_process_becomes_searchable(world, tmp_path, monkeypatch):
    from models.copilot import runtime as runtime_module

    monkeypatch.setattr(runtime_module, "CHECK_EVERY", 0.0)
    db, _ids = world
    runtime, settings, url = _runtime(db, tmp_path)
    runtime.sync_now()
    assert not runtime.search("hovercraft prototype", Scope.everything())
    runtime.wait_idle(60)
    path = tmp_path / "docs.json"
    path.write_text(json.dumps({"documents": [{
        "project": "A-1", "kind": "spec", "title": "Hover spec",
        "body": "The hovercraft prototype flies over water.",
        "created_at": "2026-05-30T10:00:00"}]}))
    env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": str(tmp_path / "cli")}
    subprocess.run([sys.executable, "-m", "dashboard", "import", str(path)], cwd=ROOT, env=env,
                   capture_output=True, text=True, timeout=300, check=True)
    runtime.search("hovercraft prototype", Scope.everything())  # notices the change
    assert runtime.wait_idle(120)
    hits = runtime.search("hovercraft prototype", Scope.everything())
    assert hits and hits[0].title == "Hover spec" and hits.note is None
    assert runtime.index_status()["documents"] == 12


def test_the_first_document_question_after_a_start_opens_the_index_instead_of_finding_nothing(
        world, tmp_path):
    """Seen on the sidebar right after `dashboard up`: the first questions found "Documents are
    not indexed yet" while the index was being opened in the background. The question now opens
    it, and answers from what it holds (word search, said so, until the vectors are synced)."""
    db, _ids = world
    runtime, _settings, _url = _runtime(db, tmp_path)
    assert runtime._index is None  # nothing opened it: the app was only built
    job = runtime.start("What did the meetings say about the kinetic dynamo?", Scope.everything(),
                        None, [])
    state = runtime.wait(job, 60)
    assert state is not None and state["done"], state
    answer = state["answer"]
    assert "not indexed" not in answer["text"]
    with db() as s:  # the test's own reading: the meeting that minuted it
        expected = s.scalar(select(Document.id).where(Document.body.contains("kinetic dynamo")))
    assert expected in {c["doc_id"] for c in answer["citations"]}
    assert runtime.wait_idle(120)
