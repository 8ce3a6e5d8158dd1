import logging

# Levels and names, both directions
for lv in (logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
           logging.INFO, logging.DEBUG, logging.NOTSET):
    print(lv, logging.getLevelName(lv))
for name in ("CRITICAL", "FATAL", "WARN", "WARNING", "INFO", "nope", 42):
    print(repr(name), logging.getLevelName(name))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m["X"] = 1
print("X" in logging.getLevelNamesMapping())
for bad in ("BOGUS", 1.5, None):
    try:
        logging.getLogger("t").setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Hierarchy
root = logging.getLogger()
print(root is logging.getLogger("root"), root is logging.root, root.name, repr(root))
abc = logging.getLogger("a.b.c")
print(abc.parent is root)
a = logging.getLogger("a")
print(abc.parent is a, a.parent is root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(type(logging.Logger.manager.loggerDict["a"]).__name__)
x = logging.getLogger("x.y")
print(type(logging.Logger.manager.loggerDict["x"]).__name__)
print(a.getChild("b") is ab, root.getChild("a") is a, a.getChild("b.c") is abc)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)

# Effective levels and the isEnabledFor cache
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), repr(abc))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), repr(abc))
a.setLevel("ERROR")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
a.setLevel(logging.NOTSET)
root.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO))
logging.disable(logging.WARNING)
print(abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR), root.manager.disable)
logging.disable(logging.NOTSET)
print(abc.isEnabledFor(logging.WARNING))
abc.disabled = True
print(abc.isEnabledFor(logging.CRITICAL))
abc.disabled = False
root.setLevel(logging.WARNING)

# Logger classes
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass().__name__, type(logging.getLogger("mine")).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("mine2")).__name__, type(logging.getLogger("mine")).__name__)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)

# hasHandlers and propagate
print(abc.hasHandlers())
h = logging.NullHandler()
a.addHandler(h)
print(abc.hasHandlers(), a.handlers == [h])
ab.propagate = False
print(abc.hasHandlers())
ab.propagate = True
a.removeHandler(h)
a.removeHandler(h)
print(a.handlers)
print(repr(logging.Handler()), repr(logging.NullHandler(logging.INFO)))
print(logging.Logger.__module__, logging.Handler.__module__, logging.LogRecord.__module__)
