"""A module that does not parse: what it defines is unknown."""

def build_broken(:
    pass
