"""The terminal driver that tells VTE terminals whether to reorder Arabic themselves."""

from __future__ import annotations

from textual.drivers.linux_driver import LinuxDriver

# ECMA-48 BDSM (bi-directional support mode): ESC[8l makes VTE terminals show cells as
# sent ("explicit"), ESC[8h gives them back their own reordering ("implicit", the default).
EXPLICIT = "\x1b[8l"
IMPLICIT = "\x1b[8h"


class BidiAwareDriver(LinuxDriver):
    """A Linux driver that switches the terminal's own bidi off while mawqif draws visual rows."""

    visual = True
    active: BidiAwareDriver | None = None

    def start_application_mode(self) -> None:
        super().start_application_mode()  # type: ignore[no-untyped-call]  # Textual's, unannotated
        BidiAwareDriver.active = self
        if self.visual:
            self.write(EXPLICIT)
            self.flush()

    def stop_application_mode(self) -> None:
        # Always restore the terminal's default, whatever mode was last chosen.
        self.write(IMPLICIT)
        self.flush()
        BidiAwareDriver.active = None
        super().stop_application_mode()

    @classmethod
    def set_visual(cls, visual: bool) -> None:
        """Tell the running terminal whether mawqif's rows are already in visual order."""
        cls.visual = visual
        if cls.active is not None:
            cls.active.write(EXPLICIT if visual else IMPLICIT)
            cls.active.flush()
