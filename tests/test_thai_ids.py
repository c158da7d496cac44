"""Thai words in Latin letters as the Royal Thai General System of Transcription spells them,
by their sounds, in the ids of headings, the names of tag pages and of a new draft: ประเทศไทย
is prathetthai, not praethsaithy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.spelling.latin import slugify
from explainer.content.spelling.thai import spell

from .helpers import run_cli, soup


@pytest.mark.parametrize(("text", "slug"), [
    # a vowel written before its consonant is said after it; a final is one of eight sounds
    ("ประเทศไทย", "prathetthai"), ("การเลือกตั้ง", "kanlueaktang"), ("เกิด", "koet"),
    ("เรียน", "rian"), ("เมือง", "mueang"), ("ภูเก็ต", "phuket"), ("เชียงใหม่", "chiangmai"),
    # tone marks are not written; ำ is am, also once NFKD has taken it apart
    ("น้ำท่วม", "namthuam"), ("ทำไม", "thammai"), ("ก้าวไกล", "kaoklai"),
    # a vowel not written: o before a final, ua after ว, a after รร, else a
    ("คน", "khon"), ("ถนน", "thanon"), ("สวน", "suan"), ("พรรคเพื่อไทย", "phakphueathai"),
    ("สภา", "sapha"), ("ทวีสิน", "thawisin"), ("สิงหาคม", "singhakhom"),
    # clusters, a silent ห before a sonorant, a final ย or ว with its vowel, ์ silent
    ("กรุงเทพ", "krungthep"), ("ขวา", "khwa"), ("ควร", "khuan"), ("ใหม่", "mai"),
    ("อยู่", "yu"), ("ข้าว", "khao"), ("เดียว", "diao"), ("ช่วย", "chuai"),
    ("จันทร์", "chan"), ("การเลือกตั้งทั่วไป พ.ศ. 2566", "kanlueaktangthuapai-pha-sa-2566"),
])
def test_thai_is_written_as_the_royal_thai_system_spells_it(text: str, slug: str) -> None:
    assert slugify(text, "th") == slug


def test_a_thai_page_names_its_headings_and_tags_by_their_sounds(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "title: อธิบายข่าว\nlanguage: th\n", "content/election.md": (
        "---\ntitle: เลือกตั้ง\ndek: อธิบาย\npublished: 2023-08-23\n"
        "tags: [ประเทศไทย, เลือกตั้ง]\n---\n\n--- prose\nheading: ทำไมผู้ชนะจึงไม่ได้เป็นรัฐบาล\n"
        "---\nเนื้อหา\n\n## พรรคเพื่อไทย\n\nเนื้อหา\n")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    page = soup(out / "election.html")
    assert page.select_one("section[id^=thammaiphu] [id=phakphueathai]") is not None
    tags = sorted(path.stem.rsplit("-", 1)[0] for path in (out / "tags").glob("*-*.html"))
    assert tags == ["lueaktang", "prathetthai"]
    result = run_cli("new", "น้ำท่วมเชียงใหม่", "--root", root)
    assert result.returncode == 0, result.stderr
    assert (root / "content" / "namthuamchiangmai.md").is_file(), result.stdout


@pytest.mark.parametrize("text", ["ิ", "เ", "ะ", "฿", "เะ", "ำ", "กิ่ิ", "ๆ", "์", "ฯลฯ"])
def test_any_run_of_thai_signs_is_read_to_its_end(text: str) -> None:
    assert spell(text).isascii()
