package org.taipan.modules.hash;

/** The Keccak-f[1600] sponge with SHAKE's domain padding (FIPS 202): shake_128 and shake_256. */
final class Keccak implements Digest {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROT = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private final long[] state;
    private final int rate;       // bytes absorbed per permutation
    private final byte[] pending; // the partial block not yet absorbed
    private int used;

    Keccak(int rate) {
        this(new long[25], rate, new byte[rate], 0);
    }

    private Keccak(long[] state, int rate, byte[] pending, int used) {
        this.state = state;
        this.rate = rate;
        this.pending = pending;
        this.used = used;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, rate - used);
            System.arraycopy(data, off, pending, used, n);
            used += n;
            off += n;
            len -= n;
            if (used == rate) {
                absorb(state, pending);
                used = 0;
            }
        }
    }

    private void absorb(long[] s, byte[] block) {
        for (int i = 0; i < rate / 8; i++) {
            s[i] ^= littleEndian(block, i * 8);
        }
        permute(s);
    }

    @Override
    public byte[] digest(int length) {
        long[] s = state.clone();
        byte[] last = new byte[rate];
        System.arraycopy(pending, 0, last, 0, used);
        last[used] ^= 0x1f;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        for (int done = 0; done < length; ) {
            for (int i = 0; i < rate && done < length; i++, done++) {
                out[done] = (byte) (s[i / 8] >>> (8 * (i % 8)));
            }
            if (done < length) {
                permute(s);
            }
        }
        return out;
    }

    private static long littleEndian(byte[] b, int at) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = v << 8 | (b[at + k] & 0xff);
        }
        return v;
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    int i = x + 5 * y;
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[i], ROT[i]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            a[0] ^= RC[round];
        }
    }

    @Override
    public Digest copy() {
        return new Keccak(state.clone(), rate, pending.clone(), used);
    }

    @Override
    public int digestSize() {
        return 0;
    }

    @Override
    public int blockSize() {
        return rate;
    }
}
