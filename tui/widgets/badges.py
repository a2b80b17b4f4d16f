"""Short text badges and words for codebook values: readable without colour, coloured by CSS."""

from __future__ import annotations

# Text first: under NO_COLOR or 16 colours the label must still read.
WITHDRAWAL_BADGE = {
    "supports": "LEAVE",
    "opposes": "STAY",
    "conditional": "COND",
    "unspecified": "·",
}
THREAT_BADGE = {
    "high": "HIGH",
    "moderate": "MOD",
    "low": "LOW",
    "unspecified": "·",
}
# One cell for a review status, each a different shape so it reads without colour;
# unreviewed stays blank so the marks stand out.
REVIEW_MARK = {
    "unreviewed": " ",
    "reviewed": "✓",
    "disputed": "!",
    "rejected": "✗",  # a statement refused as false
    "dismissed": "✗",  # a contradiction that is no real clash
}
WITHDRAWAL_WORDS = {
    "supports": "supports withdrawal",
    "opposes": "opposes withdrawal",
    "conditional": "conditional on withdrawal",
    "unspecified": "no stance on withdrawal",
}
THREAT_WORDS = {
    "high": "ISIS threat high",
    "moderate": "ISIS threat moderate",
    "low": "ISIS threat low",
    "unspecified": "ISIS threat unspecified",
}
FORM_WORDS = {
    "direct_quote": "direct quote",
    "paraphrase": "paraphrase",
    "reported_by_outlet": "reported by the outlet",
}
# What an actor is, where it has no role of its own to show.
KIND_WORDS = {
    "official": "official",
    "expert": "expert",
    "organisation": "organisation",
    "joint_statement": "joint statement",
    "unnamed_source": "unnamed source",
}
