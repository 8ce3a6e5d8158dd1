"""Module docstring.

>>> 1 + 1
2
"""
import contextlib
import doctest
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def mask(text):
    text = text.replace(HERE, "")
    # doctest's own frame in tracebacks: its line and text are the library's
    return re.sub(r'(?m)^( *)File "[^"]*doctest\.py".*\n(?:\1  .*\n)*', r'\1File "doctest.py" ...\n', text)


def run(fn, *args, **kw):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = fn(*args, **kw)
    print(mask(buf.getvalue()), end="")
    print("->", result)


def square(x):
    """Squares.

    >>> square(3)
    9
    >>> square(-2)
    5
    >>> [square(i) for i in range(3)]
    [0, 1, 4]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    """
    return x * x


def divide(a, b):
    """
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(4, 2)
    2.0
    >>> divide(1, 0)
    >>> divide("a", 1)
    Traceback (most recent call last):
    ValueError: wrong
    """
    return a / b


class Box:
    """A box.

    >>> Box(3).value
    3
    """

    def __init__(self, value):
        self.value = value

    def double(self):
        """
        >>> Box(2).double()
        4
        >>> Box(2).double()  # doctest: +SKIP
        999
        """
        return self.value * 2

    @property
    def neg(self):
        """>>> Box(1).neg
        -1
        """
        return -self.value

    @staticmethod
    def helper():
        """>>> Box.helper()
        'help'
        """
        return 'help'


def options():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> True
    1
    >>> raise KeyError("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'something else'
    >>> x = 5
    >>> x
    5
    >>> print("no newline", end="")
    no newline
    """


def no_examples():
    "Nothing to run here."


__test__ = {"extra": """
>>> 2 * 21
42
>>> undefined_name
"""}

run(doctest.testmod)
print("=== verbose")
run(doctest.testmod, verbose=True)
print("=== report only first failure")
run(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("=== exclude empty")
run(doctest.testmod, exclude_empty=True, report=True, verbose=True)
