import math
for f in [len, print, [].append, math.sqrt, dict.fromkeys, str.maketrans, int.from_bytes, 'a'.upper, object.__new__,
          iter, divmod, max, __build_class__, __import__, sorted, sum]:
    mod = type(f.__self__).__name__ == 'module'
    print(f.__name__, f.__qualname__, type(f.__self__).__name__, f.__module__, repr(f) if mod else '')
for f in [len, abs, divmod, print, sorted, sum, round, pow, isinstance, format, input, repr, ascii, hash, iter, max]:
    print(f.__name__, repr(f.__text_signature__))
print(len.__self__ is __builtins__ if type(__builtins__).__name__ == 'module' else 'dict builtins')
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ..., str() == '', repr(str()))
for t in (type(None), type(NotImplemented), type(...)):
    try:
        t(1)
    except TypeError as e:
        print(e)
