package org.taipan.cli;

/** Parses the command line and dispatches. */
final class Launcher {
    private Launcher() {}

    static int run(String[] args) {
        System.err.println("taipan: nothing runs yet");
        return 2;
    }
}
