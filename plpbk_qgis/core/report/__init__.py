"""The conformance report: content model and PDF rendering (pure, reportlab)."""
