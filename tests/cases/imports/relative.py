import rel_pkg
print(rel_pkg.twice(5), rel_pkg.helper.twice(1), rel_pkg.deep.__name__)
print(rel_pkg.inner.sibling.NAME)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .x import y
except ImportError as e:
    print(type(e).__name__, e)
g = {"__name__": "rel_pkg.inner.deep", "__package__": "rel_pkg.inner"}
print(__import__("sibling", g, None, ["NAME"], 1).NAME)
print(__import__("", g, None, ["sibling"], 2).__name__)
print(__import__("helper", {"__name__": "rel_pkg.x", "__package__": None, "__spec__": None}, None, [], 1).__name__)
for bad in [dict(__package__=3), {}]:
    try:
        __import__("x", bad, None, [], 1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("x", None, None, [], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
