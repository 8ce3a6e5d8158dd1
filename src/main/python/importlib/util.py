"""Helpers around the import system: specs, module creation, cache file names."""

import sys
import _imp
from importlib.machinery import ModuleSpec, SourceFileLoader, SourcelessFileLoader

MAGIC_NUMBER = _imp.MAGIC_NUMBER


def resolve_name(name, package):
    """The absolute name of a (possibly relative) module name."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def find_spec(name, package=None):
    """The spec of a module: from sys.modules if it is there, else from the finders (parents are imported)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{fullname}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    parent_path = None
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                name=fullname) from e
    return _imp.find_spec(fullname, parent_path)


def module_from_spec(spec):
    """A new module for the spec, with its import attributes set (its code is not run)."""
    return _imp.module_from_spec(spec)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that a given loader loads."""
    if is_package is None and loader is not None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for a module in a file; the loader follows from the file's suffix when not given."""
    if location is None:
        location = '<unknown>'
    location = str(location)
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
        elif location.endswith('.pyc'):
            loader = SourcelessFileLoader(name, location)
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc file that caches the source file `path`."""
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = str(path)
    head, _, tail = path.rpartition('/')
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost = ''.join([(base if sep else rest), '.', tag])
    if optimization is None:
        level = _imp.optimize()
        optimization = '' if level == 0 else level
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    name = almost + '.pyc'
    return f'{head}/__pycache__/{name}' if head or path.startswith('/') else f'__pycache__/{name}'


def source_from_cache(path):
    """The source file that the cache file `path` was compiled from."""
    path = str(path)
    head, _, pycache_filename = path.rpartition('/')
    pycache_dir = head.rpartition('/')[2]
    if pycache_dir != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dot_count == 3:
        opt = pycache_filename.rsplit('.', 2)[-2]
        if not opt.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        if not opt[4:].isalnum():
            raise ValueError(f'optimization level {opt[4:]!r} is not an alphanumeric value')
    base = pycache_filename.partition('.')[0]
    parent = head.rpartition('/')[0]
    return f'{parent}/{base}.py' if parent or head.startswith('/') else base + '.py'


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines."""
    text = source_bytes.decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')
