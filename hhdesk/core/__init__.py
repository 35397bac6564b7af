"""The core: data model, storage, parsing, matching, reports and services. No Qt here."""
