package org.taipan.cli;

import java.io.IOException;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.Console;
import org.taipan.objects.Abstract;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;
import org.taipan.vm.TracebackPrinter;

/** Runs a program as {@code __main__}: source → AST → code → frames, and reports how it ended. */
public final class ScriptRunner {
    private ScriptRunner() {}

    /** Runs {@code source} read from {@code filename}; returns the process exit status. */
    public static int run(Interpreter interp, byte[] source, String filename) {
        return run(interp, () -> {
            if (org.taipan.imports.Importer.isPyc(filename, source)) {
                return org.taipan.imports.Importer.scriptPyc(source);
            }
            Mod mod = FrontEnd.parse(source, filename, "exec");
            return new PyCode(Compiler.compile(mod, filename, "exec", 0, interp.optimize()));
        }, mainGlobals(interp, filename));
    }

    /** What makes the main module's code; it may throw a syntax error. */
    interface CodeSource {
        PyCode get() throws PySyntaxError;
    }

    /** Runs the code {@code source} gives in the __main__ namespace; returns the process exit status. */
    static int run(Interpreter interp, CodeSource source, org.taipan.objects.PyDict globals) {
        try {
            PyCode code = source.get();
            try {
                interp.exec(code, globals);
            } catch (PyException e) {
                return interp.finish(e, globals);
            }
            return interp.finish(null, globals);
        } catch (PySyntaxError e) {
            Console.flush();
            writeErr(e.format());
            return 1;
        } catch (PyException e) {
            return interp.finish(e, null);
        } catch (StackOverflowError | LinkageError e) {
            // Never a Java stack trace: the Java stack ran out where no frame could turn it into RecursionError.
            Console.flush();
            writeErr("Fatal Python error: Cannot recover from stack overflow.\n");
            return 134;
        } finally {
            org.taipan.modules.BuiltinsModule.flushFiles();
            Console.flush();
        }
    }

    /** Runs a script with {@code sys.argv} set to {@code argv} (the script first). */
    static int run(byte[] source, String filename, List<String> argv) {
        // CPython names a relative script by joining it to the working directory, unnormalised.
        String path = java.nio.file.Path.of(filename).isAbsolute() ? filename
                : System.getProperty("user.dir") + "/" + filename;
        org.taipan.vm.ThreadState.installSigintHandler();
        return run(newInterpreter(argv), source, path);
    }

    /** The -O level of the command line (how many O flags). */
    static int optimize;

    private static Interpreter newInterpreter(List<String> argv) {
        Interpreter interp = new Interpreter(argv);
        if (optimize > 0) {
            interp.setOptimize(Math.min(optimize, 2));
        }
        return interp;
    }

    /** {@code taipan -c COMMAND}: the program is the text, named "<string>"; sys.path[0] is ''. */
    static int runCommand(String command, List<String> argv) {
        org.taipan.vm.ThreadState.installSigintHandler();
        Interpreter interp = newInterpreter(argv);
        setPath0(interp, "");
        return run(interp, command.getBytes(java.nio.charset.StandardCharsets.UTF_8), "<string>");
    }

    /** A program read from standard input, named "<stdin>". */
    static int runStdin(List<String> argv) {
        org.taipan.vm.ThreadState.installSigintHandler();
        byte[] source;
        try {
            source = System.in.readAllBytes();
        } catch (IOException e) {
            writeErr("taipan: can't read standard input: " + e.getMessage() + "\n");
            return 2;
        }
        Interpreter interp = newInterpreter(argv);
        setPath0(interp, "");
        return run(interp, source, "<stdin>");
    }

    /**
     * {@code taipan -m NAME}: the module (a package's __main__) is found by the import system,
     * its parents imported, and its code runs as __main__ with the module's spec.
     */
    static int runModule(String name, List<String> argv) {
        org.taipan.vm.ThreadState.installSigintHandler();
        Interpreter interp = newInterpreter(argv);
        setPath0(interp, System.getProperty("user.dir"));
        PyObject spec;
        try {
            spec = org.taipan.imports.Importer.mainSpec(name);
        } catch (org.taipan.imports.Importer.MainError e) {
            Console.flush();
            writeErr("taipan: " + e.getMessage() + "\n");
            return 1;
        } catch (PyException e) {
            return interp.finish(e, null);
        }
        PyObject origin = org.taipan.objects.Abstract.lookupAttr(spec, org.taipan.objects.PyStr.of("origin"));
        String file = origin instanceof org.taipan.objects.PyStr s ? s.value() : name;
        PyObject sysArgv = interp.sysAttr("argv");
        if (sysArgv != null) {
            org.taipan.objects.Abstract.setItem(sysArgv, PyInt.of(0), org.taipan.objects.PyStr.of(file));
        }
        org.taipan.objects.PyDict globals = mainGlobals(interp, file);
        org.taipan.imports.Importer.initMain((org.taipan.objects.PyModule) interp.modules.getItem(
                org.taipan.objects.PyStr.of("__main__")), spec);
        globals.setItem(org.taipan.objects.PyStr.of("__name__"), org.taipan.objects.PyStr.of("__main__"));
        return run(interp, () -> {
            PyCode code = org.taipan.imports.Importer.codeOf(spec);
            if (code == null) {
                throw org.taipan.objects.Errors.of(ExceptionTypes.IMPORT_ERROR, "No code object available for " + name);
            }
            return code;
        }, globals);
    }

