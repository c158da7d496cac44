"""Rendering: Jinja templates turn the site's pages into bytes, and writers put them in place."""
