"""Looking at live objects: type predicates, members, source code, signatures, frames.

Signature, Parameter and BoundArguments live in _inspect_signature; finding where a source
block starts and ends in _inspect_source. Source comes from linecache, so Taipan's own
library (inside the jar) has source too.
"""

import abc
import builtins
import collections.abc
import dis
import functools
import importlib.machinery
import linecache
import os
import sys
import types
from collections import namedtuple
from keyword import iskeyword

import _inspect_source
from _inspect_signature import (
    BoundArguments, Parameter, Signature, _empty, _ParameterKind, _void,
    formatannotation, formatannotationrelativeto, signature, _is_functionlike)
from _inspect_signature import signature_of as _signature_of

__all__ = [
    "ArgInfo", "Attribute", "BlockFinder", "BoundArguments", "CORO_CLOSED", "CORO_CREATED",
    "CORO_RUNNING", "CORO_SUSPENDED", "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR",
    "CO_ITERABLE_COROUTINE", "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED",
    "CO_VARARGS", "CO_VARKEYWORDS", "ClassFoundException", "ClosureVars", "EndOfBlock",
    "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED",
    "Parameter", "Signature", "TPFLAGS_IS_ABSTRACT", "Traceback", "classify_class_attrs",
    "cleandoc", "currentframe", "findsource", "formatannotation",
    "formatannotationrelativeto", "formatargvalues", "get_annotations", "getabsfile",
    "getargs", "getargvalues", "getattr_static", "getblock", "getcallargs", "getclasstree",
    "getclosurevars", "getcomments", "getcoroutinelocals", "getcoroutinestate", "getdoc",
    "getfile", "getframeinfo", "getfullargspec", "getgeneratorlocals", "getgeneratorstate",
    "getinnerframes", "getlineno", "getmembers", "getmembers_static", "getmodule",
    "getmodulename", "getmro", "getouterframes", "getsource", "getsourcefile",
    "getsourcelines", "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction",
    "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine", "iscoroutinefunction",
    "isdatadescriptor", "isframe", "isfunction", "isgenerator", "isgeneratorfunction",
    "isgetsetdescriptor", "ismemberdescriptor", "ismethod", "ismethoddescriptor",
    "ismethodwrapper", "ismodule", "isroutine", "istraceback", "signature", "stack",
    "trace", "unwrap", "walktree",
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512
TPFLAGS_IS_ABSTRACT = 1 << 20

# ---- predicates


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or (isinstance(object, types.GeneratorType)
                and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        return False
    # ABCMeta.__new__ has not finished (we are in __init_subclass__): look ourselves.
    for value in object.__dict__.values():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__", False):
                return True
    return False


# ---- members


def _members(object, predicate, getter):
    mro = (object,) + getmro(object) if isclass(object) else ()
    names = dir(object)
    if isclass(object):
        # DynamicClassAttributes (enum's name/value) are not in dir()
        for base in object.__bases__:
            for k, v in base.__dict__.items():
                if isinstance(v, types.DynamicClassAttribute):
                    names.append(k)
    results = []
    seen = set()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue  # in dir() but nowhere to be found
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers, but descriptors are not called (getattr_static)."""
    return _members(object, predicate, getattr_static)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Attribute(name, kind, defining class, object) for each name in dir(cls)."""
    mro = getmro(cls)
    metamro = tuple(c for c in getmro(type(cls)) if c not in (type, object))
    class_bases = (cls,) + mro
    all_bases = class_bases + metamro
    result = []
    seen = set()
    for name in dir(cls):
        home = get_obj = dict_obj = None
        if name not in seen:
            try:
                if name == '__dict__':
                    raise Exception("the mappingproxy is not wanted")
                get_obj = getattr(cls, name)
            except Exception:
                pass
            else:
                home = getattr(get_obj, "__objclass__", None)
                if home not in class_bases:
                    # the last class along the MRO (or metaclass MRO) giving the same object
                    home = None
                    for c in class_bases:
                        if getattr(c, name, None) is get_obj:
                            home = c
                    for c in metamro:
                        try:
                            if c.__getattr__(cls, name) is get_obj:
                                home = c
                        except AttributeError:
                            pass
        for base in all_bases:
            if name in base.__dict__:
                dict_obj = base.__dict__[name]
                if home not in metamro:
                    home = base
                break
        if home is None:
            continue
        obj = get_obj if get_obj is not None else dict_obj
        if isinstance(dict_obj, (staticmethod, types.BuiltinMethodType)):
            kind, obj = "static method", dict_obj
        elif isinstance(dict_obj, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = "class method", dict_obj
        elif isinstance(dict_obj, property):
            kind, obj = "property", dict_obj
        elif isroutine(obj):
            kind = "method"
        else:
            kind = "data"
        result.append(Attribute(name, kind, home, obj))
        seen.add(name)
    return result


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follows the chain of __wrapped__ attributes to its end (or to where stop says)."""
    first = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(first))
        seen.add(id(func))
    return func


def walktree(classes, children, parent):
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The classes arranged as nested lists by inheritance."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# ---- documentation


def cleandoc(doc):
    """A docstring without its indentation: tabs expanded, the margin of the lines after the
    first removed, blank lines at both ends dropped."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    margin = None
    for line in lines[1:]:
        text = len(line.lstrip())
        if text:
            indent = len(line) - text
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    return cls if isclass(cls) else None


def _finddoc(obj):
    # A docstring inherited from the same attribute of a base class.
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__:
            cls = owner
        else:
            cls = owner.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__:
            cls = owner
        else:
            cls = owner.__class__
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring (or an inherited one) cleaned by cleandoc; None if it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class or callable, strings evaluated if eval_str."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        ann = obj_dict.get('__annotations__', None) if obj_dict and hasattr(obj_dict, 'get') \
            else None
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '')
        obj_globals = getattr(module, '__dict__', None) if module else None
        obj_locals = dict(vars(obj))
        inner = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        inner = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        inner = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if inner is not None:
        while True:
            if hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            elif isinstance(inner, functools.partial):
                inner = inner.func
            else:
                break
        if hasattr(inner, "__globals__"):
            obj_globals = inner.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


# ---- files and source


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name a file would be imported as, or None."""
    name = os.path.basename(path)
    for suffix in sorted(importlib.machinery.all_suffixes(), key=len, reverse=True):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def getsourcefile(object):
    """The source file of an object, or None when there is none to read."""
    filename = getfile(object)
    machinery = importlib.machinery
    if any(filename.endswith(s) for s in machinery.BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + machinery.SOURCE_SUFFIXES[0]
    elif any(filename.endswith(s) for s in machinery.EXTENSION_SUFFIXES):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, "__spec__", None), "loader", None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


_modules_by_file = {}
_files_by_module = {}


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None and _filename in _modules_by_file:
        return sys.modules.get(_modules_by_file[_filename])
    try:
        file = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    if file in _modules_by_file:
        return sys.modules.get(_modules_by_file[file])
    for name, module in sys.modules.copy().items():
        if ismodule(module) and hasattr(module, '__file__'):
            f = module.__file__
            if f == _files_by_module.get(name):
                continue
            _files_by_module[name] = f
            f = getabsfile(module)
            _modules_by_file[f] = _modules_by_file[os.path.realpath(f)] = module.__name__
    if file in _modules_by_file:
        return sys.modules.get(_modules_by_file[file])
    if not hasattr(object, '__name__'):
        return None
    for holder in (sys.modules['__main__'], builtins):
        if getattr(holder, object.__name__, None) is object:
            return holder
    return None


class ClassFoundException(Exception):
    pass


class EndOfBlock(Exception):
    pass


def findsource(object):
    """All lines of the object's source file and the index of the line where it starts."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__) if module else linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _inspect_source.class_start(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        return lines, _inspect_source.code_start(lines, object)
    raise OSError('could not find code object')


getblock = _inspect_source.getblock


def getsourcelines(object):
    """The object's source lines and the number of its first line."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The object's source text."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 1 if lines and lines[0][:2] == '#!' else 0
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        if start < len(lines) and lines[start][:1] == '#':
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                end += 1
            return ''.join(line.expandtabs() for line in lines[start:end])
        return None
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    end = lnum - 1
    comments = []
    while end >= 0:
        text = lines[end].expandtabs().lstrip()
        if text[:1] != '#' or indentsize(lines[end]) != indent:
            break
        comments.insert(0, text)
        end -= 1
    if not comments:
        return None
    while comments and comments[0].strip() == '#':
        del comments[0]
    while comments and comments[-1].strip() == '#':
        del comments[-1]
    return ''.join(comments)


# ---- arguments

ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
Arguments = namedtuple('Arguments', 'args, varargs, varkw')
FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getargs(co):
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    n = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:n])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[n]
        n += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[n]
    return Arguments(args, varargs, varkw)


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as the old FullArgSpec tuple."""
    try:
        sig = _signature_of(func, Signature, False, False, None, None, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, posonly, kwonly = [], [], []
    varargs = varkw = None
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind is Parameter.POSITIONAL_ONLY or kind is Parameter.POSITIONAL_OR_KEYWORD:
            (posonly if kind is Parameter.POSITIONAL_ONLY else args).append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is Parameter.VAR_POSITIONAL:
            varargs = name
        elif kind is Parameter.KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonly + args, varargs, varkw, defaults or None, kwonly,
                       kwdefaults or None, annotations)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    parts = [formatarg(a) + formatvalue(locals[a]) for a in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def _missing(f_name, names, positional, values):
    names = [repr(n) for n in names if n not in values]
    count = len(names)
    if count == 1:
        listed = names[0]
    elif count == 2:
        listed = "%s and %s" % tuple(names)
    else:
        listed = ", ".join(names[:-2]) + ", %s and %s" % tuple(names[-2:])
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, count, "positional" if positional else "keyword-only",
                     "" if count == 1 else "s", listed))


def _too_many(f_name, args, kwonly, varargs, ndefaults, given, values):
    atleast = len(args) - ndefaults
    kwonly_given = len([a for a in kwonly if a in values])
    if varargs:
        plural = atleast != 1
        takes = "at least %d" % atleast
    elif ndefaults:
        plural = True
        takes = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        takes = str(len(args))
    extra = ""
    if kwonly_given:
        extra = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, takes, "s" if plural else "", given, extra,
                     "was" if given == 1 and not kwonly_given else "were"))


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values that a call with these arguments would bind."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonly, kwdefaults, _ = spec
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    npos, nargs = len(positional), len(args)
    ndefaults = len(defaults) if defaults else 0
    n = min(npos, nargs)
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    accepted = set(args + kwonly)
    if varkw:
        values[varkw] = {}
    for kw, value in named.items():
        if kw not in accepted:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (f_name, kw))
            values[varkw][kw] = value
            continue
        if kw in values:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, kw))
        values[kw] = value
    if npos > nargs and not varargs:
        _too_many(f_name, args, kwonly, varargs, ndefaults, npos, values)
    if npos < nargs:
        required = args[:nargs - ndefaults]
        for arg in required:
            if arg not in values:
                _missing(f_name, required, True, values)
        for i, arg in enumerate(args[nargs - ndefaults:]):
            if arg not in values:
                values[arg] = defaults[i]
    missing = 0
    for arg in kwonly:
        if arg not in values:
            if kwdefaults and arg in kwdefaults:
                values[arg] = kwdefaults[arg]
            else:
                missing += 1
    if missing:
        _missing(f_name, kwonly, False, values)
    return values


