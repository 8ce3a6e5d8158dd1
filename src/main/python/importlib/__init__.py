"""Taipan's importlib: the import system's Python face, over the Java module _imp."""

import sys
import _imp

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def import_module(name, package=None):
    """Import a module by name; a name starting with dots is relative to package."""
    return _imp.import_module(name, package)


def reload(module):
    """Run the module's code again, in the same module object, and return it."""
    return _imp.reload(module)


def invalidate_caches():
    """Ask every finder on sys.meta_path to drop what it cached."""
    for finder in sys.meta_path:
        method = getattr(finder, 'invalidate_caches', None)
        if method is not None:
            method()
