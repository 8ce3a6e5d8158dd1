"""The finders, loaders and spec type the import system uses."""

import _imp

ModuleSpec = _imp.ModuleSpec
BuiltinImporter = _imp.BuiltinImporter
PathFinder = _imp.PathFinder
SourceFileLoader = _imp.SourceFileLoader
SourcelessFileLoader = _imp.SourcelessFileLoader
NamespaceLoader = _imp.NamespaceLoader

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module can have."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
