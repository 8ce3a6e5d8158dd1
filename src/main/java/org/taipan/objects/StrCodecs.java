package org.taipan.objects;

/**
 * The codecs of {@code str.encode} and {@code str(bytes, encoding, errors)}: {@link Codecs}'
 * UTF-8, Latin-1 and ASCII with more error handlers, and UTF-16 and UTF-32.
 */
final class StrCodecs {
    private StrCodecs() {}

    static String decode(byte[] data, String encoding, String errors, PyObject original) {
        return Codecs.decode(data, encoding, errors, original);
    }
}
