def half(n):
    """Halves.

    >>> half(4)
    2.0
    >>> half(3)
    1
    """
    return n / 2


def ok():
    """
    >>> ok()
    'fine'
    """
    return 'fine'
