"""PolNeAR dev figures, measured with the shared scorer (skipped without ../shared)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from support import DATA, SCORER, require_shared, score

pytestmark = [pytest.mark.model, pytest.mark.data, pytest.mark.slow]

GOLD = DATA / "quotes" / "polnear_dev.jsonl"

# Floors just below the figures in docs/quotes.md: content F1 0.7175, content+speaker F1 0.6444,
# direct-quote recall 0.9626 (335/348), speaker accuracy on matched 0.8981 (1340/1492).
FLOORS = {"content": 0.714, "content_speaker": 0.641, "direct_recall": 0.959, "speaker_accuracy": 0.895}


@pytest.fixture(scope="module")
def dev_metrics(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from wirewatch.ingest.base import ReadOptions
    from wirewatch.ingest.readers import read_source
    from wirewatch.pipeline import Analyzer
    from wirewatch.records import Article

    require_shared(GOLD)
    require_shared(SCORER)
    pred = tmp_path_factory.mktemp("quotes") / "polnear_dev.pred.jsonl"
    options = ReadOptions(text_field="text", id_field="id", date_field="publication_date")
    docs = read_source(str(GOLD), options)
    with pred.open("w", encoding="utf-8") as out:
        for article in Analyzer(only="nlp").analyze_many(docs, raise_errors=True):
            assert isinstance(article, Article)
            out.write(json.dumps(article.to_record()) + "\n")
    return score("quotes", GOLD, pred)


def test_content_f1(dev_metrics: dict[str, Any]) -> None:
    assert dev_metrics["content"]["f1"] >= FLOORS["content"]


def test_content_and_speaker_f1(dev_metrics: dict[str, Any]) -> None:
    assert dev_metrics["content_speaker"]["f1"] >= FLOORS["content_speaker"]


def test_speaker_accuracy(dev_metrics: dict[str, Any]) -> None:
    assert dev_metrics["speaker_accuracy_on_matched"]["accuracy"] >= FLOORS["speaker_accuracy"]


def test_direct_quote_recall(dev_metrics: dict[str, Any]) -> None:
    assert dev_metrics["recall_by_type"]["direct"]["recall"] >= FLOORS["direct_recall"]


def test_every_document_is_predicted(dev_metrics: dict[str, Any]) -> None:
    assert dev_metrics["missing_predictions"] == 0

