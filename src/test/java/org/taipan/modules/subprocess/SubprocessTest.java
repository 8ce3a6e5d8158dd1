package org.taipan.modules.subprocess;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.taipan.modules.io.FileIO;

/** The Java side of subprocess that the conformance cases cannot reach directly. */
class SubprocessTest {
    @Test
    void signalStatusesBecomeNegative() {
        assertEquals(0, ChildProcess.status(0));
        assertEquals(1, ChildProcess.status(1));
        assertEquals(128, ChildProcess.status(128));
        assertEquals(-9, ChildProcess.status(137));
        assertEquals(-15, ChildProcess.status(143));
        assertEquals(-31, ChildProcess.status(159));
        assertEquals(160, ChildProcess.status(160));
        assertEquals(255, ChildProcess.status(255));
    }

    /** A copying thread's lease keeps a descriptor's channel open after the program closes it. */
    @Test
    void leaseOutlivesClose() throws Exception {
        Path f = Files.createTempFile("taipan-lease", ".txt");
        try {
            int fd = FileIO.openDescriptor(f, 1 | 512, PosixFilePermissions.fromString("rw-------"));
            FileIO.Lease lease = FileIO.lease(fd);
            assertNotNull(lease);
            assertTrue(FileIO.closeDescriptor(fd));
            assertNull(FileIO.descriptorStream(fd), "the number is free again");
            assertNull(FileIO.lease(fd));
            lease.channel.write(ByteBuffer.wrap("still open".getBytes(StandardCharsets.UTF_8)));
            lease.release();
            assertFalse(lease.channel.isOpen(), "the last user closes it");
            assertEquals("still open", Files.readString(f));
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
