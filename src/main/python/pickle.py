"""Serializing Python objects to bytes and back (Taipan's own implementation).

Pickler writes protocols 0 to 5 byte for byte as CPython 3.11's C pickler does for the same
objects: the same opcodes, memo indexes, batches of 1000 items, and (from protocol 4) frames
of about 64 KiB started and closed at the same places. Unpickler (in _pickle_load) reads all
protocols, Python 2's included. Objects without a pickling of their own are reduced by
copyreg's table or their __reduce_ex__ (object's default being in Java)."""

import sys
import copyreg
from struct import pack
from _pickle_codes import *
import _pickle_codes

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]
__all__.extend(n for n in dir(_pickle_codes) if n.isupper())

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
_FRAME_HEADER = 9


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = "_pickle"


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (only in-band pickling is supported)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast("B")

    def release(self):
        self._view.release()


class _Output:
    """The bytes written, with protocol 4's frames: a frame header is reserved when the first
    opcode of a frame is written and filled in (or dropped, for under 4 bytes) when the frame
    is committed; a save() that starts with 64 KiB in the frame commits it first."""

    def __init__(self, file_write):
        self.buf = bytearray()
        self.file_write = file_write
        self.framing = False
        self.frame_start = -1

    def write(self, data):
        if self.framing and self.frame_start == -1:
            self.frame_start = len(self.buf)
            self.buf += b"\xfe" * _FRAME_HEADER
        self.buf += data

    def commit(self):
        if not self.framing or self.frame_start == -1:
            return
        start = self.frame_start
        n = len(self.buf) - start - _FRAME_HEADER
        if n >= _FRAME_MIN:
            self.buf[start:start + _FRAME_HEADER] = FRAME + pack("<Q", n)
        else:
            del self.buf[start:start + _FRAME_HEADER]
        self.frame_start = -1

    def boundary(self):
        if self.framing and self.frame_start != -1 and \
                len(self.buf) - self.frame_start - _FRAME_HEADER >= _FRAME_TARGET:
            self.commit()
            self.flush()

    def write_payload(self, header, payload):
        """A length-prefixed payload; one of 64 KiB or more goes outside any frame."""
        bypass = len(payload) >= _FRAME_TARGET
        framing = self.framing
        if bypass:
            self.commit()
            self.framing = False
        self.write(header)
        if bypass and self.file_write is not None:
            self.flush()
            self.file_write(payload)
        else:
            self.buf += payload
        self.framing = framing

    def flush(self):
        if self.file_write is not None and self.buf:
            self.file_write(bytes(self.buf))
            self.buf = bytearray()


