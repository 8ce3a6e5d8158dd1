package org.taipan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Parses the command line and dispatches. */
final class Launcher {
    private Launcher() {}

    static final String USAGE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** Text goes out as UTF-8 whatever the locale, as CPython's stdout and stderr do. */
    static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
            StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    static int run(String[] argv) {
        try {
            return dispatch(argv);
        } finally {
            OUT.flush();
            ERR.flush();
        }
    }

    private static int dispatch(String[] argv) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(argv);
        } catch (CommandLine.UsageError e) {
            ERR.print(e.getMessage() + "\n" + USAGE + "\nTry `taipan -h' for more information.\n");
            return 2;
        }
        if (cl.help) {
            OUT.print(HELP);
            return 0;
        }
        if (cl.version) {
            OUT.print("Python 3.11.7\n");
            return 0;
        }
        if (cl.xoptions.containsKey("ast-dump")) {
            return DevCommands.astDump(cl);
        }
        if (cl.xoptions.containsKey("parse-compare")) {
            return DevCommands.parseCompare(cl);
        }
        if (cl.xoptions.containsKey("parse-bench")) {
            return DevCommands.parseBench(cl);
        }
        if (cl.script != null && !cl.script.equals("-")) {
            int status = checkReadable(cl.script);
            if (status != 0) {
                return status;
            }
        }
        ScriptRunner.optimize = (int) cl.flags.chars().filter(c -> c == 'O').count();
        org.taipan.imports.Importer.verboseLevel = (int) cl.flags.chars().filter(c -> c == 'v').count();
        org.taipan.imports.Importer.noWriteFlag = cl.flags.indexOf("B") >= 0;
        org.taipan.imports.Importer.ignoreEnvironment = cl.flags.indexOf("E") >= 0 || cl.flags.indexOf("I") >= 0;
        if (cl.flags.indexOf("u") >= 0) {
            org.taipan.modules.Console.unbuffered = true;
        }
        if (cl.flags.indexOf("i") >= 0 && cl.script == null && cl.command == null && cl.module == null) {
            OUT.flush();
            return ScriptRunner.repl();
        }
        if (cl.command != null) {
            OUT.flush();
            return ScriptRunner.runCommand(cl.command, cl.args);
        }
        if (cl.module != null) {
            OUT.flush();
            return ScriptRunner.runModule(cl.module, cl.args);
        }
        if (cl.script == null || cl.script.equals("-")) {
            if (cl.script == null && System.console() != null && System.console().isTerminal()) {
                OUT.flush();
                return ScriptRunner.repl();
            }
            OUT.flush();
            return ScriptRunner.runStdin(cl.script == null ? List.of("") : cl.args);
        }
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(cl.script));
        } catch (IOException e) {
            ERR.print("taipan: can't open file '" + Path.of(cl.script).toAbsolutePath() + "': " + e.getMessage() + "\n");
            return 2;
        }
        OUT.flush();
        return ScriptRunner.run(source, cl.script, cl.args);
    }

    /** CPython's complaint about a script it cannot open, or 0. */
    static int checkReadable(String script) {
        Path p = Path.of(script);
        if (Files.isDirectory(p)) {
            // CPython would look for __main__.py there; nothing runs yet anyway.
            return 0;
        }
        try (var in = Files.newInputStream(p)) {
            return 0;
        } catch (NoSuchFileException e) {
            ERR.print("taipan: can't open file '" + p.toAbsolutePath() + "': [Errno 2] No such file or directory\n");
        } catch (IOException e) {
            ERR.print("taipan: can't open file '" + p.toAbsolutePath() + "': " + e.getMessage() + "\n");
        }
        return 2;
    }

    static final String HELP = USAGE + """

            Options (a subset of CPython's; most are accepted and not yet acted on):
            -c cmd : program passed in as string (terminates option list)
            -h     : print this help message and exit (also -? or --help)
            -m mod : run library module as a script (terminates option list)
            -V     : print the Python version number and exit (also --version)
            -W arg : warning control
            -X opt : set implementation-specific option
            file   : program read from script file
            -      : program read from stdin
            arg ...: arguments passed to program in sys.argv[1:]

            Developer options (Taipan only):
            -X ast-dump FILE       print ast.dump(ast.parse(FILE), include_attributes=True)
            -X ast-dump -c SOURCE  the same for a string
            -X parse-compare LIST  for each path in LIST, print PATH, the sha1 of the dump and
                                   the first compile-time error (used by tools/compare-lib)
            -X parse-bench[=N] LIST  parse the files in LIST N times, print the time per round
            """;
}
