import sys
class Fake:
    value = "fake"
sys.modules["fake_mod"] = Fake()
import fake_mod
print(fake_mod.value)
from fake_mod import value
print(value)
del sys.modules["fake_mod"]
try:
    import fake_mod
except ModuleNotFoundError as e:
    print(e)

class Finder:
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual"):
            import importlib.util
            return importlib.util.spec_from_loader(name, Loader(), is_package=name == "virtual")
        return None

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.made_by = "Loader for " + module.__name__
        print("exec_module", module.__name__, module.__spec__.name, module.__package__)

sys.meta_path.append(Finder())
import virtual.child
print(virtual.made_by, virtual.child.made_by, virtual.__path__, virtual.child.__package__)
from virtual import other
print(other.made_by)
print(len(sys.meta_path) >= 3)

ModuleType = type(sys)
mod = ModuleType("made")
print(mod, mod.__name__, mod.__doc__, sorted(vars(mod)))
mod = ModuleType("made2", "docstring")
print(mod.__doc__, mod.__spec__)
