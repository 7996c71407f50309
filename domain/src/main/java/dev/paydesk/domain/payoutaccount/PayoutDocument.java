package dev.paydesk.domain.payoutaccount;

import java.util.Objects;

/**
 * One uploaded document: what it is, the file name as uploaded (checked, never rewritten) and an
 * optional reference to the stored content (e.g. its digest) so that re-uploading a corrected file
 * under the same name still counts as a change of that document.
 */
public record PayoutDocument(DocumentKind kind, String fileName, String contentReference) {
    public PayoutDocument {
        Objects.requireNonNull(kind, "kind");
    }

    public PayoutDocument(DocumentKind kind, String fileName) {
        this(kind, fileName, null);
    }
}
