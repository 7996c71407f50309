package dev.paydesk.domain.dispute;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A document as the merchant sent it, not checked yet: a file name, the content type it claims
 * ({@code null} when none was given) and the bytes. {@link EvidenceSubmission#validate()} checks it.
 */
public final class DocumentUpload {
    private final String fileName;
    private final String declaredContentType;
    private final byte[] content;

    public DocumentUpload(String fileName, String declaredContentType, byte[] content) {
        this.fileName = fileName;
        this.declaredContentType = declaredContentType;
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public String fileName() {
        return fileName;
    }

    public String declaredContentType() {
        return declaredContentType;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    public long sizeBytes() {
        return content.length;
    }

    byte[] bytes() {
        return content;
    }

    /** The SHA-256 of the content in lower-case hex: the document's content address. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentUpload that && Objects.equals(fileName, that.fileName)
                && Objects.equals(declaredContentType, that.declaredContentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, declaredContentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "DocumentUpload[" + fileName + ", " + declaredContentType + ", " + content.length + " bytes]";
    }
}
