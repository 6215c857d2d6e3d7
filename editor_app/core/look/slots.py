"""Find where an article's parts sit in a cleaned article page and turn the page into a template.

Block themes mark them with the post blocks' classes (``wp-block-post-title``, ``-excerpt``,
``-author``/``-author-name``, ``-date``, ``-featured-image``, ``-terms``, ``-content``); classic
themes with the ``entry-*`` conventions (``entry-title``, ``entry-summary``, ``byline``/``author``,
``entry-date``/``published``/``updated``, ``post-thumbnail``, ``cat-links``/``tags-links``,
``entry-content``). A page without a headline or a body is not understood, and says so.

A template holds tokens (``\\ue000name\\ue001``, private-use characters no page text carries) for
values, and ``\\ue000if:name\\ue001 … \\ue000end:name\\ue001`` around parts that go when the
article has no such value (no dek, no featured image, no tags).
"""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from .clean import element_classes


class PageNotUnderstood(Exception):
    """The page has no recognisable headline or body; the message says which."""


def token(name: str) -> str:
    return f"\ue000{name}\ue001"


def _first(scope: Tag, *selectors: str) -> Tag | None:
    for selector in selectors:
        found = scope.select_one(selector)
        if found is not None:
            return found
    return None


def _wrap_if(tag: Tag, name: str) -> None:
    tag.insert_before(NavigableString(token(f"if:{name}")))
    tag.insert_after(NavigableString(token(f"end:{name}")))


def _set_text(tag: Tag, value: str) -> None:
    """Put a token where the element's text is: inside its innermost link, if it has one."""
    target = tag.find("a") or tag
    target.clear()
    target.append(NavigableString(value))


_DROPPED_PARTS = (
    ".wp-block-comments", ".wp-block-comments-query-loop", ".wp-block-post-comments-form",
    ".wp-block-post-navigation-link", ".wp-block-query-pagination", ".comments-area", "#comments",
    "#respond", ".post-navigation", "nav.navigation", ".wp-block-post-comments",
)  # fmt: skip


def _terms(tag: Tag, name: str) -> None:
    """Keep the label before the first link and the text after the last; the links become a token."""
    children = list(tag.children)
    with_links = [
        i
        for i, child in enumerate(children)
        if isinstance(child, Tag) and (child.name == "a" or child.find("a") is not None)
    ]
    if with_links:
        first, last = with_links[0], with_links[-1]
        for child in children[first + 1 : last + 1]:
            child.extract()
        children[first].replace_with(NavigableString(token(name)))
    else:
        tag.append(NavigableString(token(name)))
    _wrap_if(tag, name)


def _featured(scope: Tag, block: bool, body: Tag) -> None:
    holder = _first(scope, ".wp-block-post-featured-image", ".post-thumbnail")
    if holder is None:
        holder = BeautifulSoup(
            '<figure class="wp-block-post-featured-image"><img></figure>'
            if block
            else '<figure class="post-thumbnail"><img></figure>',
            "html.parser",
        ).find("figure")
        body.insert_before(holder)
    img = holder.find("img")
    if img is None:
        img = BeautifulSoup("<img>", "html.parser").find("img")
        holder.append(img)
    if img.parent is not None and img.parent.name == "a":
        img.parent.unwrap()
    for attr in ("srcset", "sizes", "width", "height", "loading", "decoding"):
        img.attrs.pop(attr, None)
    img["src"], img["alt"] = token("featured_src"), token("featured_alt")
    _wrap_if(holder, "featured")


def prepare_templates(page: str) -> tuple[str, str, str]:
    """(flavour, template with the page's header and footer, template of the article column)."""
    soup = BeautifulSoup(page, "html.parser")
    if soup.html is None or soup.head is None or soup.body is None:
        raise PageNotUnderstood("the page has no <html>, <head> and <body>")
    scope = soup.find("main") or soup.body
    for selector in _DROPPED_PARTS:
        for node in scope.select(selector):
            node.decompose()
    body = _first(scope, ".wp-block-post-content", ".entry-content")
    headline = _first(scope, ".wp-block-post-title", "h1.entry-title", ".entry-title")
    if body is None:
        raise PageNotUnderstood("no article body found (neither wp-block-post-content nor entry-content)")
    if headline is None:
        raise PageNotUnderstood("no headline found (neither wp-block-post-title nor entry-title)")
    block = "wp-block-post-content" in element_classes(body)
    flavour = "block" if block else "classic"

    soup.html["lang"] = token("lang")
    title = soup.head.find("title")
    if title is None:
        title = soup.new_tag("title")
        soup.head.append(title)
    title.string = token("doc_title")
    soup.head.insert(0, NavigableString(token("head")))

    _set_text(headline, token("title"))
    body.clear()
    body.append(NavigableString(token("body")))

    dek = _first(scope, ".wp-block-post-excerpt", ".entry-summary")
    if dek is not None:
        paragraph = dek.find("p") or dek
        for more in dek.select(".wp-block-post-excerpt__more-text, .wp-block-post-excerpt__more-link"):
            more.decompose()
        paragraph.clear()
        paragraph.append(NavigableString(token("dek")))
    else:
        dek = BeautifulSoup(
            f'<p class="{"wp-block-post-excerpt__excerpt" if block else "entry-summary"} '
            f'copydesk-dek">{token("dek")}</p>',
            "html.parser",
        ).find("p")
        headline.insert_after(dek)
    _wrap_if(dek, "dek")

    author = _first(scope, ".wp-block-post-author-name", ".wp-block-post-author", ".byline")
    if author is not None:
        for avatar in author.select(".wp-block-post-author__avatar, .avatar"):
            avatar.decompose()  # the learned post's author's picture is not this article's
        name = _first(author, ".wp-block-post-author__name", ".author", ".fn") or author
        _set_text(name, token("byline"))
        _wrap_if(author, "byline")

    for name, selectors in (
        ("updated", (".wp-block-post-date__modified-date", "time.updated")),
        ("published", (".wp-block-post-date", "time.entry-date", "time.published")),
    ):
        holder = _first(scope, *selectors)
        if holder is None:
            continue
        time = holder if holder.name == "time" else holder.find("time")
        if time is None:
            time = soup.new_tag("time")
            holder.clear()
            holder.append(time)
        time["datetime"] = token(f"{name}_iso")
        time.clear()
        time.append(NavigableString(token(name)))
        wrapper = holder
        if holder.name == "time":
            wrapper = holder.find_parent(class_=["posted-on", "updated-on"]) or holder
        _wrap_if(wrapper, name)
    for name, selectors in (
        ("categories", (".wp-block-post-terms.taxonomy-category", ".cat-links")),
        ("tags", (".wp-block-post-terms.taxonomy-post_tag", ".tags-links")),
    ):
        holder = _first(scope, *selectors)
        if holder is not None:
            _terms(holder, name)
    _featured(scope, block, body)

    full = str(soup)
    _keep_only_column(scope)
    return flavour, full, str(soup)


def _keep_only_column(main: Tag) -> None:
    """Remove everything in <body> that is not the article column or on the way to it."""
    node: Tag = main
    while node.parent is not None and node.name != "body":
        parent = node.parent
        for sibling in list(parent.children):
            if sibling is node:
                continue
            if isinstance(sibling, Tag) and sibling.name not in ("style", "link"):
                if token("head") in sibling.decode():  # never drop a slot
                    continue
                sibling.decompose()
        node = parent
