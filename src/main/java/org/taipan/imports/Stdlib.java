package org.taipan.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The standard library written in Python (src/main/python), shipped inside the jar as
 * {@code pylib/} and named on {@code sys.path} by the entry {@link #PREFIX}. Its modules
 * have file names such as {@code <stdlib>/importlib/util.py}. Their compiled code is cached
 * beside the jar (or the classes directory), in {@code pylib-cache/}, checked against the
 * resource's time and size like any {@code .pyc}.
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

    /** {mtime in seconds, size} of a standard-library file, or null when they cannot be read. */
    static long[] stat(String name) {
        if (!contains(name)) {
            return null;
        }
        java.net.URL url = Stdlib.class.getClassLoader().getResource("pylib" + name.substring(PREFIX.length()));
        if (url == null) {
            return null;
        }
        try {
            java.net.URLConnection c = url.openConnection();
            c.setUseCaches(false);
            long mtime = c.getLastModified() / 1000, size = c.getContentLengthLong();
            if (c instanceof java.net.JarURLConnection) {
                c.getInputStream().close();
            }
            return mtime > 0 && size >= 0 ? new long[] {mtime, size} : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String cacheRoot;
    private static boolean cacheRootKnown;

    /**
     * Where the compiled code of a standard-library file is cached: {@code pylib-cache/jar/…} beside
     * the jar, or {@code pylib-cache/classes/…} beside the classes directory; null when unknown.
     */
    static String cachePath(String name, int optimize) {
        if (!cacheRootKnown) {
            cacheRootKnown = true;
            try {
                Path where = Path.of(Stdlib.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                boolean jar = Files.isRegularFile(where);
                Path parent = where.toAbsolutePath().getParent();
                if (parent != null) {
                    cacheRoot = parent.resolve("pylib-cache").resolve(jar ? "jar" : "classes").toString();
                }
            } catch (RuntimeException | java.net.URISyntaxException e) {
                cacheRoot = null;
            }
        }
        if (cacheRoot == null || !contains(name) || !name.endsWith(".py")) {
            return null;
        }
        String rel = name.substring(PREFIX.length(), name.length() - 3);
        return cacheRoot + rel + (optimize > 0 ? ".opt-" + optimize : "") + ".pyc";
    }
}
