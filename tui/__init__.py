"""mawqif: who said what about the coalition's withdrawal from Iraq and the ISIS threat."""

__version__ = "0.1.0"
