"""The Qt front end: a thin layer over `editor_app.core`. The core never imports from here."""
