"""errorflow: event-sourced error handling and automatic recovery."""

__version__ = "0.1.0"
