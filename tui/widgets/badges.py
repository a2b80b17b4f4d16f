"""Short text badges for codebook labels: readable without colour, coloured by CSS."""

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
