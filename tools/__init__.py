"""Developer tools: the bundled corpus builder and the import's evaluation."""
