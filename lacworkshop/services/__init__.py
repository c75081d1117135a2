"""Use cases, one module per capability. Each owns its unit of work."""
