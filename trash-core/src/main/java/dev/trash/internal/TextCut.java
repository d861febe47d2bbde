package dev.trash.internal;

/**
 * Shortens text to a column's length, counted in UTF-16 code units as {@link dev.trash.InputLimits} counts it,
 * without splitting a surrogate pair: half an emoji is no character any database accepts.
 */
public final class TextCut {

    private TextCut() {
    }

    /** The value itself if it has at most {@code max} code units, else its longest prefix that does. */
    public static String atMost(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = max > 0 && Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
