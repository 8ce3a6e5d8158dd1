package org.taipan.imports;

import java.io.IOException;
import java.io.InputStream;

/**
 * The standard library written in Python (src/main/python), shipped inside the jar as
 * {@code pylib/} and named on {@code sys.path} by the entry {@link #PREFIX}. Its modules
 * have file names such as {@code <stdlib>/importlib/util.py}; nothing is cached for them.
 */
public final class Stdlib {
    private Stdlib() {}

    /** The entry of {@code sys.path} that stands for the standard library inside the jar. */
    public static final String PREFIX = "<stdlib>";

    /** Whether a path names something inside the jar's standard library. */
    public static boolean contains(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    /** The bytes of a standard-library file named {@code <stdlib>/…}, or null if there is none. */
    public static byte[] read(String name) {
        if (!contains(name)) {
            return null;
        }
        String resource = "pylib" + name.substring(PREFIX.length());
        try (InputStream in = Stdlib.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the standard library has this file. */
    public static boolean exists(String name) {
        return contains(name) && Stdlib.class.getClassLoader().getResource("pylib" + name.substring(PREFIX.length()))
                != null;
    }
}