def getclosurevars(func):
    """The names a function uses, split into nonlocals, globals, builtins and unbound ones."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


# ---- frames

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(self.filename, self.lineno, self.function,
                                                     self.code_context, self.index,
                                                     self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _position(code, lasti):
    if lasti < 0:
        return (None, None, None, None)
    for i, pos in enumerate(code.co_positions()):
        if i == lasti // 2:
            return pos
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or traceback."""
    if istraceback(frame):
        positions = _position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, _ = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=dis.Positions(*positions))


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records of a frame and the frames that called it, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records of a traceback's frames, outermost first."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """FrameInfo records of the caller's stack."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records of the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# ---- static attribute lookup

_sentinel = object()


def _static_mro(klass):
    return type.__dict__['__mro__'].__get__(klass)


def _class_dict(klass):
    return type.__dict__['__dict__'].__get__(klass)


def _shadowed_dict(klass):
    # A '__dict__' in a class of the MRO that is not the ordinary one hides instance dicts.
    for entry in _static_mro(klass):
        d = _class_dict(entry)
        if '__dict__' in d:
            attr = d['__dict__']
            if not (type(attr) is types.GetSetDescriptorType and attr.__name__ == "__dict__"
                    and attr.__objclass__ is entry):
                return attr
    return _sentinel


def _in_instance(obj, attr):
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        d = {}
    return dict.get(d, attr, _sentinel)


def _in_class(klass, attr):
    for entry in _static_mro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            d = _class_dict(entry)
            if attr in d:
                return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as the lookup finds it, without calling descriptors or __getattr__."""
    instance_result = _sentinel
    objtype = type(obj)
    if type not in _static_mro(objtype):
        klass = objtype
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            instance_result = _in_instance(obj, attr)
    else:
        klass = obj
    klass_result = _in_class(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        kind = type(klass_result)
        if _in_class(kind, "__get__") is not _sentinel and (
                _in_class(kind, "__set__") is not _sentinel
                or _in_class(kind, "__delete__") is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_mro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                d = _class_dict(entry)
                if attr in d:
                    return d[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---- generator and coroutine states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


class BlockFinder:
    """Kept for programs that name it; getblock does the work."""
