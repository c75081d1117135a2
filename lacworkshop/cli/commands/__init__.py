"""One module per command; each defines ``register(registry)``. Found automatically."""
