package org.taipan.cli;

/** The {@code taipan} command. Runs the interpreter on a thread with a large stack. */
public final class Main {
    private Main() {}

    /** Set when something registered a JVM shutdown hook that must run (the line editor's terminal restore). */
    static volatile boolean needsShutdownHooks;

    public static void main(String[] args) throws Exception {
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            status[0] = Launcher.run(args);
            org.taipan.vm.Jit.mainThreadDone();
        }, "MainThread", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.err.flush();
        if (status[0] == -2) {
            org.taipan.vm.ThreadState.dieOfSigint();
        }
        // (a flight recording, when one runs, is written out by a shutdown hook)
        if (needsShutdownHooks || org.taipan.vm.Jit.hasExitReport() || System.getProperty("jdk.jfr.repository") != null) {
            System.exit(status[0]);
        }
        // System.exit first sets up the JDK's logging (to log the exit if asked to), about 20 ms
        // in a young JVM; with no shutdown hook to run, halting ends the process the same way.
        Runtime.getRuntime().halt(status[0]);
    }
}
