"""The analyst's filters as one value: saved and restored whole, and meaning the same wherever
they are answered (row by row, the index, the workspace file's columns)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.data.filter import STATUS_FILTERS, Filter
from tui.data.index import Index
from tui.data.model import ACTOR_KINDS, THREAT, WITHDRAWAL
from tui.data.store import Workspace, open_corpus
from tui.resources import corpus_path

CORPUS = open_corpus(corpus_path())
ACTORS = sorted(CORPUS.actors)

some = st.frozensets
filters = st.builds(
    Filter,
    actor=st.none() | st.sampled_from(ACTORS),
    withdrawal=some(st.sampled_from(WITHDRAWAL)),
    threat=some(st.sampled_from(THREAT)),
    kinds=some(st.sampled_from(ACTOR_KINDS)),
    status=some(st.sampled_from(STATUS_FILTERS)),
    date_from=st.sampled_from([None, "2024", "2024-11", "2024-12-10"]),
    date_to=st.sampled_from([None, "2025", "2024-12-12"]),
    search=st.sampled_from(["", "داعش", "Blinken"]),
    undated=st.booleans(),
)


@given(filters)
def test_a_saved_session_gives_back_the_same_filters(chosen: Filter):
    assert Filter.from_state(chosen.to_state(), CORPUS.actors) == chosen


def test_what_a_workspace_does_not_know_is_left_out_of_restored_filters():
    state = {"actor": "nobody", "withdrawal": ["opposes", "leaves"], "date_from": "next week",
             "undated": "yes", "status": ["rejected"], "search": 7}  # fmt: skip
    assert Filter.from_state(state, CORPUS.actors) == Filter(
        withdrawal=frozenset({"opposes"}), status=frozenset({"rejected"})
    )


def test_the_keys_step_each_filter_through_its_values_and_back_to_any():
    seen = [Filter()]
    for _ in WITHDRAWAL:
        seen.append(seen[-1].cycled("withdrawal"))
    assert [sorted(f.withdrawal) for f in seen] == [[], *([w] for w in WITHDRAWAL)]
    assert seen[-1].cycled("withdrawal") == Filter()


def test_rejected_is_a_list_of_its_own_not_a_test():
    rejected = Filter(status=frozenset({"rejected"}))
    assert rejected.rejected and not rejected.active
    assert rejected.description == "all statements"
    assert ("words", "review rejected") in rejected.terms()


labels = st.builds(
    Filter,
    actor=st.none() | st.sampled_from(ACTORS),
    withdrawal=some(st.sampled_from(WITHDRAWAL)),
    threat=some(st.sampled_from(THREAT)),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(labels)
def test_the_workspace_columns_select_what_the_index_selects(workspace_file: Path,
                                                            chosen: Filter):  # fmt: skip
    expected = [s.id for s in Index(CORPUS).select(chosen.query())]
    assert [s.id for s in Workspace(workspace_file).select(chosen)] == expected
