"""The data, Arabic and ingest layers must not import Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import tui.arabic
import tui.data
import tui.ingest
from helpers import REPO


def _modules() -> list[str]:
    names = []
    for package in (tui.data, tui.arabic, tui.ingest):
        names.append(package.__name__)
        names += [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    return names


def test_layers_below_the_ui_import_no_textual():
    modules = _modules()
    assert "tui.data.store" in modules and "tui.arabic.display" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"textual imported: {result.stdout}"


def test_cli_check_does_not_load_textual():
    code = (
        "import sys\nfrom tui.cli import build_parser\n"
        "print(any(m.startswith('textual') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
