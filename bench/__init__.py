"""The benchmark of issue 8: a workspace generator, the measurements and their baselines."""
