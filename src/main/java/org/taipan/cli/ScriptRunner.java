package org.taipan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.Console;
import org.taipan.objects.Abstract;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;
import org.taipan.vm.Config;
import org.taipan.vm.Imports;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;
import org.taipan.vm.TracebackPrinter;

/**
 * Runs the program the command line names as {@code __main__} (a file, a directory with
 * {@code __main__.py}, {@code -c}, {@code -m}, standard input) and reports how it ended, with
 * CPython's messages and exit statuses; then the interactive prompt if -i asked for one.
 */
public final class ScriptRunner {
    private ScriptRunner() {}

    /** What {@code taipan [options] ...} runs; returns the process exit status. */
    static int main(CommandLine cl, Config config) {
        try {
            return runMain(cl, config);
        } finally {
            Console.flush();
        }
    }

    /** A new interpreter; as in CPython, -W options (or PYTHONWARNINGS) import warnings at once. */
    private static Interpreter interpreter(Config config) {
        Interpreter interp = new Interpreter(config);
        if (!config.warnOptions.isEmpty()) {
            try {
                org.taipan.vm.Warnings.warningsModule();
            } catch (PyException e) {
                Console.flush();
                writeErr(TracebackPrinter.format(e.value));
            }
        }
        return interp;
    }

    private static int runMain(CommandLine cl, Config config) {
        org.taipan.vm.ThreadState.installSigintHandler();
        String cwd = System.getProperty("user.dir");
        if (cl.command != null) {
            config.argv = cl.args;
            config.path0 = config.safePath ? null : "";
            Interpreter interp = interpreter(config);
            int status = run(interp, cl.command.getBytes(StandardCharsets.UTF_8), "<string>");
            return afterwards(interp, config, status);
        }
        if (cl.module != null) {
            // While the module is looked for (its packages imported), sys.argv[0] is "-m".
            config.argv = new ArrayList<>(cl.args);
            config.argv.set(0, "-m");
            config.path0 = config.safePath ? null : cwd;
            Interpreter interp = interpreter(config);
            int status = runModule(interp, cl.module);
            return afterwards(interp, config, status);
        }
        if (cl.script == null || cl.script.equals("-")) {
            config.argv = cl.script == null ? List.of("") : cl.args;
            config.path0 = config.safePath ? null : "";
            if (config.interactive > 0 || cl.script == null && Console.isTerminal(0)) {
                Interpreter interp = interpreter(config);
                PyDict globals = Repl.mainGlobals(interp, null);
                int end = Repl.run(interp, globals, true);
                interp.shutdown(globals);
                return end;
            }
            byte[] source;
            try {
                source = System.in.readAllBytes();
            } catch (IOException e) {
                Launcher.complain("can't read standard input: " + e.getMessage());
                return 2;
            }
            Interpreter interp = interpreter(config);
            return afterwards(interp, config, run(interp, source, "<stdin>"));
        }
        int status = Launcher.checkReadable(cl.script);
        if (status != 0) {
            return status;
        }
        config.argv = cl.args;
        String file = Launcher.absolute(cl.script);
        Path main = Path.of(file);
        if (Files.isDirectory(main)) {
            // A directory runs its __main__.py, with the directory itself first on sys.path.
            config.path0 = config.safePath ? null : file;
            Path mainPy = main.resolve("__main__.py");
            if (!Files.isRegularFile(mainPy)) {
                Launcher.complain("can't find '__main__' module in '" + file + "'");
                return 1;
            }
            file = file + "/__main__.py";
            main = mainPy;
        } else {
            config.path0 = config.safePath ? null : scriptDirectory(main);
        }
        byte[] source;
        try {
            source = Files.readAllBytes(main);
        } catch (IOException e) {
            Launcher.complain("can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        if (config.skipFirstLine) {
            source = skipFirstLine(source);
        }
        Interpreter interp = interpreter(config);
        return afterwards(interp, config, run(interp, source, file));
    }

    /** sys.path[0] for a script: the directory it really is in, symbolic links resolved. */
    private static String scriptDirectory(Path script) {
        try {
            Path parent = script.toRealPath().getParent();
            return parent == null ? "/" : parent.toString();
        } catch (IOException e) {
            Path parent = script.toAbsolutePath().normalize().getParent();
            return parent == null ? "/" : parent.toString();
        }
    }

    /** -x: the first line's text is dropped, its newline kept, so line numbers stay right. */
    private static byte[] skipFirstLine(byte[] source) {
        int nl = 0;
        while (nl < source.length && source[nl] != '\n') {
            nl++;
        }
        return java.util.Arrays.copyOfRange(source, nl, source.length);
    }

    /**
     * With -i the interactive prompt follows the program, in its namespace; with PYTHONINSPECT
     * only when standard input is a terminal, as in CPython.
     */
    private static int afterwards(Interpreter interp, Config config, int status) {
        if (config.inspect == 0 || config.interactive == 0 && !Console.isTerminal(0)) {
            return status;
        }
        PyObject main = interp.modules.getItem(PyStr.of("__main__"));
        PyDict globals = main instanceof PyModule m ? m.instanceDict() : Repl.mainGlobals(interp, null);
        int end = Repl.run(interp, globals, false);
        interp.shutdown(globals);
        return end;
    }

    /** Runs {@code source} read from {@code filename}; returns the process exit status. */
    public static int run(Interpreter interp, byte[] source, String filename) {
        return run(interp, () -> {
            if (org.taipan.imports.Importer.isPyc(filename, source)) {
                return org.taipan.imports.Importer.scriptPyc(source);
            }
            Mod mod = FrontEnd.parse(source, filename, "exec");
            return new PyCode(Compiler.compile(mod, filename, "exec", 0, interp.optimize()));
        }, Repl.mainGlobals(interp, filename));
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
                int status = uncaught(interp, e);
                endUnlessInspecting(interp, globals);
                return status;
            }
            endUnlessInspecting(interp, globals);
            return 0;
        } catch (PySyntaxError e) {
            Console.flush();
            writeErr(e.format());
            return 1;
        } catch (PyException e) {
            return uncaught(interp, e);
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

    /**
     * {@code taipan -m NAME}: the module (a package's __main__) is found by the import system,
     * its parents imported, and its code runs as __main__ with the module's spec.
     */
    private static int runModule(Interpreter interp, String name) {
        if (name.startsWith(".")) {
            Launcher.complain("Relative module names not supported");
            return 1;
        }
        if (name.isEmpty()) {
            Launcher.complain("No module named ");
            return 1;
        }
        PyObject spec;
        try {
            spec = org.taipan.imports.Importer.mainSpec(name);
        } catch (org.taipan.imports.Importer.MainError e) {
            Console.flush();
            Launcher.complain(e.getMessage());
            return 1;
        } catch (PyException e) {
            return uncaught(interp, e);
        }
        PyObject origin = Abstract.lookupAttr(spec, PyStr.of("origin"));
        String file = origin instanceof PyStr s ? s.toString() : name;
        interp.config.argv.set(0, file);
        PyObject sysArgv = interp.sysAttr("argv");
        if (sysArgv != null) {
            Abstract.setItem(sysArgv, PyInt.of(0), PyStr.of(file));
        }
        PyDict globals = Repl.mainGlobals(interp, file);
        org.taipan.imports.Importer.initMain((PyModule) interp.modules.getItem(PyStr.of("__main__")), spec);
        globals.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
        return run(interp, () -> {
            PyCode code = org.taipan.imports.Importer.codeOf(spec);
            if (code == null) {
                throw org.taipan.objects.Errors.of(ExceptionTypes.IMPORT_ERROR, "No code object available for " + name);
            }
            return code;
        }, globals);
    }

    /**
     * SystemExit ends quietly with its code (a non-integer code is printed); KeyboardInterrupt
     * prints its traceback and exits 130, as a process killed by SIGINT appears to the shell;
     * anything else prints a traceback and exits 1. Under -i nothing ends: the traceback is
     * printed (SystemExit's too) and the prompt follows.
     */
    static int uncaught(Interpreter interp, PyException e) {
        Console.flush();
        if (e.matches(ExceptionTypes.SYSTEM_EXIT) && interp != null && interp.config.inspect != 0) {
            writeErr(TracebackPrinter.format(e.value));
            return 1;
        }
        if (interp == null) {
            return exitStatus(e);
        }
        return interp.handleUncaught(e);
    }

    /**
     * The end of the program (atexit callbacks, finalizers, flushing: Interpreter.shutdown),
     * unless -i keeps the interpreter for the prompt; then it comes when the prompt ends.
     */
    private static void endUnlessInspecting(Interpreter interp, PyDict globals) {
        if (interp.config.inspect == 0) {
            interp.shutdown(globals);
        }
    }

    /** The exit status SystemExit asks for; a code that is not an int is printed and means 1. */
    static int exitStatus(PyException e) {
        PyObject code = e.value.args.size() == 0 ? PyNone.INSTANCE
                : e.value.args.size() == 1 ? e.value.args.get(0) : e.value.args;
        if (code == PyNone.INSTANCE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isLong() ? (int) (i.longValue() & 0xFF) : -1 & 0xFF;
        }
        try {
            writeErr(Abstract.str(code) + "\n");
        } catch (PyException ignored) {
            // str() failed: CPython prints nothing more either.
        }
        return 1;
    }

    static void writeErr(String s) {
        try {
            Console.err().write(s);
            Console.err().flush();
        } catch (IOException ignored) {
            // stderr is gone; nothing else can be told.
        }
    }
}
