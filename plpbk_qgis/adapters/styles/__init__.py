"""Layer styles: catalog styles and check-result styles."""
