package org.taipan.parser;

/**
 * Where the front end's warnings go (DeprecationWarning "invalid escape sequence", ...). The
 * interpreter installs a sink that hands them to the {@code warnings} module; without one
 * (the parser on its own, tools) they are dropped.
 */
public final class CompileWarnings {
    private CompileWarnings() {}

    /** Receives one warning; returns true when the filters make it an error. */
    public interface Sink {
        boolean warn(String category, String message, String filename, int lineno);
    }

    public static volatile Sink sink;
}
