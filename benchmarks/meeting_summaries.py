"""Meeting summaries without a model, against QMSum's reference summaries (ROUGE-1/2/L F1).

    python benchmarks/meeting_summaries.py --data ../shared/data/qmsum [--words N]

For every meeting, the reference is the answer to its general query "Summarize the whole
meeting"; ``models.copilot.meetings.summary`` (the extractive digest) is compared with it beside
the lead-N baseline (the meeting's first N words, cleaned the same way). N defaults to the mean
length of the train split's references; train and val (unseen) are reported separately.
Needs ``rouge-score`` (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer  # noqa: E402

from benchmarks.copilot_retrieval import load_meetings  # noqa: E402
from models.copilot.meetings import lead_summary, summary  # noqa: E402


def reference(meeting) -> str | None:
    for q in meeting.general:
        if "whole meeting" in q["query"].lower():
            return q["answer"]
    return meeting.general[0]["answer"] if meeting.general else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--words", type=int, default=None)
    args = parser.parse_args(argv)
    meetings = [m for m in load_meetings(args.data) if reference(m)]
    words = args.words or round(float(np.mean([len(reference(m).split()) for m in meetings
                                               if m.split == "train"] or [100])))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    scores: dict[tuple[str, str], list[list[float]]] = defaultdict(list)
    started = time.perf_counter()
    for m in meetings:
        ref = reference(m)
        candidates = {"extractive digest": " ".join(p.text for p in summary(m.body, 0, words)),
                      f"lead-{words} words": lead_summary(m.body, words)}
        for name, text in candidates.items():
            s = scorer.score(ref, text)
            values = [s[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")]
            for split in {m.split, "all"}:
                scores[(name, split)].append(values)
    print(f"{len(meetings)} meetings, budget {words} words (mean train reference length), "
          f"{time.perf_counter() - started:.1f} s")
    print("| method | split | n | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("|---|---|---|---|---|---|")
    for (name, split), values in sorted(scores.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        mean = np.mean(values, axis=0)
        print(f"| {name} | {split} | {len(values)} | " + " | ".join(f"{v:.3f}" for v in mean)
              + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
