"""Text documentation for help(): a small pydoc written for Taipan.

help(obj) prints the object's signature and docstring; for a class, also what it defines;
for a module, its classes, functions and data. The layout follows CPython's pydoc text
output in outline, not in every detail (no pager, no topics or keyword pages).
"""
import sys

__all__ = ['help', 'render_doc']

_RULE = '-' * 70


def _doc_lines(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str) or not doc.strip():
        return []
    lines = doc.expandtabs().split('\n')
    indents = [len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].strip()] + [l[margin:].rstrip() for l in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def _signature(obj, bound=False):
    """The parameter list of a Python function from its code object, else from __text_signature__;
    without the first parameter for a bound method."""
    code = getattr(obj, '__code__', None)
    if code is not None:
        names = code.co_varnames
        npos, nkw = code.co_argcount, code.co_kwonlyargcount
        defaults = obj.__defaults__ or ()
        kwdefaults = obj.__kwdefaults__ or {}
        parts = []
        first_default = npos - len(defaults)
        for i in range(npos):
            p = names[i]
            if i >= first_default:
                p += '=' + repr(defaults[i - first_default])
            parts.append(p)
            if i + 1 == code.co_posonlyargcount:
                parts.append('/')
        rest = npos + nkw
        if code.co_flags & 4:
            parts.append('*' + names[rest])
            rest += 1
        elif nkw:
            parts.append('*')
        for name in names[npos:npos + nkw]:
            parts.append(name + ('=' + repr(kwdefaults[name]) if name in kwdefaults else ''))
        if code.co_flags & 8:
            parts.append('**' + names[rest])
        if bound and parts and parts[0] not in ('/', '*') and not parts[0].startswith('*'):
            parts.pop(0)
            if parts and parts[0] == '/':
                parts.pop(0)
        return '(' + ', '.join(parts) + ')'
    sig = getattr(obj, '__text_signature__', None)
    if isinstance(sig, str):
        sig = sig.replace('$module, ', '').replace('$self, ', '').replace('$type, ', '')
        sig = sig.replace('($module)', '()').replace('($self)', '()').replace('($type)', '()')
        return ' '.join(sig.split())
    return '(...)'


def _routine(name, obj, note='', bound=False):
    out = [name + _signature(obj, bound) + note]
    out += ['    ' + l if l else '' for l in _doc_lines(obj)]
    return out


def _is_routine(obj):
    return callable(obj) and (hasattr(obj, '__code__') or type(obj).__name__ in (
        'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor', 'method',
        'classmethod_descriptor', 'staticmethod', 'classmethod'))


def _class_lines(cls):
    bases = ', '.join(_qualified(b) for b in cls.__bases__)
    out = ['class %s(%s)' % (cls.__name__, bases)]
    body = _doc_lines(cls)
    if body:
        body.append('')
    if len(cls.__mro__) > 2:
        body += ['Method resolution order:'] + ['    ' + _qualified(c) for c in cls.__mro__] + ['']
    methods, descriptors, data = [], [], []
    for name, value in cls.__dict__.items():
        if name in ('__dict__', '__weakref__', '__doc__', '__module__', '__qualname__'):
            continue
        raw = value
        if type(value).__name__ in ('classmethod', 'staticmethod'):
            value = value.__func__
        if _is_routine(value):
            kind = type(raw).__name__
            note = ' from builtins.type' if kind == 'classmethod' else ''
            methods.append((name, value, kind, note))
        elif hasattr(type(value), '__get__') and hasattr(type(value), '__set__'):
            descriptors.append((name, value))
        else:
            data.append((name, value))
    regular = [m for m in methods if m[2] not in ('classmethod', 'staticmethod')]
    for title, items in (('Methods defined here:', regular),
                         ('Class methods defined here:', [m for m in methods if m[2] == 'classmethod']),
                         ('Static methods defined here:', [m for m in methods if m[2] == 'staticmethod'])):
        if items:
            body += [title, '']
            for name, value, kind, note in items:
                body += _routine(name, value) + ['']
            body += [_RULE]
    if descriptors:
        body += ['Data descriptors defined here:', '']
        for name, value in descriptors:
            body += [name] + ['    ' + l for l in _doc_lines(value)] + ['']
        body += [_RULE]
    if data:
        body += ['Data and other attributes defined here:', '']
        for name, value in data:
            body += ['%s = %s' % (name, _short_repr(value)), '']
    while body and (not body[-1] or body[-1] == _RULE):
        body.pop()
    return out + [' |  ' + l if l else ' |  ' for l in body]


def _qualified(cls):
    mod = getattr(cls, '__module__', None)
    return cls.__qualname__ if mod == '__main__' and False else '%s.%s' % (mod, cls.__qualname__)


def _short_repr(value):
    r = repr(value)
    return r if len(r) <= 60 else r[:57] + '...'


def _module_lines(mod):
    out = ['NAME', '    ' + mod.__name__, '']
    doc = _doc_lines(mod)
    if doc:
        out += ['DESCRIPTION'] + ['    ' + l if l else '' for l in doc] + ['']
    names = getattr(mod, '__all__', None)
    items = [(n, getattr(mod, n)) for n in (names if names is not None else sorted(vars(mod)))
             if names is not None or not n.startswith('_')]
    mine = lambda v: getattr(v, '__module__', mod.__name__) == mod.__name__
    classes = [(n, v) for n, v in items if isinstance(v, type) and mine(v)]
    funcs = [(n, v) for n, v in items if _is_routine(v) and mine(v)]
    data = [(n, v) for n, v in items if not isinstance(v, type) and not _is_routine(v)
            and type(v).__name__ != 'module']
    if classes:
        out.append('CLASSES')
        for n, c in classes:
            out += ['    ' + l for l in _class_lines(c)] + ['']
    if funcs:
        out.append('FUNCTIONS')
        for n, f in funcs:
            out += ['    ' + l if l else '' for l in _routine(n, f)] + ['']
    if data:
        out.append('DATA')
        out += ['    %s = %s' % (n, _short_repr(v)) for n, v in data] + ['']
    f = getattr(mod, '__file__', None)
    out += ['FILE', '    ' + (f if f else '(built-in)'), '']
    return out


def render_doc(thing, title='Help on %s:'):
    """The text help(thing) prints."""
    if type(thing).__name__ == 'module':
        return (title % ('module ' + thing.__name__)) + '\n\n' + '\n'.join(_module_lines(thing))
    if isinstance(thing, type):
        desc = 'class %s in module %s' % (thing.__name__, thing.__module__)
        return (title % desc) + '\n\n' + '\n'.join(_class_lines(thing)) + '\n'
    kind = type(thing).__name__
    if kind == 'method':
        owner = thing.__self__
        where = ('%s.%s instance' % (type(owner).__module__, type(owner).__qualname__)
                 if not isinstance(owner, type) else 'builtins.type')
        desc = 'method %s in module %s' % (thing.__name__, thing.__func__.__module__)
        return (title % desc) + '\n\n' + '\n'.join(_routine(thing.__name__, thing.__func__,
                                                               ' method of ' + where, True)) + '\n'
    if hasattr(thing, '__code__'):
        desc = 'function %s in module %s' % (thing.__name__, thing.__module__)
        return (title % desc) + '\n\n' + '\n'.join(_routine(thing.__name__, thing)) + '\n'
    if kind == 'builtin_function_or_method':
        owner = thing.__self__
        if owner is None or type(owner).__name__ == 'module':
            mod = thing.__module__
            desc = 'built-in function %s' % thing.__name__ + (' in module %s' % mod if mod else '')
            return (title % desc) + '\n\n' + '\n'.join(_routine(thing.__name__, thing)) + '\n'
        desc = 'built-in method %s' % thing.__name__
        return (title % desc) + '\n\n' + '\n'.join(_routine(thing.__name__, thing, ' method of %s instance'
                                                                 % _qualified(type(owner)))) + '\n'
    if _is_routine(thing):
        name = getattr(thing, '__name__', kind)
        return (title % name) + '\n\n' + '\n'.join(_routine(name, thing)) + '\n'
    # any other object: the help of its class
    cls = type(thing)
    desc = 'class %s in module %s' % (cls.__name__, cls.__module__)
    return (title % ('%s object' % cls.__name__)) + '\n\n' + '\n'.join(_class_lines(cls)) + '\n'


def _resolve(name):
    import builtins
    if hasattr(builtins, name):
        return getattr(builtins, name)
    parts = name.split('.')
    for i in range(len(parts), 0, -1):
        try:
            obj = __import__('.'.join(parts[:i]), fromlist=['_'])
        except ImportError:
            continue
        for attr in parts[i:]:
            obj = getattr(obj, attr, None)
            if obj is None:
                return None
        return obj
    return None


_WELCOME = '''
Welcome to Taipan's help utility. Type the name of a module, function, class or other
object to see its documentation, or "quit" to leave. Outside this utility, help(object)
shows the same text for any object, and help("name") looks a name up.
'''


def help(*args):
    if len(args) > 1:
        raise TypeError('help() takes at most 1 argument (%d given)' % len(args))
    if not args:
        _interactive()
        return
    request = args[0]
    if isinstance(request, str):
        thing = _resolve(request)
        if thing is None:
            print("No Python documentation found for %r.\n"
                  "Use help() to get the interactive help utility.\n"
                  "Use help(str) for help on the str class." % request)
            return
        print(render_doc(thing, 'Help on %s:' if not isinstance(thing, str) else 'Help on %s:'))
        return
    print(render_doc(request))


def _interactive():
    print(_WELCOME)
    while True:
        try:
            request = input('help> ')
        except (EOFError, KeyboardInterrupt):
            print()
            break
        request = request.strip()
        if not request or request in ('q', 'quit'):
            break
        help(request)
    print('\nLeaving help and returning to the Python interpreter.')
