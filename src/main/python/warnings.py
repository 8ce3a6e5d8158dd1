"""Warning control: issue warnings and filter them (Taipan's own implementation of the
`warnings` module of Python 3.11).

A filter is a tuple (action, message, category, module, lineno). The message and module
parts are None (anything), a str (the module name, compared whole, as in the default filters)
or a compiled pattern (its match() is used). The first filter that fits a warning decides.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("default", "always", "ignore", "module", "once", "error")

filters = []
defaultaction = "default"
onceregistry = {}

# Registries of modules remember what they showed; a change of the filters forgets it.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------- formatting and showing

def _source_line(filename, lineno):
    """The text of line lineno of filename, or None (read directly: there is no linecache)."""
    try:
        with open(filename, encoding="utf-8") as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: 'file:line: Category: message' and the source line."""
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def _write(msg):
    out = msg.file if msg.file is not None else sys.stderr
    if out is None:
        return  # no stderr (pythonw): the warning goes nowhere
    try:
        out.write(formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default); programs may replace this function."""
    _write(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_showwarnmsg_impl = _write


def _showwarnmsg(msg):
    # A replaced showwarning (or formatwarning, through _write) is honoured, as documented.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# ---------------------------------------------------------------- filters

_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _escape(text):
    """re.escape: every character special in a pattern behind a backslash."""
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def _pattern(regex, flags=0, literal=None, whole=False):
    """A compiled pattern for a filter. Without a re module only plain text can be had:
    literal is that text (whole: the match must cover all of the string)."""
    try:
        import re
    except ImportError:
        if literal is None:
            if any(c in _SPECIAL for c in regex):
                raise
            literal = regex
        return _Literal(regex, literal, bool(flags), whole)
    return re.compile(regex, flags)


class _Literal(object):
    """A pattern that is plain text (what -W produces), matched case-folded or exactly."""

    def __init__(self, pattern, text, fold, whole):
        self.pattern = pattern
        self.text = text
        self.fold = fold
        self.whole = whole

    def match(self, s):
        a, b = (self.text.lower(), s.lower()) if self.fold else (self.text, s)
        return (a == b) if self.whole else b.startswith(a)

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self.fold else "")


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: the warnings whose text starts with message (a regular expression, case
    ignored), of a subclass of category, from a module whose name matches module, at lineno."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a class")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    message = _pattern(message, 2) if message else None  # 2 is re.IGNORECASE
    module = _pattern(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of category (at lineno, if given)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter, the default ones included."""
    filters[:] = []
    _filters_mutated()


def _fits(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None and pattern.match(text) is not False


# ---------------------------------------------------------------- issuing

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the code stacklevel frames up (1: the caller of warn)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_["__name__"] if "__name__" in globals_ else "<string>"
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning said to come from filename:lineno of module, remembered in registry."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        act, msg, cat, mod, ln = item
        if _fits(msg, text) and issubclass(category, cat) and _fits(mod, module) and (ln == 0 or ln == lineno):
            action = act
            break
    else:
        item = None
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# ---------------------------------------------------------------- catch_warnings

class catch_warnings(object):
    """A context manager that restores the filters and showwarning() on exit; with
    record=True it collects the warnings (WarningMessage objects) in the list it returns."""

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if not self._record:
            return None
        log = []
        m._showwarnmsg_impl = log.append
        m.showwarning = m._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------- -W and PYTHONWARNINGS

class _OptionError(Exception):
    pass


def _option_action(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _option_category(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins
        owner, name = builtins, category
    else:
        modname, _, name = category.rpartition(".")
        try:
            owner = __import__(modname, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(owner, name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _option_action(action)
    category = _option_category(category)
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    # The message is text to start with and the module a whole name: both literal.
    message = _pattern(_escape(message), 2, message) if message else None
    module = _pattern(_escape(module) + "\\Z", 0, module, True) if module else None
    _add_filter(action, message, category, module, lineno, append=False)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as e:
            print("Invalid -W option ignored:", e, file=sys.stderr)


# The default filters of a release build, then the command line's (which come first).
filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_processoptions(sys.warnoptions)
