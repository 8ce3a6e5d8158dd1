"""pickle's Unpickler (Taipan's own implementation): one method per opcode over a stack, a
list of marks and the memo; protocol 4's frames are read whole."""

import sys
from struct import unpack
import _pickle_codes as C

UnpicklingError = None


def _set_errors(cls):
    global UnpicklingError
    UnpicklingError = cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


def _unescape_py2_string(quoted):
    """A Python 2 str literal (protocol 0's STRING) to bytes."""
    import ast
    return ast.literal_eval("b" + quoted.decode("latin-1"))


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    text = data.decode("latin-1")
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return "".join(out)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())

    Reads a pickle from file (anything with read and readline) with load()."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Load a pickle."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = _DISPATCH
        read = self.read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    if 32 <= key[0] < 127 and key != b"'":
                        raise UnpicklingError("invalid load key, '%s'." % key.decode("latin-1"))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % key[0])
                f(self)
        except _Stop as stop:
            return stop.value

    # -- input, through the current frame when there is one

    def read(self, n):
        if self._frame is not None:
            data = self._frame.read(n)
            if not data and n:
                self._frame = None
                return self._read_file(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._read_file(n)

    def _read_file(self, n):
        data = self._file_read(n)
        if len(data) < n and n != 1:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self._frame is not None:
            data = self._frame.readline()
            if not data:
                self._frame = None
                return self._readline_file()
            if data[-1:] != b"\n":
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._readline_file()

    def _readline_file(self):
        data = self._file_readline()
        if not data.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return data

    def _exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    # -- the stack

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load "
                              "function was specified.")

    def find_class(self, module, name):
        """Return the object module.name (the qualified name from protocol 4 on)."""
        sys.audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            module, name = C.py3_name(module, name)
        if (module, name) == ("_codecs", "encode"):
            import pickle
            return pickle._codecs_encode()
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                import pickle
                return pickle._getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None

    def _decode_py2(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    # -- the opcodes

    def load_proto(self):
        proto = self._exact(1)[0]
        if not 0 <= proto <= 5:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack("<Q", self._exact(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._frame is not None and self._frame.tell() < len(self._frame.getbuffer()):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        import io
        self._frame = io.BytesIO(self._read_file(size))

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b"00\n":
            self.append(False)
        elif data == b"01\n":
            self.append(True)
        else:
            self.append(int(data.decode("ascii")))

    def load_binint(self):
        self.append(unpack("<i", self._exact(4))[0])

    def load_binint1(self):
        self.append(self._exact(1)[0])

    def load_binint2(self):
        self.append(unpack("<H", self._exact(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1:] == b"L":
            val = val[:-1]
        self.append(int(val))

    def load_long1(self):
        n = self._exact(1)[0]
        self.append(int.from_bytes(self._exact(n), "little", signed=True))

    def load_long4(self):
        n, = unpack("<i", self._exact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self._exact(n), "little", signed=True))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(unpack(">d", self._exact(8))[0])

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            self.append(self._decode_py2(_unescape_py2_string(data)))
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")

    def load_binstring(self):
        n, = unpack("<i", self._exact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_py2(self._exact(n)))

    def load_short_binstring(self):
        self.append(self._decode_py2(self._exact(self._exact(1)[0])))

    def load_binbytes(self):
        n, = unpack("<I", self._exact(4))
        self.append(self._exact(n))

    def load_short_binbytes(self):
        self.append(self._exact(self._exact(1)[0]))

    def load_binbytes8(self):
        n, = unpack("<Q", self._exact(8))
        self.append(self._exact(n))

    def load_bytearray8(self):
        n, = unpack("<Q", self._exact(8))
        self.append(bytearray(self._exact(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        n, = unpack("<I", self._exact(4))
        self.append(str(self._exact(n), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        n, = unpack("<Q", self._exact(8))
        self.append(str(self._exact(n), "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        self.append(str(self._exact(self._exact(1)[0]), "utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1:] = [(self._top(),)]

    def load_tuple2(self):
        if len(self.stack) < 2:
            self._underflow()
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            self._underflow()
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        import copyreg
        obj = copyreg._extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._exact(1)[0])

    def load_ext2(self):
        self._load_ext(unpack("<H", self._exact(2))[0])

    def load_ext4(self):
        self._load_ext(unpack("<i", self._exact(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_fetch(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def load_get(self):
        self._memo_fetch(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_fetch(self._exact(1)[0])

    def load_long_binget(self):
        self._memo_fetch(unpack("<I", self._exact(4))[0])

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._exact(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack("<I", self._exact(4))
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        try:
            extend = target.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        if not self.stack:
            self._underflow()
        raise _Stop(self.stack.pop())


_MISSING = object()
_DISPATCH = {}
for _name in dir(C):
    if _name.isupper() and _name not in ("TRUE", "FALSE"):
        _f = getattr(Unpickler, "load_" + _name.lower(), None)
        if _f is not None:
            _DISPATCH[getattr(C, _name)[0]] = _f
_DISPATCH[C.NEWTRUE[0]] = Unpickler.load_true
_DISPATCH[C.NEWFALSE[0]] = Unpickler.load_false
del _name, _f
