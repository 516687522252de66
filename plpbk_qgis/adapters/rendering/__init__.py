"""Rendering to images and HTML for reports."""
