package org.taipan.objects;

/**
 * An object outside this package whose contents are bytes (array.array): {@code bytes(x)},
 * {@code bytearray(x)} and every function that takes a bytes-like object read a copy.
 * (memoryview does not view such objects yet.)
 */
public interface BufferExporter {
    /** A copy of the object's bytes. */
    byte[] bufferBytes();
}
