"""Benchmark cases; see benchmarks/run.py."""
