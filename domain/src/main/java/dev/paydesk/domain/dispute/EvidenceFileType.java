package dev.paydesk.domain.dispute;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The document types accepted as evidence, recognised by their first bytes (magic numbers) — never by
 * the file name or the content type the client declares.
 */
public enum EvidenceFileType {
    PDF("pdf", "application/pdf", List.of(), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("png", "image/png", List.of(), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("jpg", "image/jpeg", List.of("image/jpg", "image/pjpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String code;
    private final String mediaType;
    private final List<String> aliases;
    private final byte[] magic;

    EvidenceFileType(String code, String mediaType, List<String> aliases, byte[] magic) {
        this.code = code;
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.magic = magic;
    }

    public String code() {
        return code;
    }

    /** The canonical media type, e.g. {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature {@code content} starts with, if any. */
    public static Optional<EvidenceFileType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.isSignatureOf(content)).findFirst();
    }

    /**
     * The type a declared media type names ({@code image/jpeg}, {@code IMAGE/JPG; q=1} …), if it names
     * one of ours. Parameters and case are ignored.
     */
    public static Optional<EvidenceFileType> fromMediaType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        int semicolon = declared.indexOf(';');
        String bare = (semicolon < 0 ? declared : declared.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare) || type.aliases.contains(bare)).findFirst();
    }

    public static EvidenceFileType fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an evidence file type: " + code));
    }

    private boolean isSignatureOf(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
