"""lacworkshop: plan training workshops, record attendance, issue verifiable certificates."""

__version__ = "0.1.0"
