package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Evidence as the merchant sends it, documents with their bytes. {@link #validate()} checks all of it
 * and reports every problem at once:
 * <ul>
 *   <li>{@code documents[i].file_name} {@code invalid_file_name} — see {@link EvidenceFileName};</li>
 *   <li>{@code documents[i].content_base64} {@code empty_file}, {@code file_too_large} (over 5 MiB),
 *       {@code unsupported_file_type} (the content is not a PDF, PNG or JPEG, whatever the name says);</li>
 *   <li>{@code documents[i].content_type} {@code content_type_mismatch} — a declared type that is not
 *       the type found in the content (a declared type is optional);</li>
 *   <li>text fields {@code too_long}, {@code documents} {@code too_many_documents},
 *       {@code evidence} {@code evidence_required}.</li>
 * </ul>
 */
public record EvidenceSubmission(String productDescription, String customerCommunication, String shippingTracking,
                                 String refundPolicy, String uncategorizedText, List<DocumentUpload> documents) {

    public EvidenceSubmission {
        documents = documents == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(documents));
    }

    /** The checked evidence, or a {@code validation_failed} {@link dev.paydesk.domain.shared.DomainException} listing every problem. */
    public Evidence validate() {
        List<FieldError> problems = new ArrayList<>(Evidence.problemsOf(productDescription, customerCommunication, shippingTracking,
                refundPolicy, uncategorizedText, documents.size()));
        List<EvidenceDocument> checked = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            check(documents.get(i), "documents[" + i + "]", problems).ifPresent(checked::add);
        }
        if (!problems.isEmpty()) {
            throw Evidence.failed(problems);
        }
        return new Evidence(productDescription, customerCommunication, shippingTracking, refundPolicy, uncategorizedText, checked);
    }

    private static Optional<EvidenceDocument> check(DocumentUpload upload, String at, List<FieldError> problems) {
        if (upload == null) {
            problems.add(new FieldError(at, "required", "a document has a file name and a content"));
            return Optional.empty();
        }
        int before = problems.size();
        if (!EvidenceFileName.isAcceptable(upload.fileName())) {
            problems.add(new FieldError(at + ".file_name", "invalid_file_name", "a file name has 1 to " + EvidenceFileName.MAX_LENGTH
                    + " Latin letters, digits, '-', '_' or '.', does not start with '.' and has no '..'"));
        }
        String content = at + ".content_base64";
        if (upload.sizeBytes() == 0) {
            problems.add(new FieldError(content, "empty_file", "the document is empty"));
            return Optional.empty();
        }
        if (upload.sizeBytes() > EvidenceDocument.MAX_SIZE_BYTES) {
            problems.add(new FieldError(content, "file_too_large", "a document has at most 5 MB (" + EvidenceDocument.MAX_SIZE_BYTES
                    + " bytes), this one has " + upload.sizeBytes()));
        }
        Optional<EvidenceFileType> found = EvidenceFileType.detect(upload.bytes());
        if (found.isEmpty()) {
            problems.add(new FieldError(content, "unsupported_file_type", "the content is not a PDF, PNG or JPEG document"));
        } else if (upload.declaredContentType() != null && !upload.declaredContentType().isBlank()
                && EvidenceFileType.fromMediaType(upload.declaredContentType()).filter(found.get()::equals).isEmpty()) {
            problems.add(new FieldError(at + ".content_type", "content_type_mismatch", "declared " + upload.declaredContentType()
                    + " but the content is " + found.get().mediaType()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceDocument(upload.fileName(), found.get(), upload.sizeBytes(), upload.sha256()));
    }
}
