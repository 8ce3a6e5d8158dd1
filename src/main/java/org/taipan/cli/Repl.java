package org.taipan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Compiler;
import org.taipan.modules.Console;
import org.taipan.objects.Abstract;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Stmt;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyCode;
import org.taipan.vm.TracebackPrinter;

/**
 * The interactive prompt: reads statements (a compound one until an empty line), runs each in
 * "single" mode so that expression values go through sys.displayhook, and reports errors
 * without leaving. On a terminal the lines come from JLine (editing, history, completion);
 * otherwise they are read plainly, the prompts written to stderr as CPython does.
 */
final class Repl {
    private Repl() {}

    /** Where lines come from. */
    interface LineInput {
        /** A line without its newline, or null at the end of input. */
        String read(String prompt) throws Interrupted;

        default void close() {}
    }

    /** Ctrl-C at the prompt. */
    static final class Interrupted extends Exception {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs the prompt in {@code globals} until end of input or SystemExit; returns the exit status.
     * {@code fresh}: the session starts here (no program ran first), so the banner and
     * PYTHONSTARTUP come first.
     */
    static int run(Interpreter interp, PyDict globals, boolean fresh) {
        interp.config.inspect = 0; // a SystemExit from here on ends the session
        if (interp.sysAttr("ps1") == null) {
            interp.sys.set("ps1", PyStr.of(">>> "));
        }
        if (interp.sysAttr("ps2") == null) {
            interp.sys.set("ps2", PyStr.of("... "));
        }
        if (fresh && !interp.config.quiet) {
            ScriptRunner.writeErr("Python 3.11.7 (Taipan " + Launcher.VERSION + ", Java " + Runtime.version().feature()
                    + ") on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        if (fresh && interp.config.startup != null) {
            Integer status = runStartup(interp, globals, interp.config.startup);
            if (status != null) {
                return status;
            }
        }
        LineInput input = Console.isTerminal(0) && Console.isTerminal(1) ? terminalInput(interp, globals) : null;
        if (input == null) {
            input = prompt -> {
                ScriptRunner.writeErr(prompt);
                String line = Console.readLine();
                return line == null ? null : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            };
        }
        try {
            return loop(interp, globals, input);
        } finally {
            input.close();
        }
    }

    /** JLine on the terminal; null if it cannot start (then lines are read plainly). */
    private static LineInput terminalInput(Interpreter interp, PyDict globals) {
        try {
            return new JLineInput(new Completion(interp, globals));
        } catch (IOException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static int loop(Interpreter interp, PyDict globals, LineInput input) {
        StringBuilder buf = new StringBuilder();
        while (true) {
            String line;
            try {
                Console.flush();
                line = input.read(prompt(interp, buf.length() == 0 ? "ps1" : "ps2"));
            } catch (Interrupted e) {
                // JLine has already ended the line on the screen.
                ScriptRunner.writeErr((input instanceof JLineInput ? "" : "\n") + "KeyboardInterrupt\n");
                buf.setLength(0);
                continue;
            } catch (PyException e) {
                // Ctrl-C while reading plainly, or str(sys.ps1) failed.
                Console.flush();
                ScriptRunner.writeErr(e.matches(ExceptionTypes.KEYBOARD_INTERRUPT) ? "\nKeyboardInterrupt\n"
                        : TracebackPrinter.format(e.value));
                buf.setLength(0);
                continue;
            }
            boolean eof = line == null;
            if (eof) {
                ScriptRunner.writeErr("\n");
                if (buf.length() == 0) {
                    return 0;
                }
                line = ""; // end of input ends the statement under way, as an empty line would
            }
            boolean blank = line.isBlank();
            buf.append(line).append('\n');
            String src = buf.toString();
            Mod mod;
            try {
                mod = FrontEnd.parse(src, "<stdin>", "single");
            } catch (PySyntaxError e) {
                if (!eof && incomplete(e, src, blank)) {
                    continue;
                }
                buf.setLength(0);
                ScriptRunner.writeErr(e.format());
                continue;
            }
            if (!blank && mod instanceof Mod.Interactive i && !i.body().isEmpty() && compound(i.body().get(0))) {
                continue;
            }
            buf.setLength(0);
            Integer status = execute(interp, globals, mod);
            if (status != null) {
                return status;
            }
        }
    }

    /** Runs one statement; returns an exit status if it raised SystemExit, else null. */
    private static Integer execute(Interpreter interp, PyDict globals, Mod mod) {
        try {
            CodeUnit unit = Compiler.compile(mod, "<stdin>", "single", 0, interp.optimize());
            interp.exec(new PyCode(unit), globals);
        } catch (PySyntaxError e) {
            ScriptRunner.writeErr(e.format());
        } catch (PyException e) {
            Console.flush();
            if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
                return ScriptRunner.exitStatus(e);
            }
            report(interp, e);
        } catch (StackOverflowError e) {
            Console.flush();
            ScriptRunner.writeErr("RecursionError: maximum recursion depth exceeded\n");
        } finally {
            Console.flush();
        }
        return null;
    }

    /** An error at the prompt: kept in sys.last_* and shown, as CPython does. */
    private static void report(Interpreter interp, PyException e) {
        interp.sys.set("last_type", e.value.type());
        interp.sys.set("last_value", e.value);
        interp.sys.set("last_traceback", e.value.traceback == null ? PyNone.INSTANCE : e.value.traceback);
        ScriptRunner.writeErr(TracebackPrinter.format(e.value));
    }

    /** PYTHONSTARTUP runs in the session's namespace; an error there is shown and the session goes on. */
    private static Integer runStartup(Interpreter interp, PyDict globals, String file) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            ScriptRunner.writeErr("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: '"
                    + file + "'\n");
            return null;
        }
        try {
            Mod mod = FrontEnd.parse(source, file, "exec");
            CodeUnit unit = Compiler.compile(mod, file, "exec", 0, interp.optimize());
            interp.exec(new PyCode(unit), globals);
        } catch (PySyntaxError e) {
            ScriptRunner.writeErr(e.format());
        } catch (PyException e) {
            Console.flush();
            if (e.matches(ExceptionTypes.SYSTEM_EXIT)) {
                return ScriptRunner.exitStatus(e);
            }
            report(interp, e);
        } finally {
            Console.flush();
        }
        return null;
    }

