package org.taipan.modules.subprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import org.taipan.modules.Console;
import org.taipan.modules.io.FileIO;

/**
 * A thread that copies between a child's pipe and a descriptor of ours the child cannot be
 * given directly (see {@link SubprocessModule}). It touches no Python object: only the
 * descriptor's channel, or the console.
 */
final class Pump {
    /** Our descriptor; its channel is looked up at once, before the program can close it. */
    private final int fd;
    private final FileIO.Lease lease;
    private final ByteChannel channel;
    /** True: child's output to {@code fd}; false: {@code fd} into the child's stdin. */
    private final boolean fromChild;
    private final boolean childStderr;
    private Thread thread;

    private Pump(int fd, boolean fromChild, boolean childStderr) {
        this.fd = fd;
        this.lease = fd > 2 ? FileIO.lease(fd) : null;
        this.channel = lease == null ? null : lease.channel;
        this.fromChild = fromChild;
        this.childStderr = childStderr;
    }

    static Pump into(int fd) {
        return new Pump(fd, false, false);
    }

    static Pump outOf(int fd, boolean childStderr) {
        return new Pump(fd, true, childStderr);
    }

    boolean fromChild() {
        return fromChild;
    }

    void start(Process p) {
        thread = new Thread(() -> {
            try {
                if (fromChild) {
                    copyOut(childStderr ? p.getErrorStream() : p.getInputStream());
                } else {
                    copyIn(p.getOutputStream());
                }
            } catch (IOException ignored) {
                // a closed descriptor or a child that went away: nothing more to copy
            } finally {
                if (lease != null) {
                    try {
                        lease.release();
                    } catch (IOException ignored) {
                        // closing a file nobody uses any more: nobody to tell
                    }
                }
            }
        }, "subprocess-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets go of the descriptor when the child could not be started. */
    void abandon() {
        if (thread == null && lease != null) {
            try {
                lease.release();
            } catch (IOException ignored) {
                // as in the thread
            }
        }
    }

    /** Waits until everything the child wrote has been copied (its end of the pipe closed). */
    void join() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }

    private void copyOut(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (channel == null) {
                Console.writeBytes(fd, buf, 0, n);
            } else {
                ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                while (bb.hasRemaining()) {
                    channel.write(bb);
                }
            }
        }
    }

    private void copyIn(OutputStream out) throws IOException {
        try (out) {
            if (channel == null) {
                return;
            }
            ByteBuffer bb = ByteBuffer.allocate(8192);
            while (channel.read(bb.clear()) > 0) {
                out.write(bb.array(), 0, bb.position());
                out.flush();
            }
        }
    }
}
