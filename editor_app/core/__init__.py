"""The display-free core: domain rules, the local store, rendering and sync. Never imports Qt."""
