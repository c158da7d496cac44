"""The stages of a build, in the order recipe.build() runs them.

They are imported only when a build has work to do: a build that finds nothing changed since
the last one loads none of them, nor Jinja, Markdown and YAML behind them.
"""

from .content.reading import read_explainers
from .render.rendering import render_pages
from .render.theme import load_theme
from .site.assemble import make_site
from .site.config import read_config
from .site.files import in_project, site_files
from .site.linkcheck import dead_links
from .site.media import media_files
from .site.pages import site_pages

__all__ = ["read_config", "load_theme", "read_explainers", "make_site", "site_pages",
           "site_files", "in_project", "media_files", "dead_links", "render_pages"]
