"""Two small sites on loopback for the look tests: a WordPress-like one and another origin.

Each serves a dict of path → (content type, bytes) and records every path it was asked for, so
a test can show that nothing was fetched from the other origin.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Site:
    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.requests: list[str] = []
        self.url = ""

    def add(self, path: str, content_type: str, body: str | bytes) -> None:
        self.files[path] = (content_type, body.encode("utf-8") if isinstance(body, str) else body)


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.requests.append(self.path)
            found = site.files.get(self.path)
            if found is None:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", found[0])
            self.send_header("Content-Length", str(len(found[1])))
            self.end_headers()
            self.wfile.write(found[1])

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


# A tiny font-like and image-like payload: the look keeps bytes, it does not decode them.
FONT = b"wOF2-test-font"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 16

BLOCK_PAGE = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<meta http-equiv="refresh" content="0;url=https://elsewhere.test/">
<meta http-equiv="Content-Security-Policy" content="script-src *">
<title>Hello &#8211; Test</title>
<link rel="stylesheet" href="{site}/wp-includes/css/style.min.css?ver=6" media="all">
<link rel="stylesheet" href="{other}/fonts.css">
<link rel="preload" href="{site}/big.js" as="script">
<style id="global-styles-inline-css">body{{--wp--preset--font-family--dm-sans:"DM Sans";}}
@font-face{{font-family:"DM Sans";src:url('{site}/wp-content/themes/t/dm.woff2') format('woff2');}}
@font-face{{font-family:"Noto Sans JP";src:url('/wp-content/themes/t/jp.woff2');unicode-range:U+3041-30FF;}}
@font-face{{font-family:"Far";src:url('{other}/far.woff2');}}</style>
<script src="{site}/wp-includes/js/x.js"></script>
<script>alert(1)</script>
</head>
<body class="single single-post postid-7" onload="steal()">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Test</a></p>
<form role="search" action="/"><input name="s"><button>Search</button></form>
<img src="/wp-content/uploads/logo.png" onerror="alert(2)" srcset="/a.png 2x" alt="logo"></header>
<main class="wp-block-group">
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/old.png" alt="old"></figure>
<h1 class="wp-block-post-title">Old headline</h1>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">Old dek</p></div>
<div class="wp-block-post-date"><time datetime="2020-01-01T00:00:00+00:00">January 1, 2020</time></div>
<div class="wp-block-post-author"><img class="avatar" src="{other}/avatar.png" alt="">
<div class="wp-block-post-author__content"><p class="wp-block-post-author__name">admin</p></div></div>
<div class="entry-content wp-block-post-content"><p>Old body</p>
<iframe src="https://video.test/embed"></iframe><noscript><p>enable JS</p></noscript>
<a href="javascript:alert(3)">bad link</a><svg><use href="{other}/sprite.svg#i"></use></svg></div>
<div class="taxonomy-category wp-block-post-terms">
<a href="/c/news" rel="tag">News</a><span class="wp-block-post-terms__separator">, </span>
<a href="/c/x" rel="tag">X</a></div>
<div class="taxonomy-post_tag wp-block-post-terms"><a href="/t/old" rel="tag">old</a></div>
<div class="wp-block-comments"><h2>Comments</h2></div>
</main>
<footer class="wp-block-template-part"><p>Footer text</p></footer>
</div></body></html>
"""

CLASSIC_PAGE = """<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Post &#8211; Classic</title>
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/c/style.css?ver=1" media="all">
</head>
<body class="post-template-default single">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title">Classic</p></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-5" class="post-5 post type-post">
<header class="entry-header"><h1 class="entry-title">Old classic headline</h1></header>
<div class="entry-content"><p>Old classic body</p></div>
<footer class="entry-footer default-max-width">
<div class="posted-by"><span class="posted-on">Published
<time class="entry-date published updated" datetime="2020-01-01T00:00:00+00:00">January 1, 2020</time></span>
<span class="byline">By <a href="/author/admin/" rel="author">admin</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as
<a href="/c/u/" rel="category tag">Uncategorized</a> </span>
<span class="tags-links">Tagged <a href="/t/a/" rel="tag">a</a>, <a href="/t/b/" rel="tag">b</a></span></div>
</footer></article>
<nav class="navigation post-navigation"><a href="/prev/">Previous</a></nav>
<div id="comments" class="comments-area"><form id="commentform"><textarea></textarea></form></div>
</main></div></div>
<footer id="colophon" class="site-footer"><p>Classic footer</p></footer>
</div></body></html>
"""


def wordpress_like(site: Site, other: Site, page: str = BLOCK_PAGE) -> None:
    """Fill `site` with a REST answer naming its article page, the page and the files it uses."""
    link = f"{site.url}/2026/hello/"
    site.add("/wp-json/wp/v2/posts?per_page=1&_fields=id,link", "application/json",
             json.dumps([{"id": 7, "link": link}]))
    site.add("/2026/hello/", "text/html; charset=UTF-8", page.format(site=site.url, other=other.url))
    site.add("/wp-includes/css/style.min.css?ver=6", "text/css",
             "@import url('/wp-includes/css/more.css');\nbody{background:url(../../wp-content/uploads/bg.png)}"
             "\n.far{background:url(" + other.url + "/far.png)}")
    site.add("/wp-includes/css/more.css", "text/css", "h1{font-weight:700}")
    site.add("/wp-content/uploads/bg.png", "image/png", PNG)
    site.add("/wp-content/uploads/logo.png", "image/png", PNG)
    site.add("/wp-content/uploads/old.png", "image/png", PNG)
    site.add("/wp-content/themes/t/dm.woff2", "font/woff2", FONT)
    site.add("/wp-content/themes/t/jp.woff2", "font/woff2", FONT)
    site.add("/wp-content/themes/c/style.css?ver=1", "text/css", ".entry-title{font-size:2rem}")
    other.add("/fonts.css", "text/css", "body{font-family:Far}")
