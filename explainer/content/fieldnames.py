"""The names authors give fields elsewhere, and the field of explainer's each means."""

from __future__ import annotations

# Names authors reach for, and the field that holds what they mean: a newsroom's words, and
# the front matter of Hugo, Jekyll, Pelican and WordPress exports, which files moved over keep.
ALIASES = {"author": "byline", "authors": "byline", "writer": "byline", "by": "byline",
           "date": "published", "publishdate": "published", "pubdate": "published",
           "publish_date": "published", "date_published": "published", "lastmod": "updated",
           "modified": "updated", "last_modified": "updated", "updated_at": "updated",
           "summary": "dek", "description": "dek", "subtitle": "dek", "standfirst": "dek",
           "deck": "dek", "excerpt": "dek", "lede": "dek", "tag": "tags", "categories": "tags",
           "category": "tags", "keywords": "tags", "cover": "image", "featured_image": "image",
           "thumbnail": "image", "permalink": "slug", "lang": "language", "link": "url",
           "href": "url", "name": "speaker", "quote": "text", "time": "display_date",
           "hour": "display_date", "headline": "title", "q": "question", "a": "answer",
           "reply": "answer", "response": "answer"}
