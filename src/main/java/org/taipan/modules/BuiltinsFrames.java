package org.taipan.modules;

import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.ast.AstModule;
import org.taipan.modules.ast.FromPython;
import org.taipan.modules.ast.ToPython;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.Seq;
import org.taipan.parser.Parser;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/**
 * The builtins that look at the running frame or run the compiler: globals, locals, vars,
 * dir, exec, eval, compile, input.
 */
final class BuiltinsFrames {
    private BuiltinsFrames() {}

    private static final ArgParser VARS = ArgParser.unpack("vars", 0, 1);
    private static final ArgParser DIR = ArgParser.unpack("dir", 0, 1);
    private static final ArgParser EXEC = ArgParser.clinic("exec", "source, globals=None, locals=None, /, *, closure=None");
    private static final ArgParser EVAL = ArgParser.unpack("eval", 1, 3);
    private static final ArgParser COMPILE = ArgParser.clinic("compile",
            "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1");
    private static final ArgParser INPUT = ArgParser.unpack("input", 0, 1);

    static void define(PyModule m) {
        m.def("globals", (self, a, start, kw) -> {
            noArgs("globals", a, start, kw);
            PyFrame f = ThreadState.current().frame();
            return f == null ? new PyDict() : f.globals;
        });
        m.def("locals", (self, a, start, kw) -> {
            noArgs("locals", a, start, kw);
            PyFrame f = ThreadState.current().frame();
            return f == null ? new PyDict() : f.locals();
        });
        m.def("vars", (self, a, start, kw) -> {
            PyObject[] p = VARS.bind(a, start, kw);
            if (p[0] == null) {
                PyFrame f = ThreadState.current().frame();
                return f == null ? new PyDict() : f.locals();
            }
            PyObject d = Abstract.lookupAttr(p[0], PyStr.of("__dict__"));
            if (d == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        m.def("dir", (self, a, start, kw) -> {
            PyObject[] p = DIR.bind(a, start, kw);
            PyObject names;
            if (p[0] == null) {
                PyFrame f = ThreadState.current().frame();
                names = f == null ? new PyList() : PyList.wrap(((PyDict) asDict(f.locals())).keysArray());
            } else {
                PyObject dirMethod = p[0].type().lookup("__dir__");
                if (dirMethod == null) {
                    throw Errors.typeError("object does not provide __dir__");
                }
                names = Abstract.callBound(dirMethod, p[0]);
            }
            PyList l = PyList.wrap(org.taipan.objects.Iter.toArray(names).clone());
            l.sort(null, false);
            return l;
        });
        m.def("exec", (self, a, start, kw) -> {
            PyObject[] p = EXEC.bind(a, start, kw);
            run(p[0], p[1], p[2], "exec");
            return PyNone.INSTANCE;
        });
        m.def("eval", (self, a, start, kw) -> {
            PyObject[] p = EVAL.bind(a, start, kw);
            return run(p[0], p[1], p[2], "eval");
        });
        m.def("compile", (self, a, start, kw) -> {
            PyObject[] p = COMPILE.bind(a, start, kw);
            String filename;
            if (p[1] instanceof PyStr s) {
                filename = s.toString();
            } else if (p[1] instanceof org.taipan.objects.PyBytes b) {
                filename = new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not " + p[1].type().name());
            }
            if (!(p[2] instanceof PyStr modeStr)) {
                throw Errors.typeError("compile() argument 'mode' must be str, not " + p[2].type().name());
            }
            String mode = modeStr.toString();
            int flags = p[3] == null ? 0 : (int) Seq.index(p[3]).longValue();
            int optimize = p[5] == null ? -1 : (int) Seq.index(p[5]).longValue();
            boolean onlyAst = (flags & AstModule.PY_CF_ONLY_AST) != 0;
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")
                    && !(onlyAst && mode.equals("func_type"))) {
                throw Errors.valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                        : mode.equals("func_type") ? "compile() mode 'func_type' requires flag PyCF_ONLY_AST"
                        : "compile() mode must be 'exec', 'eval' or 'single'");
            }
            if (FromPython.isAst(p[0])) {
                if (onlyAst) {
                    return p[0];
                }
                Mod mod = FromPython.convert(p[0], mode);
                try {
                    return new PyCode(Compiler.compile(mod, filename, mode, flags,
                            optimize < 0 ? Interpreter.current().optimize() : optimize));
                } catch (PySyntaxError e) {
                    throw syntaxError(e);
                }
            }
            if (onlyAst) {
                return ToPython.convert(parse(p[0], filename, mode, "compile"));
            }
            return compile(p[0], filename, mode, flags, optimize, "compile");
        });
        m.def("input", (self, a, start, kw) -> {
            PyObject[] p = INPUT.bind(a, start, kw);
            PyObject in = SysModule.attr("stdin");
            PyObject out = SysModule.attr("stdout");
            if (in == null || in == PyNone.INSTANCE) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "input(): lost sys.stdin");
            }
            if (out == null || out == PyNone.INSTANCE) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "input(): lost sys.stdout");
            }
            SysModule.IoModuleAccess.flush(SysModule.attr("stderr"));
            if (p[0] != null) {
                BuiltinsModule.writeTo(out, Abstract.str(p[0]).toString());
            }
            SysModule.IoModuleAccess.flush(out);
            PyObject got = Abstract.call(Abstract.getAttr(in, PyStr.of("readline")), new PyObject[0], null);
            if (!(got instanceof PyStr)) {
                throw Errors.typeError("object.readline() returned non-string");
            }
            String line = got.toString();
            if (line.isEmpty()) {
                throw Errors.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
            }
            return PyStr.of(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
        });
    }

    private static void noArgs(String name, PyObject[] a, int start, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (a.length - start > 0) {
            throw Errors.typeError(name + "() takes no arguments (" + (a.length - start) + " given)");
        }
    }

    private static PyObject asDict(PyObject o) {
        return o instanceof PyDict ? o : new PyDict();
    }

    /** exec() and eval(): compile a string if needed and run it in the given (or the caller's) namespaces. */
    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String mode) {
        String fn = mode;
        if (globals == PyNone.INSTANCE) {
            globals = null;
        }
        if (locals == PyNone.INSTANCE) {
            locals = null;
        }
        if (globals != null && !(globals instanceof PyDict)) {
            throw Errors.typeError(mode.equals("exec") ? "exec() globals must be a dict, not " + globals.type().name()
                    : globals.type().getitem != null ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (locals != null && locals.type().getitem == null) {
            throw Errors.typeError(mode.equals("exec") ? "locals must be a mapping or None, not "
                    + locals.type().name() : "locals must be a mapping");
        }
        PyFrame caller = ThreadState.current().frame();
        PyDict g;
        if (globals == null) {
            g = caller == null ? Interpreter.current().newGlobals("__main__", null) : caller.globals;
            if (locals == null) {
                locals = caller == null ? g : caller.locals();
            }
        } else {
            g = (PyDict) globals;
            if (locals == null) {
                locals = g;
            }
        }
        if (g.getItem(PyStr.of("__builtins__")) == null) {
            g.setItem(PyStr.of("__builtins__"), Interpreter.current().builtins.instanceDict());
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            if (!(source instanceof PyStr || source instanceof PyBytes || source instanceof PyByteArray)) {
                throw Errors.typeError(fn + "() arg 1 must be a string, bytes or code object");
            }
            code = (PyCode) compile(source, "<string>", mode, 0, -1, fn);
        }
        return Interpreter.current().exec(code, g, locals);
    }

    /** compile(): source text (str or bytes) to a code object; a syntax error becomes a Python SyntaxError. */
    private static PyObject compile(PyObject source, String filename, String mode, int flags, int optimize, String fn) {
        if (source instanceof PyCode) {
            return source;
        }
        try {
            Mod mod = parse(source, filename, mode, fn);
            CodeUnit unit = Compiler.compile(mod, filename, mode, flags,
                    optimize < 0 ? Interpreter.current().optimize() : optimize);
            return new PyCode(unit);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** Source text (str or bytes) to the parser's tree; a syntax error becomes a Python SyntaxError. */
    private static Mod parse(PyObject source, String filename, String mode, String fn) {
        try {
            if (source instanceof PyStr s) {
                String text = s.toString();
                if (mode.equals("eval")) {
                    text = text.replaceFirst("^[ \\t]+", "");
                }
                if (text.indexOf('\0') >= 0) {
                    throw Errors.of(ExceptionTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
                }
                return Parser.parse(text, filename, mode);
            } else if (source instanceof PyBytes || source instanceof PyByteArray) {
                return Parser.parse(bytesOf(source), filename, mode);
            }
            throw Errors.typeError(fn + "() arg 1 must be a string, bytes or AST object");
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    private static byte[] bytesOf(PyObject o) {
        long n = Abstract.length(o);
        byte[] out = new byte[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) ((PyInt) Abstract.getItem(o, PyInt.of(i))).longValue();
        }
        return out;
    }

    /** The Python exception for a syntax error found by the parser or compiler. */
    static PyException syntaxError(PySyntaxError e) {
        org.taipan.objects.PyType type = switch (e.type) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyObject info = PyTuple.of(e.filename == null ? PyNone.INSTANCE : PyStr.of(e.filename),
                e.lineno <= 0 && e.filename == null ? PyNone.INSTANCE : PyInt.of(e.lineno),
                e.offset <= 0 && e.filename == null ? PyNone.INSTANCE : PyInt.of(e.offset),
                e.text == null ? PyNone.INSTANCE : PyStr.of(e.text),
                PyInt.of(e.endLineno), PyInt.of(e.endOffset));
        PyObject exc = Abstract.call(type, new PyObject[] {PyStr.of(e.msg), info}, null);
        return new PyException((org.taipan.objects.PyBaseException) exc);
    }
}
