"""Benchmarks for Copydesk: each `bench_*.py` compares our code with a bare baseline in the same run."""
