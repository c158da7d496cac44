"""The theme: the project's templates, static files and strings tables, the user's overrides
laid over them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..content.languages import language_folder
from ..content.model import Explainer
from ..errors import Problem
from ..hashing import digest
from ..inputs import STATIC_FOLDERS, STRINGS, TEMPLATE_FOLDERS, THEME, Inputs, uses_shipped_theme
from ..site.english import mark_page
from ..site.exports import EXPORTERS
from ..site.lexicon import Lexicon, load_lexicon
from ..site.meta import page_meta
from ..site.page import Page
from ..site.reuse import EXPORT
from .assets import fingerprint
from .blocks import unknown_blocks
from .sections import SectionStore
from .templates import Renderer
from .wording import Translate, name_ways_back

if TYPE_CHECKING:
    from ..speed.memo import Memo


@dataclass(frozen=True)
class Theme:
    """What pages are rendered with.

    `static` holds the static files by site path, stylesheets and scripts under their
    content-hashed names, which `assets` gives for each; `templates` is a hash of every
    template file, for the build cache; `lexicon` holds the words of every language.
    """

    renderer: Renderer
    templates: str
    static: Mapping[str, bytes]
    assets: Mapping[str, str]
    lexicon: Lexicon
    problems: tuple[Problem, ...] = ()  # blocks the project's templates fill in vain

    def render(self, page: Page, site: Any, explainer: Explainer | None,
               sections: SectionStore | None = None) -> tuple[bytes, tuple[str, ...]]:
        """Render a page, or make a data file with its exporter; return it and the template
        files it used.

        `site` is the site, or a stand-in that notes what the templates look at; `sections`
        holds the explainer's sections as an earlier page of it rendered them.
        """
        words = self.lexicon.words(page.language)
        if page.template.startswith(EXPORT):  # a data file, made by an exporter
            return EXPORTERS[page.template[len(EXPORT):]](site, page, explainer, words), ()
        context = dict(page.context)
        if explainer is not None:
            context["explainer"] = explainer
        html, used = self.renderer.render(
            page.template, page.path, self.assets, absolute=page.absolute, site=site,
            words=words, t=Translate(words),
            home=language_folder(page.language, site.config.language),
            empty_lists=page.empty_lists,
            masthead=site.config.masthead(page.language),
            meta=page_meta(site.config, page, self.lexicon, explainer),
            section_html=(sections or SectionStore()).function(), **context)
        html = name_ways_back(html, words)
        return (mark_page(html, words.direction) if words.fallback else html), used


def load_theme(inputs: Inputs, memo: Memo) -> Theme:
    """Read the project's templates and static files, or take those the memo holds."""
    templates = [path for folder in TEMPLATE_FOLDERS for path in inputs.under(folder)]
    renderer = memo.remember("templates", tuple(templates),
                             lambda: Renderer(inputs.root, memo.compiled_templates()))
    renderer.look_again()  # templates edited since the last build are read again
    written = {path: inputs.path(path).read_bytes() for path in templates}
    templates_digest = digest(*(part for path in sorted(written)
                                for part in (path, written[path])))
    static_paths = [path for folder in STATIC_FOLDERS for path in inputs.under(folder)]
    static, assets = memo.remember(
        "static", tuple((path, inputs.stamps[path]) for path in static_paths),
        lambda: fingerprint(static_files(inputs, static_paths)))
    lexicon = memo.remember("strings", tuple((path, inputs.stamps[path])
                                             for path in inputs.under(STRINGS)),
                            lambda: load_lexicon(inputs))
    own = [(path, path.split("templates/", 1)[1], written[path].decode("utf-8", "replace"))
           for path in templates if not path.startswith(THEME)] \
        if uses_shipped_theme(inputs.root) else []
    problems = memo.remember("blocks", tuple((path, inputs.stamps[path]) for path in templates),
                             lambda: tuple(unknown_blocks(renderer.env, own)))
    return Theme(renderer, templates_digest, static, assets, lexicon, problems)


def static_files(inputs: Inputs, paths: list[str]) -> dict[str, bytes]:
    """Return the static files by site path, the user's overrides laid over the theme's."""
    found: dict[str, bytes] = {}
    for folder in STATIC_FOLDERS:
        prefix = folder + "/"
        for path in paths:
            if path.startswith(prefix):
                found[path[len(prefix):]] = inputs.path(path).read_bytes()
    return found
