"""A folder's address without its slash: the preview sends the browser on, as static hosts do."""

from __future__ import annotations

import http.client
from collections.abc import Callable
from pathlib import Path

from explainer.options import BuildOptions
from explainer.serve.preview import Preview

from .previews import preview
from .test_devserver import explainer

FRENCH = ("---\ntitle: Alpha en français\nlanguage: fr\ndek: Un chapeau.\n"
          "published: 2024-05-01\n---\n\n--- summary\n---\nIl s'est passé quelque chose.\n")


def test_a_folder_without_its_slash_is_sent_to_the_folder(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/alpha.md": explainer("Alpha"), "content/alpha-fr.md": FRENCH})
    site = Preview(BuildOptions(root=root, output=root / "public"), lambda line: None,
                   lambda problems, every: None, lambda paths: None)
    site.start()
    for folder in ("countries", "tags", "fr", "fr/countries"):
        answer = site.response(folder)
        assert (answer.status, answer.location) == (302, f"/{folder}/"), folder
        assert site.response(f"{folder}/").status == 200, folder
    assert site.response("alpha").status == 404  # a page is no folder
    assert site.response("nothing").status == 404
    assert site.response("fr/nothing").status == 404


def test_the_redirect_keeps_the_query_and_leads_to_the_page(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/alpha.md": explainer("Alpha")})
    with preview(root) as server:
        address = server.url.removeprefix("http://").rstrip("/")
        connection = http.client.HTTPConnection(address, timeout=10)
        try:
            connection.request("GET", "/countries?from=mail&x=1")
            answer = connection.getresponse()
            answer.read()
            assert (answer.status, answer.getheader("Location")) == (
                302, "/countries/?from=mail&x=1")
        finally:
            connection.close()
        followed = server.get("countries")  # urllib follows the redirect, as a browser does
        assert followed.status == 200 and "<h1>" in followed.text
        assert server.get("countries.html").status == 404
