"""A hostile article and review, for the tests that exports and screens cannot be hurt by them."""

from __future__ import annotations

from pathlib import Path

# An escape sequence that writes "echo hi" to the clipboard when printed (OSC 52), a C1
# CSI, a right-to-left override, a bell and a backspace.
OSC52 = "\x1b]52;c;ZWNobyBoaQ==\x07"
HOSTILE_QUOTE = f"=1+1 الانسحاب {OSC52} الكامل \x9b31m سيتم \u202e في أيلول ٢٠٢٦\x08خفي"
ARTICLE = ("بغداد - وكالة الاختبار: قال المتحدث باسم قيادة العمليات المشتركة، سعد الكبيسي، "
           f"اليوم الاثنين، إن «{HOSTILE_QUOTE}».\n")  # fmt: skip
TITLE = '=HYPERLINK("http://example.invalid","x")'
OUTLET = "@SUM(1+1)\u202e\x1b[31m"
NOTE = "-2+3 <script>alert(1)</script> \x1b[2J"
TAGS = ("+tag", "\ttabbed")


def hostile_workspace(folder: Path) -> Path:
    """A workspace in `folder` holding the hostile article, imported from the command line,
    and a hostile note and tags on its statement (as a shared review file may hold)."""
    from tui.cli import main
    from tui.data.review import change
    from tui.data.store import Workspace

    text = folder / "hostile.ar.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    db = folder / "hostile.json"
    assert main(["import", "--db", str(db), "--published", "2026-03-02", "--title", TITLE,
                 "--outlet", OUTLET, str(text)]) == 0  # fmt: skip
    workspace = Workspace(db)
    (statement,) = workspace.corpus.statements.values()
    workspace.annotate(f"statement:{statement.id}",
                       lambda a: change(a, note=NOTE, tags=TAGS))  # fmt: skip
    workspace.save()
    return db
