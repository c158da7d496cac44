"""The questions a reader asks ("What is the mission?", "Who pays for it?"), each answered in
Markdown: the page heads each question, with an id a link can name (content/anchors.py)."""

from __future__ import annotations

from yaml.nodes import Node, ScalarNode

from . import model
from .context import Context
from .fields import Fields, mapping
from .header import is_null
from .sources import Block
from .textmaps import text_map

Body = tuple[str, str, int]


def read_questions(ctx: Context, fields: Fields, block: Block, body: Body) -> model.Section:
    """Read questions and their answers, in the order of the file."""
    reader = fields.reader

    def question(node: Node) -> model.Question | None:
        if isinstance(node, ScalarNode) and not is_null(node):
            reader.error(node, "a question must be 'question:' and 'answer:' lines, found text",
                         "write '- question: ...' and below it '  answer: ...', its answer in "
                         "Markdown")
            return None
        item = mapping(reader, node, "question")
        if item is None:
            return None
        read = read_question(ctx, item)
        item.finish()
        return read

    items = fields.items("questions", question, required=True)
    return model.Questions("questions", block.fence_line, "questions", *body,
                           title=fields.short("title"), items=items)


def read_question(ctx: Context, item: Fields) -> model.Question | None:
    """Read one question, on one line, and its answer, Markdown that may hold links and lists."""
    reader = item.reader
    asked = item.short("question", required=True)
    node = item.get("answer", True, "its answer, in Markdown")
    answer = item.as_text(node, "answer") if node is not None else ""
    if node is not None and not answer:
        reader.error(node, "'answer' is empty", "write the answer after 'answer: ', or below "
                     "it in a '|' block for several paragraphs or a list")
    if node is None or not asked or not answer:
        return None
    html = ctx.markdown(answer, reader.what, reader.line_of(node), node.start_mark.column + 1)
    return model.Question(asked, html, answer, line=item.line(),
                          answer_map=text_map(reader, node, answer))
