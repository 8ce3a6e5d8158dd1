"""Compile every Python source file in directory trees into the bytecode cache."""

import sys
import _imp
import importlib.util
import py_compile

__all__ = ['compile_dir', 'compile_file', 'compile_path']


def _join(directory, name):
    return directory + name if directory.endswith('/') else f'{directory}/{name}'


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    """Compile the .py files under `dir`, down to `maxlevels` levels; True if all compiled."""
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    dir = str(dir)
    if not quiet:
        print(f'Listing {dir!r}...')
    try:
        names = _imp.listdir(dir)
    except OSError:
        if quiet < 2:
            print(f"Can't list {dir!r}")
        names = []
    success = True
    for name in names:
        if name == '__pycache__':
            continue
        fullname = _join(dir, name)
        dfile = _join(ddir, name) if ddir is not None else None
        if not _imp.isdir(fullname):
            if not compile_file(fullname, dfile, force, rx, quiet, legacy, optimize):
                success = False
        elif maxlevels > 0 and name not in ('.', '..'):
            if not compile_dir(fullname, maxlevels - 1, dfile, force, rx, quiet, legacy, optimize):
                success = False
    return success


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compile one file if it is Python source and its cache is not current; True unless it failed."""
    fullname = str(fullname)
    name = fullname.rpartition('/')[2]
    if rx is not None and rx.search(fullname):
        return True
    if not name.endswith('.py'):
        return True
    if legacy:
        cfile = fullname + 'c'
    elif optimize >= 0:
        cfile = importlib.util.cache_from_source(fullname, optimization=optimize if optimize >= 1 else '')
    else:
        cfile = importlib.util.cache_from_source(fullname)
    if not force and _imp.cache_is_current(fullname, cfile):
        return True
    if not quiet:
        print(f'Compiling {fullname!r}...')
    try:
        ok = py_compile.compile(fullname, cfile, ddir, True, optimize=optimize)
    except py_compile.PyCompileError as err:
        if quiet >= 2:
            return False
        if quiet:
            print(f'*** Error compiling {fullname!r}...')
        else:
            print('*** ', end='')
        print(err.msg)
        return False
    except (SyntaxError, UnicodeError, OSError) as e:
        if quiet >= 2:
            return False
        if quiet:
            print(f'*** Error compiling {fullname!r}...')
        else:
            print('*** ', end='')
        print(f'{type(e).__name__}: {e}')
        return False
    return ok is not None


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Compile the directories on sys.path (the standard library inside the jar is skipped)."""
    success = True
    for entry in sys.path:
        if (not entry or entry == '.') and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        elif entry.startswith('<'):
            continue
        else:
            success = compile_dir(entry, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                  optimize=optimize) and success
    return success


def main():
    """python -m compileall [-f] [-q] [-l] [-b] [-r N] [FILE|DIR ...]."""
    args = sys.argv[1:]
    force = legacy = False
    quiet = 0
    maxlevels = None
    targets = []
    while args:
        arg = args.pop(0)
        if arg == '-f':
            force = True
        elif arg == '-q':
            quiet += 1
        elif arg == '-l':
            maxlevels = 0
        elif arg == '-b':
            legacy = True
        elif arg == '-r' and args:
            maxlevels = int(args.pop(0))
        elif arg.startswith('-') and arg != '-':
            print(f'compileall: unknown option {arg}', file=sys.stderr)
            sys.exit(2)
        else:
            targets.append(arg)
    if not targets:
        success = compile_path(maxlevels=maxlevels or 0, force=force, quiet=quiet, legacy=legacy)
    else:
        success = True
        for target in targets:
            if _imp.isdir(target):
                success = compile_dir(target, maxlevels, None, force, None, quiet, legacy) and success
            else:
                success = compile_file(target, None, force, None, quiet, legacy) and success
    sys.exit(int(not success))


if __name__ == '__main__':
    main()
