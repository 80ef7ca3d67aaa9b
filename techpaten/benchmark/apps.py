from __future__ import annotations

from django.apps import AppConfig


class BenchmarkConfig(AppConfig):
    """The benchmark's data set (`manage.py seed_bench`) and, with BENCHMARK=1, its no-op view. No models."""

    name = "techpaten.benchmark"
    label = "benchmark"
