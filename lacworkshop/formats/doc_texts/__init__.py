"""Document texts, one module per document kind; see formats.catalogue."""
