"""`python -m editor_app` is the same as the `copydesk` command."""

from editor_app.cli import main

raise SystemExit(main())
