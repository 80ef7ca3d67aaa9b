"""The generated documents: one module per document type, each exposing `KIND`; see registry.KINDS."""
