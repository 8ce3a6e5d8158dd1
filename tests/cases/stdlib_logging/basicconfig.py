import io
import logging
import os
import sys
import tempfile
import warnings

root = logging.getLogger()
print(root.handlers, root.level)

# module-level calls configure the root logger on first use
saved = sys.stderr
sys.stderr = io.StringIO()
logging.warning("first %s", "call")
logging.info("not shown")
captured = sys.stderr.getvalue()
h = root.handlers[0]
sys.stderr = saved
print(repr(captured), type(h).__name__, h.formatter._fmt)

# a second basicConfig does nothing without force
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
print(root.handlers == [h], root.level)

logging.basicConfig(stream=sys.stdout, level="DEBUG", force=True,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(message)s")
print(root.level, type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stdout)
logging.debug("debug")
logging.info("info %d", 1)
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.fatal("fatal")
logging.log(15, "level 15")
def func():
    logging.info("in func")
func()
class RelativePaths(logging.Formatter):
    # the traceback names this file by its absolute path, which differs from checkout to checkout
    def formatException(self, ei):
        return super().formatException(ei).replace(os.path.abspath(__file__), os.path.basename(__file__))
root.handlers[0].setFormatter(RelativePaths("%(levelname)s:%(name)s:%(funcName)s:%(message)s"))
try:
    {}["k"]
except KeyError:
    logging.exception("caught")
    logging.error("caught again", exc_info=True)

logging.basicConfig(stream=sys.stdout, force=True, style="{", format="{levelname}-{message}")
logging.warning("brace")
logging.basicConfig(stream=sys.stdout, force=True, style="$")
logging.warning("dollar default")
print(root.handlers[0].formatter._fmt)
logging.basicConfig(stream=sys.stdout, force=True, style="{")
print(root.handlers[0].formatter._fmt)

# handlers=
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("h2: %(message)s"))
logging.basicConfig(handlers=[h1, h2], force=True, format="h1: %(message)s")
logging.warning("two handlers")
print(root.handlers == [h1, h2])

# filename=
d = tempfile.mkdtemp()
path = os.path.join(d, "basic.log")
logging.basicConfig(filename=path, filemode="w", force=True, format="%(message)s")
fh = root.handlers[0]
print(type(fh).__name__, fh.mode, fh.errors)
logging.warning("into the file")
logging.basicConfig(filename=path, filemode="a", encoding="latin-1", errors="strict", force=True)
print(fh.stream, root.handlers[0].encoding, root.handlers[0].errors)
logging.warning("appended")
logging.shutdown()
print(repr(open(path).read()))

# errors
for kwargs in ({"stream": sys.stdout, "filename": "x"},
               {"handlers": [h1], "stream": sys.stdout},
               {"handlers": [h1], "filename": "x"},
               {"style": "?"},
               {"stream": sys.stdout, "bogus": 1, "other": 2},
               {"stream": sys.stdout, "level": "LOUD"},
               {"stream": sys.stdout, "format": "no fields"}):
    try:
        logging.basicConfig(force=True, **kwargs)
        print("no error", kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# deprecated module-level warn
logging.basicConfig(stream=sys.stdout, force=True)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    logging.warn("old api")
print(w[0].category.__name__, w[0].message)

# disable
logging.disable()
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.critical("enabled again")
logging.disable(logging.INFO)
logging.warning("warning passes")
logging.info("info does not")
logging.disable(0)
