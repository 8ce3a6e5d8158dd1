package org.taipan.cli;

/** The {@code taipan} command. Runs the interpreter on a thread with a large stack. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            status[0] = Launcher.run(args);
            org.taipan.vm.Jit.mainThreadDone();
        }, "MainThread", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        if (status[0] == -2) {
            org.taipan.vm.ThreadState.dieOfSigint();
        }
        System.exit(status[0]);
    }
}
