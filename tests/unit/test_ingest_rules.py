"""Every attribution rule reads the examples it carries: its source and where its content begins."""

from __future__ import annotations

import pytest

from tui.arabic.normalise import fold
from tui.ingest.quotes import split_sentences
from tui.ingest.rules import RULES, Example, find_statements

CASES = [(rule.name, example) for rule in RULES for example in rule.examples]


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in RULES)
    assert len({rule.name for rule in RULES}) == len(RULES)


@pytest.mark.parametrize(("name", "example"), CASES, ids=[f"{n}-{i}" for i, (n, _) in
                                                          enumerate(CASES)])  # fmt: skip
def test_a_rule_reads_its_examples(name: str, example: Example) -> None:
    text = example.sentence
    (sentence,) = split_sentences(text, 0, 0, len(text))
    found = [f for f in find_statements(text, sentence) if f.rule == name]
    assert found, f"{name} found nothing in «{text}»"
    first = found[0]
    if example.content:
        assert (
            fold(text[first.start : first.end])
            .text.lstrip('"«“ ')
            .startswith(fold(example.content).text)
        ), text[first.start : first.end]
    else:
        assert first.form == "introduce"
    if example.source is None:
        assert first.source is None
    else:
        assert (
            first.source is not None and fold(example.source).text in fold(first.source.name).text
        ), first.source
