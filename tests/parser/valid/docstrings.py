"""Module docstring.

It spans several lines.
"""


def f():
    """Function docstring."""


def g():
    'single-quoted docstring'
    return 1


def h():
    r"""Raw docstring with \n kept."""


def i():
    b"""Bytes are not docstrings, but still an expression statement."""


def j():
    f"""An f-string is not a docstring {x}."""


class C:
    """Class docstring."""

    def m(self):
        """Method docstring."""
        """A second string is just an expression."""


async def k():
    """Async function docstring."""
    await x


def l():
    ("parenthesized"
     " docstring")


def m():
    x = 1
    """Not a docstring: not the first statement."""
