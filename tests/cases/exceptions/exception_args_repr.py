for e in (Exception(), Exception("msg"), Exception("a", "b"), ValueError(42), KeyError("key"),
          KeyError(), KeyError("a", "b"), IndexError("idx"), OSError(2, "No such file"),
          StopIteration(7), SystemExit(3), ZeroDivisionError("custom")):
    print(type(e).__name__, repr(e), str(e), e.args)
print(StopIteration(7).value, SystemExit(3).code, KeyboardInterrupt.__mro__[1].__name__)
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception), issubclass(RecursionError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(FileNotFoundError, OSError), issubclass(NotImplementedError, RuntimeError))
