"""Resume reading: text extraction and field detection."""
