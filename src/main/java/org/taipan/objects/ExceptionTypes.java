package org.taipan.objects;

/** The builtin exception hierarchy of Python 3.11. */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    private static PyType exc(String name, PyType base) {
        return PyType.builtin(name, PyBaseException.class, base, PyType.BASETYPE, t -> {
            if (base == PyType.OBJECT) {
                t.repr = ExceptionTypes::repr;
                t.str = self -> PyStr.of(((PyBaseException) self).message());
                t.tpNew = (type, args, kwnames) -> new PyBaseException(type, PyTuple.of(positional(args, kwnames)));
                t.init = (self, args, kwnames) -> {
                    if (kwnames != null && kwnames.length > 0) {
                        throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
                    }
                    ((PyBaseException) self).args = PyTuple.of(args);
                };
            }
            ExceptionAttrs.slots(t, name);
        }, t -> ExceptionAttrs.methods(t, name));
    }

    private static PyObject[] positional(PyObject[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        return n == args.length ? args : java.util.Arrays.copyOf(args, n);
    }

    private static PyObject repr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        String args = e.args.size() == 1 ? "(" + Abstract.repr(e.args.get(0)) + ")" : Abstract.repr(e.args).toString();
        return PyStr.of(e.type().name() + args);
    }

    public static final PyType BASE_EXCEPTION = exc("BaseException", PyType.OBJECT);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = withStr(exc("KeyError", LOOKUP_ERROR), e ->
            e.args.size() == 1 ? Abstract.repr(e.args.get(0)).toString() : e.message());
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    /** Args (encoding, object, start, end, reason), formatted by its str. */
    public static final PyType UNICODE_DECODE_ERROR = withStr(exc("UnicodeDecodeError", UNICODE_ERROR),
            e -> unicodeErrorStr(e, true));
    /** Args (encoding, object, start, end, reason). */
    public static final PyType UNICODE_ENCODE_ERROR = withStr(exc("UnicodeEncodeError", UNICODE_ERROR),
            e -> unicodeErrorStr(e, false));
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
    /** Args (object, start, end, reason). */
    public static final PyType UNICODE_TRANSLATE_ERROR = withStr(exc("UnicodeTranslateError", UNICODE_ERROR),
            e -> e.args.size() != 4 ? e.message() : unicodeErrorStr(new PyBaseException(e.type(), PyTuple.of(
                    PyStr.of(""), e.args.get(0), e.args.get(1), e.args.get(2), e.args.get(3))), false)
                    .replace("'' codec can't encode", "can't translate"));
    public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = exc("PendingDeprecationWarning", WARNING);
    public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType FUTURE_WARNING = exc("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = exc("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = exc("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = exc("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = exc("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = exc("EncodingWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = ExceptionGroups.exceptionGroupType(
            exc("ExceptionGroup", BASE_EXCEPTION_GROUP), EXCEPTION);

    private static PyType unsupportedOperation;

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError; not a builtin name. */
    public static PyType unsupportedOperation() {
        if (unsupportedOperation == null) {
            PyType t = exc("io.UnsupportedOperation", OS_ERROR);
            t.addBuiltinBase(VALUE_ERROR);
            unsupportedOperation = t;
        }
        return unsupportedOperation;
    }

    private static PyType withStr(PyType t, java.util.function.Function<PyBaseException, String> str) {
        t.str = self -> PyStr.of(str.apply((PyBaseException) self));
        return t;
    }

    /** "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" and its variants. */
    private static String unicodeErrorStr(PyBaseException e, boolean decode) {
        if (e.args.size() != 5 || !(e.args.get(2) instanceof PyInt s) || !(e.args.get(3) instanceof PyInt end)) {
            return e.message();
        }
        String enc = e.args.get(0).toString(), reason = e.args.get(4).toString();
        long start = s.longValue(), stop = end.longValue();
        String what;
        if (stop == start + 1) {
            if (decode && e.args.get(1) instanceof PyBytes b) {
                what = String.format("byte 0x%02x", b.byteAt((int) start) & 0xff);
            } else {
                int cp = e.args.get(1).toString().codePointAt(
                        e.args.get(1).toString().offsetByCodePoints(0, (int) start));
                what = "character '" + (cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp)) + "'";
            }
            what += " in position " + start;
        } else {
            what = (decode ? "bytes" : "characters") + " in position " + start + "-" + (stop - 1);
        }
        return "'" + enc + "' codec can't " + (decode ? "decode " : "encode ") + what + ": " + reason;
    }

    /** Every builtin exception type, for the builtins module. */
    public static PyType[] all() {
        java.util.List<PyType> out = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : ExceptionTypes.class.getFields()) {
            try {
                if (f.get(null) instanceof PyType t) {
                    out.add(t);
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return out.toArray(new PyType[0]);
    }
}
