# optimize: 1
assert x, "m"
if __debug__:
    y()
def f():
    "doc"
    assert z
