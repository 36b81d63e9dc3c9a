"""Django's floor, served by the benchmark (scripts/benchmark.py)."""
