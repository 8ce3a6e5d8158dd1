package org.taipan.modules.hash;

/**
 * BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block: key, salt, personalisation and
 * the tree-hashing fields. One class for both: {@code big} selects 64-bit words, 12 rounds and
 * 128-byte blocks (b) or 32-bit words, 10 rounds and 64-byte blocks (s); the 32-bit variant keeps
 * its words in the low half of longs.
 */
final class Blake2 implements Digest {
    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The parameters of one hash, as the constructor's keywords give them. */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                  long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    final boolean big;
    private final int blockBytes;
    private final int digestSize;
    private final boolean lastNode;
    private final long[] h;
    private final byte[] buf;
    private int buffered;
    private long countLo, countHi; // bytes compressed so far (128-bit for b; 64-bit for s)

    Blake2(boolean big, Params p) {
        this.big = big;
        this.blockBytes = big ? 128 : 64;
        this.digestSize = p.digestSize();
        this.lastNode = p.lastNode();
        this.buf = new byte[blockBytes];
        this.h = new long[8];
        byte[] block = parameterBlock(p);
        for (int i = 0; i < 8; i++) {
            h[i] = big ? IV[i] ^ word64(block, i * 8) : (IV[i] >>> 32) ^ word32(block, i * 4);
        }
        if (p.key().length > 0) {
            byte[] k = new byte[blockBytes];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            update(k, 0, blockBytes);
        }
    }

    private Blake2(Blake2 o) {
        big = o.big;
        blockBytes = o.blockBytes;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
        h = o.h.clone();
        buf = o.buf.clone();
        buffered = o.buffered;
        countLo = o.countLo;
        countHi = o.countHi;
    }

    private byte[] parameterBlock(Params p) {
        byte[] b = new byte[big ? 64 : 32];
        b[0] = (byte) p.digestSize();
        b[1] = (byte) p.key().length;
        b[2] = (byte) p.fanout();
        b[3] = (byte) p.depth();
        putLittle(b, 4, p.leafSize(), 4);
        putLittle(b, 8, p.nodeOffset(), big ? 8 : 6);
        b[big ? 16 : 14] = (byte) p.nodeDepth();
        b[big ? 17 : 15] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, b, big ? 32 : 16, p.salt().length);
        System.arraycopy(p.person(), 0, b, big ? 48 : 24, p.person().length);
        return b;
    }

    private static void putLittle(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static long word64(byte[] b, int at) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = v << 8 | (b[at + k] & 0xff);
        }
        return v;
    }

    private static long word32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (long) (b[at + 3] & 0xff) << 24;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        while (len > 0) {
            // The last block is compressed only at the end (it carries the final flag), so a
            // full buffer waits until more input proves it was not the last.
            if (buffered == blockBytes) {
                count(blockBytes);
                compress(h, buf, false);
                buffered = 0;
            }
            int n = Math.min(len, blockBytes - buffered);
            System.arraycopy(data, off, buf, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    private void count(int n) {
        if (big) {
            countLo += n;
            if (Long.compareUnsigned(countLo, n) < 0) {
                countHi++;
            }
        } else {
            countLo += n; // 64 bits in all, split into two 32-bit words by compress
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2 f = new Blake2(this);
        java.util.Arrays.fill(f.buf, f.buffered, f.blockBytes, (byte) 0);
        f.count(f.buffered);
        f.compress(f.h, f.buf, true);
        byte[] out = new byte[digestSize];
        int w = big ? 8 : 4;
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (f.h[i / w] >>> (8 * (i % w)));
        }
        return out;
    }

    private void compress(long[] hv, byte[] block, boolean last) {
        long[] v = new long[16];
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = big ? word64(block, i * 8) : word32(block, i * 4);
        }
        System.arraycopy(hv, 0, v, 0, 8);
        long mask = big ? -1L : 0xffffffffL;
        for (int i = 0; i < 8; i++) {
            v[8 + i] = big ? IV[i] : IV[i] >>> 32;
        }
        if (big) {
            v[12] ^= countLo;
            v[13] ^= countHi;
        } else {
            v[12] ^= countLo & mask;
            v[13] ^= countLo >>> 32;
        }
        if (last) {
            v[14] ^= mask;
            if (lastNode) {
                v[15] ^= mask;
            }
        }
        int rounds = big ? 12 : 10;
        for (int r = 0; r < rounds; r++) {
            byte[] s = SIGMA[r % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            hv[i] ^= v[i] ^ v[i + 8];
        }
    }

    private void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        if (big) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        } else {
            int va = (int) v[a], vb = (int) v[b], vc = (int) v[c], vd = (int) v[d];
            va = va + vb + (int) x;
            vd = Integer.rotateRight(vd ^ va, 16);
            vc = vc + vd;
            vb = Integer.rotateRight(vb ^ vc, 12);
            va = va + vb + (int) y;
            vd = Integer.rotateRight(vd ^ va, 8);
            vc = vc + vd;
            vb = Integer.rotateRight(vb ^ vc, 7);
            v[a] = va & 0xffffffffL;
            v[b] = vb & 0xffffffffL;
            v[c] = vc & 0xffffffffL;
            v[d] = vd & 0xffffffffL;
        }
    }

    @Override
    public Digest copy() {
        return new Blake2(this);
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return blockBytes;
    }
}
