"""The one error of the gemeente checks."""


class GemeenteFout(ValueError):
    """A configuration error, phrased for the person who edits the gemeente's mkdocs.yml."""
