"""Where the bundled corpus and stylesheets are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """The folder `name` inside the installed package, else the one at the checkout's top."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def data_dir() -> Path:
    """The folder that holds the bundled corpus."""
    return _bundled("data")


def styles_dir() -> Path:
    """The folder that holds the Textual stylesheets."""
    return _bundled("styles")


def corpus_path() -> Path:
    """The bundled, read-only corpus file."""
    return data_dir() / "corpus.json"
