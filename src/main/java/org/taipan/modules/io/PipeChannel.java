package org.taipan.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;

/**
 * One end of a pipe to a child process, as a channel under {@link FileIO}: the stream Java's
 * {@code Process} gives for it. A read returns what the child has written so far (at least one
 * byte, or -1 at the end), so that line-by-line reading works while the child runs; a write
 * goes out at once.
 */
final class PipeChannel implements ByteChannel {
    private final InputStream in;
    private final OutputStream out;
    private volatile boolean open = true;

    PipeChannel(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
        if (in == null || !dst.hasRemaining()) {
            return 0;
        }
        int n;
        if (dst.hasArray()) {
            n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
            if (n > 0) {
                dst.position(dst.position() + n);
            }
        } else {
            byte[] tmp = new byte[dst.remaining()];
            n = in.read(tmp, 0, tmp.length);
            if (n > 0) {
                dst.put(tmp, 0, n);
            }
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
        int n = src.remaining();
        if (src.hasArray()) {
            out.write(src.array(), src.arrayOffset() + src.position(), n);
            src.position(src.limit());
        } else {
            byte[] tmp = new byte[n];
            src.get(tmp);
            out.write(tmp);
        }
        out.flush();
        return n;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        open = false;
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // the child has gone: its end of the pipe is closed already (EPIPE on the flush)
        } finally {
            if (in != null) {
                in.close();
            }
        }
    }
}
