package io.proficio.xapi.attachment;

/** Searching byte arrays, for bodies that must not be decoded as text (RFC 2046 §5.1: parts may be binary). */
final class Bytes {

    private Bytes() {
    }

    /** Whether {@code prefix} occurs in {@code bytes} at {@code offset}; {@code false} past the end. */
    static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset < 0 || offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first position at or after {@code from} where {@code needle} occurs, or -1. */
    static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int i = Math.max(from, 0); i + needle.length <= haystack.length; i++) {
            if (startsWith(haystack, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
