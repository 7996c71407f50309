package dev.paydesk.domain.dispute;

import java.util.regex.Pattern;

/**
 * Evidence file names (SPEC §7): Latin letters, digits, {@code -}, {@code _} and {@code .} only,
 * 1 to {@value #MAX_LENGTH} characters, not starting with a dot and without {@code ..}, so that a name
 * can never be read as a hidden file or a path.
 */
public final class EvidenceFileName {
    public static final int MAX_LENGTH = 200;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private EvidenceFileName() {
    }

    public static boolean isAcceptable(String fileName) {
        return fileName != null
                && ALLOWED.matcher(fileName).matches()
                && !fileName.startsWith(".")
                && !fileName.contains("..");
    }
}
