"""User settings: the bidi mode from the flag, the environment, the config file, or the default."""

from __future__ import annotations

import os
import sys
from pathlib import Path

BIDI_MODES = ("visual", "terminal", "raw")
DEFAULT_BIDI = "visual"


class ConfigError(ValueError):
    """A setting with a value mawqif does not know, with a one-line reason."""


def config_path() -> Path:
    """The user's config file (TOML)."""
    import platformdirs  # only when there is a config to find: it costs start-up time

    return platformdirs.user_config_path("mawqif") / "config.toml"


def _check_mode(value: str, source: str) -> str:
    if value not in BIDI_MODES:
        raise ConfigError(f"{source}: bidi mode {value!r} is not one of {', '.join(BIDI_MODES)}")
    return value


def read_config(path: Path | None = None) -> dict[str, object]:
    """The settings in the config file, or none when there is no file."""
    path = path or config_path()
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise ConfigError(f"{path}: cannot be read ({err.strerror})") from None
    # Imported only now: most starts have no config file, and every import delays them.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    with handle:
        try:
            loaded: dict[str, object] = tomllib.load(handle)
            return loaded
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise ConfigError(f"{path}: cannot be read as TOML ({err})") from None


def resolve_bidi(flag: str | None, remembered: object = None) -> str:
    """The bidi mode in force: --bidi, else $MAWQIF_BIDI, else the mode the last session
    ended in, else the config file, else visual."""
    if flag:
        return _check_mode(flag, "--bidi")
    env = os.environ.get("MAWQIF_BIDI", "").strip()
    if env:
        return _check_mode(env, "MAWQIF_BIDI")
    if remembered in BIDI_MODES:
        return str(remembered)
    value = read_config().get("bidi")
    if value is not None:
        return _check_mode(str(value), str(config_path()))
    return DEFAULT_BIDI
