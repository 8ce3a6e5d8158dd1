package org.taipan.modules.hash;

/**
 * One running hash computation. {@link #digest} never disturbs the state, so a Python hash
 * object can be asked for its digest, updated further and asked again, as in CPython.
 */
interface Digest {
    void update(byte[] data, int off, int len);

    /** The digest of what was fed so far; {@code length} matters only for extendable outputs. */
    byte[] digest(int length);

    Digest copy();

    /** 0 for extendable-output functions (SHAKE), as CPython reports it. */
    int digestSize();

    int blockSize();

    /** Backed by {@link java.security.MessageDigest}. */
    final class Jdk implements Digest {
        private final java.security.MessageDigest md;
        private final int blockSize;

        Jdk(java.security.MessageDigest md, int blockSize) {
            this.md = md;
            this.blockSize = blockSize;
        }

        @Override
        public void update(byte[] data, int off, int len) {
            md.update(data, off, len);
        }

        @Override
        public byte[] digest(int length) {
            return copyOf().digest();
        }

        private java.security.MessageDigest copyOf() {
            try {
                return (java.security.MessageDigest) md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Digest copy() {
            return new Jdk(copyOf(), blockSize);
        }

        @Override
        public int digestSize() {
            return md.getDigestLength();
        }

        @Override
        public int blockSize() {
            return blockSize;
        }
    }
}
