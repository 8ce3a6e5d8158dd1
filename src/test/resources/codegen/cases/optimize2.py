# optimize: 2
"""doc"""
def f():
    """doc"""
    assert x
    return __debug__
class C:
    "doc"
