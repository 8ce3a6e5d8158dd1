package org.taipan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.taipan.vm.Config;

/** Parses the command line and dispatches. */
final class Launcher {
    private Launcher() {}


    /** Text goes out as UTF-8 whatever the locale, as CPython's stdout and stderr do. */
    static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
            StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    /** The name the launcher was started by ($0 of ./taipan), as CPython names itself by argv[0]. */
    static final String PROGRAM = System.getProperty("taipan.program", "taipan");

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
            ERR.print(e.getMessage() + "\n" + usage() + "\nTry `taipan -h' for more information.\n");
            return 2;
        }
        if (cl.help) {
            OUT.print(usage() + HELP);
            return 0;
        }
        if (cl.version > 0) {
            OUT.print(cl.version > 1 ? "Python 3.11.7 (Taipan " + VERSION + ", Java " + Runtime.version() + ")\n"
                    : "Python 3.11.7\n");
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
        Config config;
        try {
            config = cl.configure(System.getenv(), PROGRAM, argv);
        } catch (CommandLine.FatalError e) {
            ERR.print("Fatal Python error: " + e.getMessage() + "\nPython runtime state: preinitialized\n\n");
            return 1;
        }
        if (config.hashSeed != null || config.ignoreEnvironment) {
            org.taipan.objects.SipHash.seed(config.hashSeed);
        }
        if (config.unbuffered) {
            org.taipan.modules.Console.unbuffered = true;
        }
        org.taipan.imports.Importer.verboseLevel = config.verbose;
        org.taipan.imports.Importer.noWriteFlag = config.dontWriteBytecode;
        org.taipan.imports.Importer.ignoreEnvironment = config.ignoreEnvironment;
        OUT.flush();
        return ScriptRunner.main(cl, config);
    }

    static final String VERSION = "0.1.0";

    private static String usage() {
        return "usage: " + PROGRAM + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    /** An error about the program to run, worded as CPython words it: "taipan: MESSAGE". */
    static void complain(String message) {
        ERR.print(PROGRAM + ": " + message + "\n");
        ERR.flush();
    }

    /** CPython's complaint about a script it cannot open, or 0. */
    static int checkReadable(String script) {
        Path p = Path.of(script);
        if (Files.isDirectory(p)) {
            return 0;
        }
        try (var in = Files.newInputStream(p)) {
            return 0;
        } catch (NoSuchFileException e) {
            complain("can't open file '" + absolute(script) + "': [Errno 2] No such file or directory");
        } catch (java.nio.file.AccessDeniedException e) {
            complain("can't open file '" + absolute(script) + "': [Errno 13] Permission denied");
        } catch (IOException e) {
            complain("can't open file '" + absolute(script) + "': " + e.getMessage());
        }
        return 2;
    }

    /** A path made absolute as CPython makes it: joined to the working directory, not normalised. */
    static String absolute(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String cwd = System.getProperty("user.dir");
        return path.equals(".") ? cwd : cwd + "/" + path;
    }

    static final String HELP = """

            Options (environment variables that do the same in brackets):
            -b     : warn about str(bytes) and bytes == str comparisons (-bb: make them errors)
            -B     : write no .pyc files on import [PYTHONDONTWRITEBYTECODE]
            -c cmd : run the program given as a string (ends the options)
            -d     : parser debugging [PYTHONDEBUG] (accepted, no effect)
            -E     : ignore all PYTHON* environment variables
            -h     : show this help and exit (also -? and --help)
            -i     : enter the interactive prompt after the program ends, even when stdin is
                     not a terminal [PYTHONINSPECT]
            -I     : isolated mode: implies -E, -P and -s
            -m mod : run a module of sys.path as __main__ (ends the options)
            -O     : drop assert statements and code under __debug__ [PYTHONOPTIMIZE]
            -OO    : as -O, and drop docstrings too
            -P     : put no script directory or working directory first on sys.path [PYTHONSAFEPATH]
            -q     : no banner at the interactive prompt
            -s     : no user site directory on sys.path [PYTHONNOUSERSITE]
            -S     : do not import site at start-up
            -u     : unbuffered stdout and stderr [PYTHONUNBUFFERED]
            -v     : trace imports (repeat for more) [PYTHONVERBOSE]
            -V     : show the version and exit (also --version; twice for more detail)
            -W arg : a warnings filter, action:message:category:module:lineno [PYTHONWARNINGS]
            -x     : skip the first line of the script
            -X opt : an implementation option (-X dev, -X utf8, -X int_max_str_digits=N, ...)
            --check-hash-based-pycs always|default|never: how hash-based .pyc files are checked
            file   : run the program in this file (or a directory with __main__.py)
            -      : run the program read from stdin (the default; the interactive prompt on a terminal)
            arg ...: the program's sys.argv[1:]

            Other environment variables: PYTHONPATH (directories before the standard library),
            PYTHONSTARTUP (a file run before the first interactive prompt), PYTHONHASHSEED,
            PYTHONINTMAXSTRDIGITS, PYTHONIOENCODING.

            Developer options (Taipan only):
            -X ast-dump FILE       print ast.dump(ast.parse(FILE), include_attributes=True)
            -X ast-dump -c SOURCE  the same for a string
            -X parse-compare LIST  for each path in LIST, print PATH, the sha1 of the dump and
                                   the first compile-time error (used by tools/compare-lib)
            -X parse-bench[=N] LIST  parse the files in LIST N times, print the time per round
            """;
}
