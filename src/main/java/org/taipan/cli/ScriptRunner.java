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
        try {
            Mod mod = FrontEnd.parse(source, filename, "exec");
            CodeUnit unit = Compiler.compile(mod, filename, "exec", 0, 0);
            interp.exec(new PyCode(unit), mainGlobals(interp, filename));
            return 0;
        } catch (PySyntaxError e) {
            Console.flush();
            writeErr(e.format());
            return 1;
        } catch (PyException e) {
            return uncaught(e);
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
        return run(new Interpreter(argv), source, path);
    }

    private static org.taipan.objects.PyDict mainGlobals(Interpreter interp, String filename) {
        org.taipan.objects.PyDict g = interp.newGlobals("__main__", filename);
        g.setItem(org.taipan.objects.PyStr.of("__cached__"), PyNone.INSTANCE);
        interp.modules.setItem(org.taipan.objects.PyStr.of("__main__"),
                new org.taipan.objects.PyModule("__main__", g));
        return g;
    }

    /**
     * SystemExit ends quietly with its code (a non-integer code is printed); KeyboardInterrupt
     * prints its traceback and exits 130, as a process killed by SIGINT appears to the shell;
     * anything else prints a traceback and exits 1.
     */
    private static int uncaught(PyException e) {
        Console.flush();
        if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
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
        writeErr(TracebackPrinter.format(e.value));
        return e.matches(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
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
