"""The Qt interface: pages, dialogs, item models. Talks only to services."""
