"""The site's look: learn a WordPress site's article page once, keep it, and wear it offline.

``learn``   fetches the newest post's page and the stylesheets, fonts and images it uses, all from
            the site's own origin, and hands them to ``clean`` before anything is written;
``clean``   removes everything that could run or submit (scripts, handlers, frames, forms) and
            points every kept reference at the cached copy;
``slots``   finds where the headline, dek, byline, dates, featured image, terms and body sit, for
            block themes (``wp-block-post-*``) and classic themes (``entry-*``), and turns the page
            into a template;
``wear``    fills that template with an article;
``cache``   keeps the files of one site's look, with the time they were fetched.

Nothing here imports Qt. The preview serves the cached files from its own URL scheme
(:data:`LOOK_SCHEME`), so the stored page refers to them as ``LOOK_SCHEME://KEY/files/NAME``.
"""

from .cache import LOOK_SCHEME, LookCache, LookManifest, look_key
from .wear import LOOKS, LookUnavailable, SiteLook

__all__ = ["LOOKS", "LOOK_SCHEME", "LookCache", "LookManifest", "LookUnavailable", "SiteLook", "look_key"]
