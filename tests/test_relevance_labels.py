"""The labelled real announcements behind the relevance measurement (bench/relevance.py)."""


def test_relevance_labels_name_real_pages_and_hold_no_page_text():
    import json
    from pathlib import Path

    lines = (Path(__file__).parent / "relevance" / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    labels = [json.loads(line) for line in lines if line.strip()]
    assert {key for label in labels for key in label} == {"id", "url", "query", "title", "relevant"}
    assert len({label["url"] for label in labels}) == len(labels)
    assert {label["relevant"] for label in labels} == {True, False}
