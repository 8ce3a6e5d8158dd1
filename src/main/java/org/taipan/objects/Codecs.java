package org.taipan.objects;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The codecs bytes and str need before there is a codecs module: UTF-8, Latin-1 and ASCII,
 * with the "strict", "ignore" and "replace" error handlers and CPython's error reports.
 */
final class Codecs {
    private Codecs() {}

    /** The canonical name of a supported encoding ("utf-8", "latin-1", "ascii"), or a LookupError. */
    static String canonical(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').strip();
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1" -> "latin-1";
            case "ascii", "us-ascii", "646" -> "ascii";
            default -> throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    private static void checkErrors(String errors) {
        if (!errors.equals("strict") && !errors.equals("ignore") && !errors.equals("replace")) {
            throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    private static PyException decodeError(String enc, PyObject obj, int start, int end, String reason) {
        return new PyException(new PyBaseException(ExceptionTypes.UNICODE_DECODE_ERROR, PyTuple.of(PyStr.of(enc), obj,
                PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    private static PyException encodeError(String enc, String s, int start, int end, String reason) {
        return new PyException(new PyBaseException(ExceptionTypes.UNICODE_ENCODE_ERROR, PyTuple.of(PyStr.of(enc),
                PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    static String decode(byte[] d, String encoding, String errors, PyObject original) {
        String enc = canonical(encoding);
        PyObject obj = original instanceof PyBytes ? original : new PyBytes(d);
        StringBuilder sb = new StringBuilder(d.length);
        switch (enc) {
            case "latin-1" -> {
                for (byte b : d) {
                    sb.append((char) (b & 0xff));
                }
            }
            case "ascii" -> {
                for (int i = 0; i < d.length; i++) {
                    int c = d[i] & 0xff;
                    if (c < 128) {
                        sb.append((char) c);
                    } else if (errors.equals("replace")) {
                        sb.append('\ufffd');
                    } else if (!errors.equals("ignore")) {
                        checkErrors(errors);
                        throw decodeError("ascii", obj, i, i + 1, "ordinal not in range(128)");
                    }
                }
            }
            default -> decodeUtf8(d, errors, obj, sb);
        }
        return sb.toString();
    }

    /** UTF-8 with errors covering the maximal ill-formed prefix, as CPython reports them. */
    private static void decodeUtf8(byte[] d, String errors, PyObject obj, StringBuilder sb) {
        int i = 0, n = d.length;
        while (i < n) {
            int c = d[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need, lo = 0x80, hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = badUtf8(errors, obj, sb, i, i + 1, "invalid start byte");
                continue;
            }
            int cp = c & (0x3f >> need);
            int j = i + 1;
            String reason = null;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    reason = "unexpected end of data";
                    break;
                }
                int b = d[j] & 0xff;
                int min = k == 0 ? lo : 0x80, max = k == 0 ? hi : 0xbf;
                if (b < min || b > max) {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = cp << 6 | (b & 0x3f);
            }
            if (reason != null) {
                i = badUtf8(errors, obj, sb, i, j, reason);
                continue;
            }
            sb.appendCodePoint(cp);
            i = j;
        }
    }

    private static int badUtf8(String errors, PyObject obj, StringBuilder sb, int start, int end, String reason) {
        switch (errors) {
            case "replace" -> sb.append('\ufffd');
            case "ignore" -> {
            }
            default -> {
                checkErrors(errors);
                throw decodeError("utf-8", obj, start, end, reason);
            }
        }
        return end;
    }

    static byte[] encode(String s, String encoding, String errors) {
        String enc = canonical(encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : Integer.MAX_VALUE;
        int index = 0;
        for (int i = 0; i < s.length(); index++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !(limit == Integer.MAX_VALUE && surrogate)) {
                if (limit != Integer.MAX_VALUE) {
                    out.write(cp);
                } else {
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                continue;
            }
            switch (errors) {
                case "replace" -> out.write('?');
                case "ignore" -> {
                }
                default -> {
                    checkErrors(errors);
                    // CPython reports the whole run of unencodable characters
                    int end = index + 1;
                    for (int k = i; k < s.length(); end++) {
                        int c2 = s.codePointAt(k);
                        boolean bad = limit == Integer.MAX_VALUE ? c2 >= 0xd800 && c2 <= 0xdfff : c2 >= limit;
                        if (!bad) {
                            break;
                        }
                        k += Character.charCount(c2);
                    }
                    String reason = limit == Integer.MAX_VALUE ? "surrogates not allowed"
                            : "ordinal not in range(" + limit + ")";
                    throw encodeError(enc, s, index, end, reason);
                }
            }
        }
        return out.toByteArray();
    }
}
