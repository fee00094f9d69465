"""The one error a build step raises: a message for whoever edits the site or its configuration."""


class BuildError(Exception):
    """A build that must stop. The message names the page or the field, and the fix."""
