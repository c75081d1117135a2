"""Message texts, one module per area; see formats.messages."""
