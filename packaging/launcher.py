"""The bundle's entry point: the same as the `copydesk` command."""

from editor_app.cli import main

raise SystemExit(main())