    private static String prompt(Interpreter interp, String name) {
        PyObject p = interp.sysAttr(name);
        return p == null ? "" : Abstract.str(p).toString();
    }

    private static boolean compound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.While
                || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef || s instanceof Stmt.With
                || s instanceof Stmt.Try || s instanceof Stmt.TryStar || s instanceof Stmt.Match
                || s instanceof Stmt.AsyncFor || s instanceof Stmt.AsyncWith || s instanceof Stmt.AsyncFunctionDef;
    }

    /**
     * Whether a syntax error only says that the input stops too early, so that the prompt asks
     * for another line: a bracket or a triple-quoted string still open, a backslash at the end,
     * a block still to come (until an empty line), a decorator without its definition yet, or
     * an error found only at the end of the input (where CPython's parser would have asked for
     * the next line). An error on a line already typed is reported at once.
     */
    static boolean incomplete(PySyntaxError e, String src, boolean blank) {
        String m = e.msg == null ? "" : e.msg;
        if (m.endsWith("was never closed") || m.startsWith("unterminated triple-quoted string")
                || m.equals("unexpected EOF while parsing") || m.equals("incomplete input")) {
            return true;
        }
        if (blank) {
            return false;
        }
        if (m.startsWith("expected an indented block") || m.equals("expected 'except' or 'finally' block")
                || src.stripLeading().startsWith("@")) {
            return true;
        }
        int lines = 0;
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                lines++;
            }
        }
        return e.lineno > lines;
    }

    /** The namespace of {@code __main__}, registered in sys.modules. */
    static PyDict mainGlobals(Interpreter interp, String filename) {
        PyDict g = interp.newGlobals("__main__", filename);
        if (filename != null) {
            g.setItem(PyStr.of("__cached__"), PyNone.INSTANCE);
        }
        interp.modules.setItem(PyStr.of("__main__"), new PyModule("__main__", g));
        return g;
    }
}
