package org.taipan.objects;

/**
 * The attributes and methods of the builtin exceptions: BaseException's {@code args},
 * {@code __traceback__}, {@code __cause__}, {@code with_traceback()}, … and the fields some
 * subclasses add ({@code StopIteration.value}, {@code ImportError.name}, {@code OSError.errno},
 * {@code SyntaxError.lineno}, …) with the constructors that fill them.
 */
final class ExceptionAttrs {
    private ExceptionAttrs() {}

    private static final ArgParser IMPORT_KW = ArgParser.clinic("ImportError", "*, name=None, path=None");
    private static final ArgParser NAME_KW = ArgParser.clinic("NameError", "*, name=None");
    private static final ArgParser ATTRIBUTE_KW = ArgParser.clinic("AttributeError", "*, name=None, obj=None");
    private static final String[] SYNTAX_FIELDS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    /** Slots set when the type is made (constructors and str), by type name. */
    static void slots(PyType t, String name) {
        switch (name) {
            case "StopIteration" -> t.init = (self, args, kw) -> {
                baseInit(self, args, kw);
                PyBaseException e = (PyBaseException) self;
                e.setField("value", e.args.size() > 0 ? e.args.get(0) : PyNone.INSTANCE);
            };
            case "SystemExit" -> t.init = (self, args, kw) -> {
                baseInit(self, args, kw);
                PyBaseException e = (PyBaseException) self;
                e.setField("code", e.args.size() == 0 ? PyNone.INSTANCE : e.args.size() == 1 ? e.args.get(0) : e.args);
            };
            case "ImportError" -> {
                t.init = (self, args, kw) -> {
                    int npos = args.length - (kw == null ? 0 : kw.length);
                    PyObject[] k = IMPORT_KW.bind(args, npos, kw);
                    PyBaseException e = (PyBaseException) self;
                    e.args = PyTuple.wrap(java.util.Arrays.copyOf(args, npos));
                    e.setField("name", orNone(k[0]));
                    e.setField("path", orNone(k[1]));
                    e.setField("msg", npos == 1 ? args[0] : PyNone.INSTANCE);
                };
                t.str = self -> {
                    PyBaseException e = (PyBaseException) self;
                    PyObject msg = e.field("msg");
                    return msg != null && msg != PyNone.INSTANCE ? Abstract.str(msg) : PyStr.of(e.message());
                };
                t.tpNew = (type, args, kw) -> new PyBaseException(type, PyTuple.EMPTY);
            }
            case "NameError", "AttributeError" -> {
                ArgParser p = name.equals("NameError") ? NAME_KW : ATTRIBUTE_KW;
                t.init = (self, args, kw) -> {
                    int npos = args.length - (kw == null ? 0 : kw.length);
                    PyObject[] k = p.bind(args, npos, kw);
                    PyBaseException e = (PyBaseException) self;
                    e.args = PyTuple.wrap(java.util.Arrays.copyOf(args, npos));
                    e.setField("name", orNone(k[0]));
                    if (k.length > 1) {
                        e.setField("obj", orNone(k[1]));
                    }
                };
                t.tpNew = (type, args, kw) -> new PyBaseException(type, PyTuple.EMPTY);
            }
            case "SyntaxError" -> {
                t.init = (self, args, kw) -> {
                    baseInit(self, args, kw);
                    PyBaseException e = (PyBaseException) self;
                    if (args.length >= 1) {
                        e.setField("msg", args[0]);
                    }
                    if (args.length == 2) {
                        PyObject[] info = Iter.toArray(args[1]);
                        if (info.length < 4 || info.length > 6) {
                            throw Errors.indexError("tuple index out of range");
                        }
                        for (int i = 0; i < info.length; i++) {
                            e.setField(SYNTAX_FIELDS[i], info[i]);
                        }
                    }
                };
                t.str = ExceptionAttrs::syntaxStr;
            }
            case "OSError" -> {
                t.tpNew = ExceptionAttrs::osErrorNew;
                t.init = (self, args, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
                    }
                    osErrorInit((PyBaseException) self, args);
                };
                t.str = ExceptionAttrs::osErrorStr;
            }
            case "BaseExceptionGroup" -> ExceptionGroups.slots(t);
            default -> { }
        }
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private static void baseInit(PyObject self, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
        }
        ((PyBaseException) self).args = PyTuple.of(args);
    }

    /** The attributes and methods, added to the type's dict on first use. */
    static void methods(PyType t, String name) {
        switch (name) {
            case "BaseException" -> baseMethods(t);
            case "StopIteration" -> PyGetSetDescr.getset(t, "value", self -> {
                PyBaseException e = (PyBaseException) self;
                PyObject v = e.field("value");
                return v != null ? v : e.args.size() > 0 ? e.args.get(0) : PyNone.INSTANCE;
            }, (self, v) -> ((PyBaseException) self).setField("value", orNone(v)));
            case "SystemExit" -> PyGetSetDescr.getset(t, "code", self -> {
                PyBaseException e = (PyBaseException) self;
                PyObject v = e.field("code");
                return v != null ? v : e.args.size() == 0 ? PyNone.INSTANCE : e.args.size() == 1 ? e.args.get(0) : e.args;
            }, (self, v) -> ((PyBaseException) self).setField("code", orNone(v)));
            case "ImportError" -> {
                field(t, "name");
                field(t, "path");
                field(t, "msg");
            }
            case "NameError" -> field(t, "name");
            case "AttributeError" -> {
                field(t, "name");
                field(t, "obj");
            }
            case "SyntaxError" -> {
                field(t, "msg");
                for (String f : SYNTAX_FIELDS) {
                    field(t, f);
                }
                field(t, "print_file_and_line");
            }
            case "OSError" -> {
                for (String f : new String[] {"errno", "strerror", "filename", "filename2"}) {
                    field(t, f);
                }
            }
            case "UnicodeEncodeError", "UnicodeDecodeError" -> {
                String[] names = {"encoding", "object", "start", "end", "reason"};
                for (int i = 0; i < names.length; i++) {
                    argField(t, names[i], i);
                }
            }
            case "UnicodeTranslateError" -> {
                String[] names = {"object", "start", "end", "reason"};
                for (int i = 0; i < names.length; i++) {
                    argField(t, names[i], i);
                }
            }
            case "BaseExceptionGroup" -> ExceptionGroups.methods(t);
            default -> { }
        }
    }

    /** A writable member stored in the exception's fields, None until set. */
    private static void field(PyType t, String name) {
        PyGetSetDescr.getset(t, name, self -> orNone(((PyBaseException) self).field(name)),
                (self, v) -> ((PyBaseException) self).setField(name, v == null ? PyNone.INSTANCE : v));
    }

    /** A writable attribute that defaults to one of the constructor's arguments (UnicodeError's fields). */
    private static void argField(PyType t, String name, int index) {
        PyGetSetDescr.getset(t, name, self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject v = e.field(name);
            return v != null ? v : index < e.args.size() ? e.args.get(index) : PyNone.INSTANCE;
        }, (self, v) -> ((PyBaseException) self).setField(name, orNone(v)));
    }

    private static void baseMethods(PyType t) {
        PyGetSetDescr.getset(t, "args", self -> ((PyBaseException) self).args, (self, v) -> {
            if (v == null) {
                throw Errors.typeError("args may not be deleted");
            }
            ((PyBaseException) self).args = PyTuple.wrap(Iter.toArray(v));
        });
        PyGetSetDescr.getset(t, "__traceback__", self -> orNone(((PyBaseException) self).traceback), (self, v) -> {
            if (v == null) {
                throw Errors.typeError("__traceback__ may not be deleted");
            }
            if (v != PyNone.INSTANCE && !v.type().name().equals("traceback")) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) self).traceback = v == PyNone.INSTANCE ? null : v;
        });
        PyGetSetDescr.getset(t, "__cause__", self -> orNone(((PyBaseException) self).cause), (self, v) -> {
            PyBaseException e = (PyBaseException) self;
            if (v == null) {
                throw Errors.typeError("__cause__ may not be deleted");
            }
            if (v != PyNone.INSTANCE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            e.cause = v == PyNone.INSTANCE ? null : v;
            e.suppressContext = true;
        });
        PyGetSetDescr.getset(t, "__context__", self -> orNone(((PyBaseException) self).context), (self, v) -> {
            if (v == null) {
                throw Errors.typeError("__context__ may not be deleted");
            }
            if (v != PyNone.INSTANCE && !(v instanceof PyBaseException)) {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
            ((PyBaseException) self).context = v == PyNone.INSTANCE ? null : v;
        });
        PyGetSetDescr.getset(t, "__suppress_context__", self -> PyBool.of(((PyBaseException) self).suppressContext),
                (self, v) -> ((PyBaseException) self).suppressContext = v != null && Abstract.isTrue(v));
        PyGetSetDescr.getset(t, "__dict__", PyObject::instanceDict, (self, v) -> {
            throw Errors.typeError("__dict__ assignment is not supported yet");
        });
        t.method("with_traceback", (self, tb) -> {
            if (tb != PyNone.INSTANCE && !tb.type().name().equals("traceback")) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) self).traceback = tb == PyNone.INSTANCE ? null : tb;
            return self;
        });
        t.method("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + note.type().name() + "'");
            }
            PyDict d = self.instanceDict();
            PyObject notes = d.getItem(PyStr.of("__notes__"));
            if (notes == null) {
                notes = new PyList();
                d.setItem(PyStr.of("__notes__"), notes);
            }
            if (!(notes instanceof PyList l)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            l.append(note);
            return PyNone.INSTANCE;
        });
        t.method("__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            PyDict d = e.instanceDict();
            return d.size() == 0 ? PyTuple.of(e.type(), e.args) : PyTuple.of(e.type(), e.args, d);
        });
    }

    // ---- SyntaxError

    private static PyObject syntaxStr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyObject msg = orNone(e.field("msg"));
        String text = msg == PyNone.INSTANCE && e.field("msg") == null ? e.message() : Abstract.str(msg).toString();
        PyObject filename = e.field("filename");
        PyObject lineno = e.field("lineno");
        String file = filename instanceof PyStr f ? baseName(f.toString()) : null;
        boolean haveLine = lineno instanceof PyInt;
        if (file != null && haveLine) {
            return PyStr.of(text + " (" + file + ", line " + lineno + ")");
        } else if (file != null) {
            return PyStr.of(text + " (" + file + ")");
        } else if (haveLine) {
            return PyStr.of(text + " (line " + lineno + ")");
        }
        return PyStr.of(text);
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    // ---- OSError

    private static PyObject osErrorNew(PyType type, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (type == ExceptionTypes.OS_ERROR && npos >= 2 && args[0] instanceof PyInt errno && errno.isLong()) {
            PyType sub = switch ((int) errno.longValue()) {
                case 2 -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
                case 17 -> ExceptionTypes.FILE_EXISTS_ERROR;
                case 21 -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
                case 20 -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
                case 1, 13 -> ExceptionTypes.PERMISSION_ERROR;
                case 32 -> ExceptionTypes.BROKEN_PIPE_ERROR;
                case 4 -> ExceptionTypes.INTERRUPTED_ERROR;
                case 3 -> ExceptionTypes.PROCESS_LOOKUP_ERROR;
                case 10 -> ExceptionTypes.CHILD_PROCESS_ERROR;
                case 11 -> ExceptionTypes.BLOCKING_IO_ERROR;
                case 103 -> ExceptionTypes.CONNECTION_ABORTED_ERROR;
                case 104 -> ExceptionTypes.CONNECTION_RESET_ERROR;
                case 111 -> ExceptionTypes.CONNECTION_REFUSED_ERROR;
                case 110 -> ExceptionTypes.TIMEOUT_ERROR;
                default -> type;
            };
            type = sub;
        }
        return new PyBaseException(type, PyTuple.EMPTY);
    }

    private static void osErrorInit(PyBaseException e, PyObject[] args) {
        e.args = PyTuple.of(args);
        if (args.length >= 2 && args.length <= 5) {
            e.setField("errno", args[0]);
            e.setField("strerror", args[1]);
            if (args.length >= 3) {
                e.setField("filename", args[2]);
            }
            if (args.length == 5) {
                e.setField("filename2", args[4]);
            }
            if (args.length >= 3) {
                e.args = PyTuple.of(args[0], args[1]);
            }
        }
    }

    private static PyObject osErrorStr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        PyObject errno = e.field("errno"), strerror = e.field("strerror");
        PyObject filename = e.field("filename"), filename2 = e.field("filename2");
        if (filename != null && filename != PyNone.INSTANCE) {
            String s = "[Errno " + Abstract.str(orNone(errno)) + "] " + Abstract.str(orNone(strerror)) + ": "
                    + Abstract.repr(filename);
            if (filename2 != null && filename2 != PyNone.INSTANCE) {
                s += " -> " + Abstract.repr(filename2);
            }
            return PyStr.of(s);
        }
        if (errno != null && strerror != null) {
            return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
        }
        return PyStr.of(e.message());
    }
}
