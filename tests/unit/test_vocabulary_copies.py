"""Components import nothing of ours (docs/architecture.md), so the few words of the vocabulary
they show are copies of data.metrics: held equal here, so they can never drift."""

from __future__ import annotations

from components import theme
from components.report import html
from data import metrics


def test_the_components_copies_of_the_vocabulary_are_the_data_layers():
    assert theme.HEALTH_LABELS == metrics.HEALTH_LABELS
    assert html.AT_RISK_BELOW == metrics.AT_RISK_BELOW
