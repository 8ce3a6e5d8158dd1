"""Base classes for finders and loaders written in Python."""


class MetaPathFinder:
    """A finder for sys.meta_path: find_spec(fullname, path, target=None) returns a spec or None."""

    def find_spec(self, fullname, path, target=None):
        return None

    def invalidate_caches(self):
        pass


class PathEntryFinder:
    """A finder for one entry of sys.path."""

    def find_spec(self, fullname, target=None):
        return None

    def invalidate_caches(self):
        pass


class Loader:
    """A loader: create_module(spec) may return a module (None: the default one); exec_module runs it."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        raise ImportError

    def exec_module(self, module):
        raise ImportError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_source(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return compile(source, '<string>', 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)
