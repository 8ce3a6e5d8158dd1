package org.taipan.cli;

import java.io.IOException;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.Console;
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
final class ScriptRunner {
    private ScriptRunner() {}

    /** Runs {@code source} read from {@code filename}; returns the process exit status. */
    static int run(Interpreter interp, byte[] source, String filename) {
        try {
            Mod mod = FrontEnd.parse(source, filename, "exec");
            CodeUnit unit = Compiler.compile(mod, filename, "exec", 0, 0);
            interp.exec(new PyCode(unit), interp.newGlobals("__main__", filename));
            return 0;
        } catch (PySyntaxError e) {
            Console.flush();
            writeErr(e.format());
            return 1;
        } catch (PyException e) {
            return uncaught(e);
        } finally {
            Console.flush();
        }
    }

    /** SystemExit ends quietly with its code; anything else prints a traceback and exits 1. */
    private static int uncaught(PyException e) {
        Console.flush();
        if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = e.value.args.size() == 0 ? PyNone.INSTANCE : e.value.args.get(0);
            if (code == PyNone.INSTANCE) {
                return 0;
            }
            if (code instanceof PyInt i && i.isLong()) {
                return (int) i.longValue();
            }
            writeErr(org.taipan.objects.Abstract.str(code) + "\n");
            return 1;
        }
        writeErr(TracebackPrinter.format(e.value));
        return 1;
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
