import sys
import basic_pkg.sub.leaf
print(basic_pkg.VALUE, basic_pkg.sub.leaf.f())
import basic_pkg.sub.leaf as L
print(L is sys.modules["basic_pkg.sub.leaf"], L.__name__)
from basic_pkg.sub import leaf
from basic_pkg import plain as p, VALUE as V
print(leaf is L, p.X, V)
import basic_pkg.plain
print("second import runs nothing")
print(basic_pkg.plain is p, "basic_pkg.plain" in sys.modules)
print(hasattr(basic_pkg, "sub"), hasattr(basic_pkg.sub, "leaf"))
print(L.__file__.endswith("basic_pkg/sub/leaf.py"), basic_pkg.__file__.endswith("basic_pkg/__init__.py"))
print([x.rsplit("/", 1)[-1] for x in basic_pkg.__path__], hasattr(L, "__path__"))
print(type(L).__name__, L.__spec__.origin == L.__file__, L.__loader__ is L.__spec__.loader)
print(L.__spec__.submodule_search_locations, basic_pkg.__spec__.submodule_search_locations == basic_pkg.__path__)
print(__name__, __package__, __spec__)
print(sorted(k for k in vars(L) if k.startswith("__")))
names = list(sys.modules)
print(names.index("basic_pkg") < names.index("basic_pkg.sub") < names.index("basic_pkg.sub.leaf"))
m = __import__("basic_pkg.sub.leaf")
print(m is basic_pkg, __import__("basic_pkg.sub.leaf", fromlist=["f"]) is L)
print(__import__("sys") is sys)
