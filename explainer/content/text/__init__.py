"""Markdown and typography: an explainer's prose and texts made HTML (markup.py), with each
language's punctuation, and the slips of Markdown that read otherwise than they look."""