def _encode_long(x):
    """Little-endian two's complement in the fewest bytes (b'' for 0), as LONG1/LONG4 store it."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def _raw_unicode_escape(s):
    """Protocol 0's text: latin-1 with \\u/\\U escapes, also for the characters that would
    break the line-based format (backslash, NUL, newline, carriage return, ^Z)."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append("\\U%08x" % c)
        elif c >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _getattribute(obj, dotted):
    """Follows a qualified name; returns (object, its parent). AttributeError if it fails."""
    parent = None
    for subpath in dotted.split("."):
        if subpath == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(dotted, obj))
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class _MemoProxy(dict):
    pass


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes the pickle of objects given to dump() to file (anything with a write method)."""

    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._names = {}
        self._cur = self._cur_id = None

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()
        self._names.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._out = _Output(self._file_write)
        self._pers = getattr(self, "persistent_id", None)
        self._override = getattr(self, "reducer_override", None)
        table = self.dispatch_table
        self._table = table if table is not None else copyreg.dispatch_table
        out = self._out
        if self.proto >= 2:
            out.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            out.framing = True
        self.save(obj)
        out.write(STOP)
        out.commit()
        out.framing = False
        out.flush()
        del self._out

    # -- the memo

    def _id(self, obj):
        """id(obj), taken once per save(): Taipan's id() is a map look-up."""
        return self._cur_id if self._cur is obj and obj is not None else id(obj)

    def memoize(self, obj, oid=None):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[self._id(obj) if oid is None else oid] = idx, obj
        if self.proto >= 4:
            self._out.write(MEMOIZE)
        elif self.bin:
            self._out.write(BINPUT + pack("<B", idx) if idx < 256 else LONG_BINPUT + pack("<I", idx))
        else:
            self._out.write(PUT + repr(idx).encode("ascii") + b"\n")

    def _get(self, idx):
        if self.bin:
            self._out.write(BINGET + pack("<B", idx) if idx < 256 else LONG_BINGET + pack("<I", idx))
        else:
            self._out.write(GET + repr(idx).encode("ascii") + b"\n")

    def _memo_get(self, obj, oid=None):
        self._get(self.memo[self._id(obj) if oid is None else oid][0])

    # -- the dispatcher

    def save(self, obj, save_persistent_id=True):
        self._out.boundary()
        if save_persistent_id and self._pers is not None:
            pid = self._pers(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._out.write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._out.write(NEWTRUE if obj else NEWFALSE)
            else:
                self._out.write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._out.write(BINFLOAT + pack(">d", obj))
            else:
                self._out.write(FLOAT + repr(obj).encode("ascii") + b"\n")
            return
        oid = id(obj)
        x = self.memo.get(oid)
        if x is not None:
            self._get(x[0])
            return
        self._cur = obj
        self._cur_id = oid
        f = _SAVERS.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        if self._override is not None:
            rv = self._override(obj)
        if rv is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                if obj is _encode:
                    self._out.write(GLOBAL + b"_codecs\nencode\n")
                    self.memoize(obj)
                    return
                self.save_global(obj)
                return
            reduce = self._table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            if not isinstance(pid, str) or not pid.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._out.write(PERSID + pid.encode("ascii") + b"\n")

    # -- atoms

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._out.write(BININT1 + pack("<B", obj))
                elif 0 <= obj <= 0xffff:
                    self._out.write(BININT2 + pack("<H", obj))
                else:
                    self._out.write(BININT + pack("<i", obj))
            else:
                self._out.write(INT + repr(obj).encode("ascii") + b"\n")
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            self._out.write((LONG1 + pack("<B", n) if n < 256 else LONG4 + pack("<i", n)) + data)
        else:
            self._out.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(), (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            header = SHORT_BINBYTES + pack("<B", n)
        elif n > 0xffffffff and self.proto >= 4:
            header = BINBYTES8 + pack("<Q", n)
        else:
            header = BINBYTES + pack("<I", n)
        self._out.write_payload(header, obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._out.write_payload(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + pack("<B", n)
            elif n <= 0xffffffff:
                header = BINUNICODE + pack("<I", n)
            elif self.proto >= 4:
                header = BINUNICODE8 + pack("<Q", n)
            else:
                raise PicklingError("cannot serialize a string larger than 4GiB")
            self._out.write_payload(header, encoded)
        else:
            self._out.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # -- containers

    def _save_tuple(self, obj):
        n = len(obj)
        out = self._out
        oid = self._id(obj)
        if n == 0:
            out.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            if oid in self.memo:
                out.write(POP * n)
                self._memo_get(obj, oid)
                return
            out.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
        else:
            out.write(MARK)
            for item in obj:
                self.save(item)
            if oid in self.memo:
                # A recursive tuple: drop what was pushed and fetch the tuple from the memo.
                out.write(POP_MARK if self.bin else POP * (n + 1))
                self._memo_get(obj, oid)
                return
            out.write(TUPLE)
        self.memoize(obj, oid)

    def _save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            if self.proto > 0:
                self._batch_list_exact(obj)
            else:
                self._batch_appends(iter(obj))

    def _batch_list_exact(self, obj):
        out = self._out
        if len(obj) == 1:
            self.save(obj[0])
            out.write(APPEND)
            return
        total = 0
        while total < len(obj):
            out.write(MARK)
            batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            out.write(APPENDS)

    def _batch_appends(self, items):
        out = self._out
        if not self.bin:
            for x in items:
                self.save(x)
                out.write(APPEND)
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END:
                self.save(first)
                out.write(APPEND)
                return
            out.write(MARK)
            self.save(first)
            n = 1
            x = second
            while True:
                self.save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                x = next(items, _END)
                if x is _END:
                    break
            out.write(APPENDS)
            if n < _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            if self.proto > 0:
                self._batch_dict_exact(obj)
            else:
                self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        out = self._out
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            out.write(SETITEM)
            return
        items = iter(obj.items())
        while True:
            out.write(MARK)
            i = 0
            for k, v in items:
                self.save(k)
                self.save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            out.write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        out = self._out
        if not self.bin:
            for item in items:
                k, v = _pair(item)
                self.save(k)
                self.save(v)
                out.write(SETITEM)
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END:
                k, v = _pair(first)
                self.save(k)
                self.save(v)
                out.write(SETITEM)
                return
            out.write(MARK)
            k, v = _pair(first)
            self.save(k)
            self.save(v)
            n = 1
            x = second
            while True:
                k, v = _pair(x)
                self.save(k)
                self.save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
                x = next(items, _END)
                if x is _END:
                    break
            out.write(SETITEMS)
            if n < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        out = self._out
        out.write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if size == 0:
            return
        items = iter(obj)
        while True:
            out.write(MARK)
            i = 0
            for x in items:
                self.save(x)
                i += 1
                if i == _BATCHSIZE:
                    break
            out.write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        out = self._out
        oid = self._id(obj)
        out.write(MARK)
        for x in obj:
            self.save(x)
        if oid in self.memo:
            out.write(POP_MARK)
            self._memo_get(obj, oid)
            return
        out.write(FROZENSET)
        self.memoize(obj, oid)

    # -- globals and reductions

    def _save_type(self, obj):
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        out = self._out
        oid = self._id(obj)
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    out.write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    out.write(EXT2 + pack("<H", code))
                else:
                    out.write(EXT4 + pack("<i", code))
                return
        lastname = name.rpartition(".")[2]
        if self.proto >= 4:
            # CPython's module names, and qualified names, are interned strings, so a name seen
            # before is fetched from the memo; Taipan's attribute values need not be the same
            # objects. (A module name and a qualified name that are equal are apart in CPython
            # for its builtin types, so they are kept apart here.)
            self.save(self._names.setdefault(("m", module_name), module_name))
            self.save(self._names.setdefault(("q", name), name))
            out.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.proto >= 3:
                encoding = "utf-8"
            else:
                encoding = "ascii"
                if self.fix_imports:
                    module_name, name = _pickle_codes.py2_name(module_name, name)
            try:
                out.write(GLOBAL + module_name.encode(encoding) + b"\n" + name.encode(encoding) + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj, oid)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *,
                    obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        out = self._out
        oid = self._id(obj) if obj is not None else None
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                    % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be %r, not %r"
                                    % (obj.__class__, cls))
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                                    % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                out.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                out.write(REDUCE)
        elif func_name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            out.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            out.write(REDUCE)
        if obj is not None:
            if oid in self.memo:
                out.write(POP)
                self._memo_get(obj, oid)
                return
            self.memoize(obj, oid)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                out.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                out.write(TUPLE2)
                out.write(REDUCE)
                out.write(POP)


_END = object()
_FunctionType = type(whichmodule)


def _pair(item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return item


def _encode(obj, encoding="utf-8", errors="strict"):
    """Stands for _codecs.encode (what protocols 0-2 rebuild bytes with) where Taipan has no _codecs."""
    return obj.encode(encoding, errors)


def _codecs_encode():
    try:
        import _codecs
        return _codecs.encode
    except ImportError:
        return _encode


_SAVERS = {bytes: Pickler._save_bytes, str: Pickler._save_str, dict: Pickler._save_dict,
           set: Pickler._save_set, frozenset: Pickler._save_frozenset, list: Pickler._save_list,
           tuple: Pickler._save_tuple, bytearray: Pickler._save_bytearray}

from _pickle_load import Unpickler, _set_errors  # noqa: E402

_set_errors(UnpicklingError)
Pickler.__module__ = "_pickle"
Unpickler.__module__ = "_pickle"
_Pickler = Pickler
_Unpickler = Unpickler


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    import io
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


_dump, _dumps, _load, _loads = dump, dumps, load, loads
