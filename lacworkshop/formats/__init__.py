"""Files in and out, as pure functions from data to bytes and back. No ORM here."""
