import importlib, importlib.util, importlib.machinery, sys
m = importlib.import_module("lib_pkg.counter")
print(m.__name__, m.count)
print(importlib.import_module(".counter", "lib_pkg") is m)
m.extra = "kept"
m2 = importlib.reload(m)
print(m2 is m, m.count, m.extra)
spec = importlib.util.find_spec("lib_pkg.standalone")
print(spec.name, spec.parent, spec.origin.endswith("lib_pkg/standalone.py"), spec.submodule_search_locations)
print(type(spec).__name__, spec.has_location, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
print("lib_pkg.standalone" in sys.modules)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__spec__ is spec, hasattr(mod, "hello"))
spec.loader.exec_module(mod)
print(mod.hello(), "lib_pkg.standalone" in sys.modules)
print(importlib.util.find_spec("no_such_thing_at_all"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("math").name)
print(importlib.util.find_spec("lib_pkg").submodule_search_locations[0].endswith("lib_pkg"))
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"), importlib.util.resolve_name("y", None))
try:
    importlib.util.resolve_name("...x", "a.b")
except ImportError as e:
    print(type(e).__name__, e)
loc = spec.origin
s2 = importlib.util.spec_from_file_location("renamed", loc)
m3 = importlib.util.module_from_spec(s2)
s2.loader.exec_module(m3)
print(m3.NAME, m3.hello(), s2.name, s2.parent == "")
print(importlib.util.source_from_cache("/a/b/__pycache__/c.anything-1.pyc"))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.util.spec_from_loader("zz", None))
importlib.invalidate_caches()
try:
    importlib.reload(sys.modules["lib_pkg"].__class__("not_in_modules"))
except ImportError as e:
    print(type(e).__name__, e)
