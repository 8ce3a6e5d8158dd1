import sys
def attempt(stmt):
    try:
        exec(stmt, {})
        print("ok:", stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, str(e).split(" (/")[0], getattr(e, "name", "-"))
attempt("import no_such_module_x")
attempt("import err_pkg.nothing")
attempt("import err_pkg.mod.deeper")
attempt("from err_pkg import nothing")
attempt("from err_pkg.mod import nothing")
attempt("import err_pkg.broken")
print("err_pkg.broken" in sys.modules)
attempt("import err_pkg.broken")
try:
    import err_pkg.syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("syntax.py"))
sys.modules["blocked"] = None
attempt("import blocked")
attempt("__import__(3)")
attempt("__import__('a.b', fromlist=[1])")
e = ModuleNotFoundError("m", name="n", path="p")
print(e, e.name, e.path, isinstance(e, ImportError))
e = ImportError()
print(repr(e), e.name, e.path, e.msg)
attempt("import importlib; importlib.import_module('.x')")
attempt("import importlib; importlib.import_module('')")
attempt("import importlib; importlib.import_module('..x', 'err_pkg')")
