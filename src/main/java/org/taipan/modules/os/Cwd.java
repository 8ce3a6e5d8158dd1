package org.taipan.modules.os;

import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.vm.Interpreter;

/**
 * The current directory as os.chdir sets it. The JVM cannot change its process's directory,
 * so Taipan keeps its own, per interpreter, and resolves relative paths against it wherever
 * it opens files.
 */
public final class Cwd {
    private Cwd() {}

    private static final Path START = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private static final Map<Interpreter, Path> DIRS = new WeakHashMap<>();

    public static synchronized Path get() {
        Path p = DIRS.get(Interpreter.current());
        return p != null ? p : START;
    }

    static synchronized void set(Path p) {
        DIRS.put(Interpreter.current(), p);
    }

    /** Starts {@code interp} in directory {@code p} (an embedder's chdir before running). */
    public static synchronized void set(Interpreter interp, Path p) {
        DIRS.put(interp, p.toAbsolutePath());
    }

    /** {@code path} (as given to a file function) resolved against the current directory. */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : get().resolve(p);
    }
}
