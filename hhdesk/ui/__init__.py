"""Qt widgets, item models and workers. Holds no SQL."""
