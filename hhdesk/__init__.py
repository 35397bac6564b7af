"""hhdesk — a desktop workbench for solo headhunters and small agencies."""

__version__ = "0.1.0"