    /**
     * The interactive prompt: reads statements (a compound one until an empty line), runs each
     * in "single" mode so that expression values are shown through sys.displayhook, and prints
     * errors without leaving. Ends at end of input or with SystemExit.
     */
    static int repl() {
        org.taipan.vm.ThreadState.installSigintHandler();
        Interpreter interp = newInterpreter(List.of(""));
        setPath0(interp, "");
        org.taipan.objects.PyDict globals = mainGlobals(interp, null);
        writeErr("Python 3.11.7 (Taipan) on linux\nType \"exit()\" or Ctrl-D to leave.\n");
        StringBuilder buf = new StringBuilder();
        while (true) {
            writeErr(prompt(interp, buf.length() == 0 ? "ps1" : "ps2", buf.length() == 0 ? ">>> " : "... "));
            String line;
            try {
                line = Console.readLine();
            } catch (PyException e) {
                writeErr("\nKeyboardInterrupt\n");
                buf.setLength(0);
                continue;
            }
            if (line == null) {
                writeErr("\n");
                return 0;
            }
            boolean blank = line.isBlank();
            buf.append(line.endsWith("\n") ? line : line + "\n");
            String src = buf.toString();
            Mod mod;
            try {
                mod = FrontEnd.parse(src, "<stdin>", "single");
            } catch (PySyntaxError e) {
                if (!blank && incomplete(e, src)) {
                    continue;
                }
                buf.setLength(0);
                writeErr(e.format());
                continue;
            }
            if (!blank && mod instanceof Mod.Interactive i && !i.body().isEmpty() && compound(i.body().get(0))) {
                continue;
            }
            buf.setLength(0);
            try {
                CodeUnit unit = Compiler.compile(mod, "<stdin>", "single", 0, interp.optimize());
                interp.exec(new PyCode(unit), globals);
            } catch (PySyntaxError e) {
                writeErr(e.format());
            } catch (PyException e) {
                Console.flush();
                if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
                    return interp.finish(e, null);
                }
                writeErr(TracebackPrinter.format(e.value));
            } finally {
                Console.flush();
            }
        }
    }

    private static String prompt(Interpreter interp, String name, String dflt) {
        PyObject p = interp.sysAttr(name);
        return p == null ? dflt : org.taipan.objects.Abstract.str(p).toString();
    }

    private static boolean compound(org.taipan.parser.ast.Stmt s) {
        return s instanceof org.taipan.parser.ast.Stmt.If || s instanceof org.taipan.parser.ast.Stmt.For
                || s instanceof org.taipan.parser.ast.Stmt.While || s instanceof org.taipan.parser.ast.Stmt.FunctionDef
                || s instanceof org.taipan.parser.ast.Stmt.ClassDef || s instanceof org.taipan.parser.ast.Stmt.With
                || s instanceof org.taipan.parser.ast.Stmt.Try || s instanceof org.taipan.parser.ast.Stmt.TryStar
                || s instanceof org.taipan.parser.ast.Stmt.Match || s instanceof org.taipan.parser.ast.Stmt.AsyncFor
                || s instanceof org.taipan.parser.ast.Stmt.AsyncWith
                || s instanceof org.taipan.parser.ast.Stmt.AsyncFunctionDef;
    }

    /** Whether a syntax error only says the input stops too early (open brackets, a block to come). */
    private static boolean incomplete(PySyntaxError e, String src) {
        String m = e.msg == null ? "" : e.msg;
        if (m.startsWith("expected an indented block") || m.endsWith("was never closed")
                || m.startsWith("unterminated triple-quoted string") || m.contains("unexpected EOF")
                || m.equals("incomplete input")) {
            return true;
        }
        String[] lines = src.split("\n", -1);
        int last = lines.length - 1;
        while (last > 0 && lines[last].isEmpty()) {
            last--;
        }
        return e.lineno > last + 1 || e.lineno == last + 1 && e.offset > lines[last].stripTrailing().length();
    }

    private static void setPath0(Interpreter interp, String dir) {
        PyObject path = interp.sysAttr("path");
        if (path != null) {
            org.taipan.objects.Abstract.setItem(path, PyInt.of(0), org.taipan.objects.PyStr.of(dir));
        }
    }

    private static org.taipan.objects.PyDict mainGlobals(Interpreter interp, String filename) {
        org.taipan.objects.PyDict g = interp.newGlobals("__main__", filename);
        if (filename != null) {
            g.setItem(org.taipan.objects.PyStr.of("__cached__"), PyNone.INSTANCE);
        }
        interp.modules.setItem(org.taipan.objects.PyStr.of("__main__"),
                new org.taipan.objects.PyModule("__main__", g));
        return g;
    }

    private static void writeErr(String s) {
        try {
            Console.err().write(s);
            Console.err().flush();
        } catch (IOException ignored) {
            // stderr is gone; nothing else can be told.
        }
    }
}
