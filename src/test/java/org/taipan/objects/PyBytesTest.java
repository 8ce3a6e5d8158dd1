package org.taipan.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code bytes} and {@code bytearray}: the cases in /types/bytes.cases, with results written by CPython 3.11. */
class PyBytesTest {
    @Test
    void matchesCPython() {
        SipHash.seed("0"); // the expected hashes were written with PYTHONHASHSEED=0
        Cases.check("bytes");
    }

    /** The key CPython derives from each PYTHONHASHSEED (hash_seeds.txt, by gen_hash_seeds.py). */
    @Test
    void hashSeedsMatchCPython() throws IOException {
        String[] samples = {"", "a", "abc", "abcdefgh", "hello world, this is long"};
        String text;
        try (InputStream in = PyBytesTest.class.getResourceAsStream("/types/hash_seeds.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            for (String line : text.strip().split("\n")) {
                String[] f = line.split(" ");
                SipHash.seed(f[0]);
                for (int i = 0; i < samples.length; i++) {
                    byte[] b = samples[i].getBytes(StandardCharsets.ISO_8859_1);
                    assertEquals(Long.parseLong(f[i + 1]), SipHash.hashBytes(b, b.length), "seed " + f[0] + " " + samples[i]);
                }
                byte[] all = new byte[256];
                for (int i = 0; i < 256; i++) {
                    all[i] = (byte) i;
                }
                assertEquals(Long.parseLong(f[samples.length + 1]), SipHash.hashBytes(all, 256), "seed " + f[0]);
            }
        } finally {
            SipHash.seed("0");
        }
    }
}
